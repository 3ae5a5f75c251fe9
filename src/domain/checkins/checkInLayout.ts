import { CONFIDENCE_RANGE, SHEET } from '../register/schema';
import type { SheetLayout } from '../setup/registerLayout';
import { CHECK_IN_FORMATS, CHECK_IN_HEADERS, type CheckInHeader } from './checkInSchema';

/** What the Check-ins sheet's protection says to someone about to edit it. */
export const CHECK_INS_GUARD =
  'Check-ins is append-only: Strategy Register adds a row per check-in. Rows typed here count as check-ins too.';

const WIDTHS: Readonly<Record<CheckInHeader, number>> = {
  Date: 90,
  ID: 60,
  Value: 90,
  Confidence: 90,
  Note: 320,
  By: 160,
};

/**
 * How Set up register (and the first check-in, if Set up never ran) makes the Check-ins
 * sheet: its columns formatted so a typed date stays a date and text stays text, the
 * confidence limited to 0–10, the header frozen and the sheet warning-protected.
 */
export const CHECK_IN_LAYOUT: SheetLayout = {
  name: SHEET.checkIns,
  columns: CHECK_IN_HEADERS.map((header) => ({
    header,
    width: WIDTHS[header],
    numberFormat: CHECK_IN_FORMATS[header],
    ...(header === 'Confidence'
      ? { validation: { kind: 'number', min: CONFIDENCE_RANGE.min, max: CONFIDENCE_RANGE.max } as const }
      : {}),
  })),
  guard: CHECK_INS_GUARD,
};
