import { SHEET } from '../domain/register/schema';
import type { LogSheet } from './appendOnlySheet';
import { readHeaderRow, readUsedValues } from './sheetValues';
import type { Sheet, Spreadsheet } from './types';

/** The Check-ins sheet as read: its cells, header row first (none when the sheet is missing or empty). */
export interface CheckInSheet {
  readonly sheet: Sheet | null;
  readonly grid: unknown[][];
}

/** The Check-ins sheet in one read (three calls; one when there is no such sheet). */
export function readCheckInSheet(spreadsheet: Spreadsheet): CheckInSheet {
  const sheet = spreadsheet.getSheetByName(SHEET.checkIns);
  return { sheet, grid: sheet ? readUsedValues(sheet) : [] };
}

/** The sheet as the append-only writer sees it, from the read above. */
export function checkInLogSheet(found: CheckInSheet): LogSheet {
  return {
    name: SHEET.checkIns,
    sheet: found.sheet,
    headerRow: found.grid[0] ?? [],
    rowCount: Math.max(found.grid.length - 1, 0),
  };
}

/** The Check-ins sheet as a save needs it: where it is, its header row and last row (four calls), no data read. */
export function openCheckInLog(spreadsheet: Spreadsheet): LogSheet {
  const sheet = spreadsheet.getSheetByName(SHEET.checkIns);
  const lastRow = sheet ? sheet.getLastRow() : 0;
  return {
    name: SHEET.checkIns,
    sheet,
    headerRow: sheet && lastRow > 0 ? readHeaderRow(sheet) : [],
    rowCount: Math.max(lastRow - 1, 0),
  };
}
