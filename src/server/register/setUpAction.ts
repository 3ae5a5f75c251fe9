import { REGISTER_LAYOUTS, type SheetLayout } from '../../domain/setup/registerLayout';
import { describeSetUp, lacksHeaders, planSheetSetUp, type SheetFound } from '../../domain/setup/setUpPlan';
import { findRenamedSheet } from '../../sheets/registerSheets';
import { applySheetSetUp } from '../../sheets/setUpSheet';
import { readHeaderRow, readUsedValues } from '../../sheets/sheetValues';
import type { Spreadsheet } from '../../sheets/types';
import type { OperationResult } from '../api/wireTypes';

/**
 * A register sheet as Set up needs to see it: its header row, and all its cells only when
 * a header is missing (to tell a column whose header was lost from one that is not there).
 */
function findSheet(spreadsheet: Spreadsheet, layout: SheetLayout): SheetFound {
  const sheet = spreadsheet.getSheetByName(layout.name);
  if (!sheet) {
    const renamed = findRenamedSheet(spreadsheet, layout.name);
    return renamed === undefined ? { exists: false } : { exists: false, renamed };
  }
  const headerRow = readHeaderRow(sheet);
  const grid = lacksHeaders(layout, headerRow) ? readUsedValues(sheet) : [headerRow];
  return { exists: true, grid, timeZone: spreadsheet.getSpreadsheetTimeZone() };
}

/**
 * Menu and sidebar: Set up register. Creates missing register sheets and adds missing
 * columns at the right; existing cells, user columns and column order are left exactly as
 * they are. Answers with the sentence the menu shows as a toast.
 */
export function setUpRegisterNow(): OperationResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const plans = REGISTER_LAYOUTS.map((layout) => planSheetSetUp(layout, findSheet(spreadsheet, layout)));
  for (const plan of plans) if (plan.notCreated === undefined) applySheetSetUp(spreadsheet, plan);
  return { ok: true, message: describeSetUp(plans) };
}
