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
 * formatted as plain text first, so a finding quoting `=1+1` stays text, never a formula.
 */
export function writeReportSheet(
  spreadsheet: Spreadsheet,
  target: ReportTarget,
  rows: readonly (readonly unknown[])[],
): Sheet {
  const sheet = target.found ?? spreadsheet.insertSheet(target.name);
  const width = rows[0]?.length ?? 0;
  if (target.found) sheet.clear();
  if (width === 0) return sheet;
  const maxRows = target.size?.rows ?? sheet.getMaxRows();
  const maxColumns = target.size?.columns ?? sheet.getMaxColumns();
  if (rows.length > maxRows) sheet.insertRowsAfter(maxRows, rows.length - maxRows);
  if (width > maxColumns) sheet.insertColumnsAfter(maxColumns, width - maxColumns);
  const range = sheet.getRange(1, 1, rows.length, width);
  range.setNumberFormat('@');
  range.setValues(rows.map((row) => [...row]));
  sheet.getRange(1, 1, 1, width).setFontWeight('bold');
  sheet.setFrozenRows(1);
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
