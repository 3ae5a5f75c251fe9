import { ensureSize } from './sheetSize';
import type { Sheet, Spreadsheet } from './types';

/**
 * Replaces a generated sheet's content with `rows` (header first) in one write. Cells are
 * formatted as plain text first, so a finding quoting `=1+1` stays text, never a formula.
 */
export function rewriteReportSheet(
  spreadsheet: Spreadsheet,
  name: string,
  rows: readonly (readonly unknown[])[],
): Sheet {
  const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
  sheet.clear();
  const width = rows[0]?.length ?? 0;
  if (width === 0) return sheet;
  ensureSize(sheet, rows.length, width);
  const range = sheet.getRange(1, 1, rows.length, width);
  range.setNumberFormat('@');
  range.setValues(rows.map((row) => [...row]));
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
  return sheet;
}
