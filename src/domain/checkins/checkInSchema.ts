import type { CalendarDate } from '../timeZone';

/**
 * The `Check-ins` sheet: an append-only log, one row per check-in of a strategy or a
 * tactic. Columns are found by header, like the register's; Date, ID and Value are needed
 * to read it at all, the others are read when present.
 */
export const CHECK_IN_HEADERS = ['Date', 'ID', 'Value', 'Confidence', 'Note', 'By'] as const;

export type CheckInHeader = (typeof CHECK_IN_HEADERS)[number];

/** Without these a row cannot say which item stood where on which day. */
export const CORE_CHECK_IN_COLUMNS: readonly CheckInHeader[] = ['Date', 'ID', 'Value'];

/** The number format of each column: a date, text kept as text (`@`), numbers as typed. */
export const CHECK_IN_FORMATS: Readonly<Record<CheckInHeader, string>> = {
  Date: 'yyyy-mm-dd',
  ID: '@',
  Value: 'General',
  Confidence: '0.#',
  Note: '@',
  By: '@',
};

export type CheckInKind = 'strategy' | 'tactic';

/** One check-in the register counts: its row's cells read and every rule met. */
export interface CheckIn {
  /** 1-based row in the Check-ins sheet; 0 for one not written yet. */
  readonly row: number;
  /** The day it was made, in the spreadsheet's time zone. */
  readonly day: CalendarDate;
  /** The item's ID as the register spells it. */
  readonly id: string;
  readonly kind: CheckInKind;
  /** The strategy's metric or the tactic's actual on that day; null when the check-in gave none. */
  readonly value: number | null;
  readonly confidence: number | null;
  readonly note: string;
  /** The stakeholder group that checked in, as typed; '' when none. */
  readonly by: string;
}
