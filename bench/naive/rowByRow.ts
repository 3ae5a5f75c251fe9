/**
 * The I/O of a quick hand-written script: the same rules and layout as the add-on (the
 * domain functions), but reading one row per call and writing one row or cell per call.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
export type SpreadsheetApp = GoogleAppsScript.Spreadsheet.SpreadsheetApp;

/** Every used row of a sheet, one getRange(r, 1, 1, width).getValues() per row. */
export function readRowByRow(sheet: Sheet | null): unknown[][] {
  if (!sheet) return [];
  const lastRow = sheet.getLastRow();
  const width = sheet.getLastColumn();
  const rows: unknown[][] = [];
  for (let row = 1; row <= lastRow; row += 1) rows.push(sheet.getRange(row, 1, 1, width).getValues()[0] ?? []);
  return rows;
}

/** The sheet of that name, emptied (created when missing). */
export function freshSheet(app: SpreadsheetApp, name: string): Sheet {
  const spreadsheet = app.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(name) ?? spreadsheet.insertSheet(name);
  sheet.clear();
  return sheet;
}
