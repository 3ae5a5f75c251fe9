import { applyGeneral, PLAIN_TEXT, textInputBlock } from './textInput';
import type { Sheet, Spreadsheet } from './types';

/** A generated sheet as found before an operation's first write: the sheet, and its size. */
export interface ReportTarget {
  readonly name: string;
  readonly found: Sheet | null;
  readonly size?: { readonly rows: number; readonly columns: number };
}

/** Reads what rewriting generated sheet `name` needs to know (its size), before any write. */
export function prepareReportSheet(spreadsheet: Spreadsheet, name: string): ReportTarget {
  const found = spreadsheet.getSheetByName(name);
  return found ? { name, found, size: { rows: found.getMaxRows(), columns: found.getMaxColumns() } } : { name, found };
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
  const maxRows = target.size?.rows ?? sheet.getMaxRows();
  const maxColumns = target.size?.columns ?? sheet.getMaxColumns();
  if (rows.length > maxRows) sheet.insertRowsAfter(maxRows, rows.length - maxRows);
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  const range = sheet.getRange(1, 1, rows.length, width);
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
