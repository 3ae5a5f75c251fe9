import { SHEET } from '../domain/register/schema';
import { readUsedValues } from './sheetValues';
import type { Spreadsheet } from './types';

/**
 * Every used cell of Snapshot History in one read (headers in row 0), or no rows when the
 * sheet does not exist. Reading only, so custom functions may call it.
 */
export function readHistoryGrid(spreadsheet: Spreadsheet): unknown[][] {
  const sheet = spreadsheet.getSheetByName(SHEET.history);
  return sheet ? readUsedValues(sheet) : [];
}
