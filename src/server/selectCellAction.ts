import { RegisterError } from '../domain/errors';

const A1 = /^[A-Z]{1,3}[1-9]\d{0,6}$/;

/** Sidebar: shows a finding's cell by selecting it in its sheet. */
export function selectCell(sheetName: string, a1: string): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(sheetName);
  if (!sheet)
    throw new RegisterError('missing-sheet', `There is no sheet named ${JSON.stringify(sheetName)} any more.`);
  if (!A1.test(a1)) throw new RegisterError('bad-argument', `${JSON.stringify(a1)} is not a cell address.`);
  sheet.getRange(a1).activate();
}
