import { NEW_SHEET_SIZE, rangeFromTopLeft } from './sheetSize';
import { applyGeneral, PLAIN_TEXT, textInputBlock } from './textInput';
import type { Sheet, Spreadsheet } from './types';

/** A generated sheet as found before an operation's first write. */
export interface ReportTarget {
  readonly name: string;
  readonly found: Sheet | null;
}

/** Looks up generated sheet `name` before any write (one call; its size is learnt as it is written). */
export function prepareReportSheet(spreadsheet: Spreadsheet, name: string): ReportTarget {
  return { name, found: spreadsheet.getSheetByName(name) };
}

/**
 * Replaces a generated sheet's content with `rows` (header first) in one write. Cells are
 * formatted as plain text first and text goes as textInput.ts says, so a finding quoting
 * `=1+1` stays text, never a formula. The bold, frozen header is set when the sheet is
 * created; a rewrite clears only the contents, so it keeps them without setting them again.
 */
export function writeReportSheet(
  spreadsheet: Spreadsheet,
  target: ReportTarget,
  rows: readonly (readonly unknown[])[],
): Sheet {
  const found = target.found;
  const sheet = found ?? spreadsheet.insertSheet(target.name);
  const width = rows[0]?.length ?? 0;
  if (found) sheet.clearContents();
  if (width === 0) return sheet;
  const range = rangeFromTopLeft(sheet, rows.length, width, found ? undefined : NEW_SHEET_SIZE);
  range.setNumberFormat(PLAIN_TEXT);
  const { values, generalAreas } = textInputBlock(rows, () => PLAIN_TEXT, 1, 1);
  applyGeneral(sheet, generalAreas);
  range.setValues(values);
  if (!found) {
    sheet.getRange(1, 1, 1, width).setFontWeight('bold');
    sheet.setFrozenRows(1);
  }
  return sheet;
}

/** Prepares and rewrites generated sheet `name`, reading its size before the first write. */
export function rewriteReportSheet(
  spreadsheet: Spreadsheet,
  name: string,
  rows: readonly (readonly unknown[])[],
): Sheet {
  return writeReportSheet(spreadsheet, prepareReportSheet(spreadsheet, name), rows);
}
