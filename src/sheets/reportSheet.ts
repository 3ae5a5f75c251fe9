import { applyGeneral, PLAIN_TEXT, textInputBlock } from './textInput';
import type { Sheet, Spreadsheet } from './types';

/**
 * Replaces a generated sheet's content with `rows` (header first) in one write, reading
 * its size before the first write. Cells are formatted as plain text first and text goes
 * as textInput.ts says, so a finding quoting `=1+1` stays text, never a formula. The
 * bold, frozen header is set when the sheet is created; a rewrite clears only the
 * contents, so it keeps them without setting them again.
 */
export function rewriteReportSheet(
  spreadsheet: Spreadsheet,
  name: string,
  rows: readonly (readonly unknown[])[],
): Sheet {
  const found = spreadsheet.getSheetByName(name);
  const size = found ? { rows: found.getMaxRows(), columns: found.getMaxColumns() } : undefined;
  const sheet = found ?? spreadsheet.insertSheet(name);
  const width = rows[0]?.length ?? 0;
  if (found) sheet.clearContents();
  if (width === 0) return sheet;
  const maxRows = size?.rows ?? sheet.getMaxRows();
  const maxColumns = size?.columns ?? sheet.getMaxColumns();
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
