import { type AppsScript, canonical, type FidelityCase, type Observed } from './fidelityCase';
import { messageOf } from './observing';

/** A case as one run saw it. */
export interface CaseResult {
  readonly id: string;
  readonly observed: Observed;
  /** Whether the observation is the value recorded for Sheets. */
  readonly matches: boolean;
}

/** Every scratch sheet is named so, and one left by a run cut short is removed by the next. */
export const SCRATCH_PREFIX = 'Fidelity scratch';

/**
 * Runs each case on a scratch sheet of its own, created before and deleted after it, so no
 * case sees another's cells and the spreadsheet is left as it was. A case that throws is
 * observed as `{ error: message }`.
 */
export function runCases(apps: AppsScript, cases: readonly FidelityCase[]): CaseResult[] {
  const spreadsheet = apps.SpreadsheetApp.getActiveSpreadsheet();
  for (const sheet of spreadsheet.getSheets()) {
    if (sheet.getName().startsWith(SCRATCH_PREFIX)) spreadsheet.deleteSheet(sheet);
  }
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  return cases.map((fidelityCase) => {
    const sheet = spreadsheet.insertSheet(`${SCRATCH_PREFIX} ${fidelityCase.id}`);
    let observed: Observed;
    try {
      observed = fidelityCase.observe({ apps, spreadsheet, sheet, timeZone });
    } catch (error) {
      observed = { error: messageOf(error) };
    } finally {
      spreadsheet.deleteSheet(sheet);
    }
    return { id: fidelityCase.id, observed, matches: canonical(observed) === canonical(fidelityCase.recorded) };
  });
}
