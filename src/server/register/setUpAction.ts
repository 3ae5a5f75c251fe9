import { REGISTER_LAYOUTS, type SheetLayout } from '../../domain/setup/registerLayout';
import {
  describeSetUp,
  lacksHeaders,
  planSheetSetUp,
  type SheetFound,
  type SheetSetUp,
} from '../../domain/setup/setUpPlan';
import { protectLog } from '../../sheets/appendOnlySheet';
import { findRenamedSheet } from '../../sheets/registerSheets';
import { applySheetSetUp, prepareSetUp, type SetUpTarget } from '../../sheets/setUpSheet';
import { readHeaderRow, readUsedValues } from '../../sheets/sheetValues';
import type { Sheet, Spreadsheet } from '../../sheets/types';
import type { OperationResult } from '../api/wireTypes';

/**
 * A register sheet as Set up needs to see it: its header row, and all its cells only when
 * a header is missing (to tell a column whose header was lost from one that is not there).
 */
function findSheet(spreadsheet: Spreadsheet, layout: SheetLayout): { found: SheetFound; sheet: Sheet | null } {
  const sheet = spreadsheet.getSheetByName(layout.name);
  if (!sheet) {
    const renamed = findRenamedSheet(spreadsheet, layout.name);
    return { found: renamed === undefined ? { exists: false } : { exists: false, renamed }, sheet };
  }
  const headerRow = readHeaderRow(sheet);
  const grid = lacksHeaders(layout, headerRow) ? readUsedValues(sheet) : [headerRow];
  return { found: { exists: true, grid, timeZone: spreadsheet.getSpreadsheetTimeZone() }, sheet };
}

/**
 * Menu and sidebar: Set up register. Creates missing register sheets and adds missing
 * columns at the right; existing cells, user columns and column order are left exactly as
 * they are. Answers with the sentence the menu shows as a toast.
 */
export function setUpRegisterNow(): OperationResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  // Everything is read before the first write, so no read waits on one.
  const steps = REGISTER_LAYOUTS.map((layout) => {
    const { found, sheet } = findSheet(spreadsheet, layout);
    const plan = planSheetSetUp(layout, found);
    return { layout, plan, target: prepareSetUp(sheet, plan) };
  });
  for (const { layout, plan, target } of steps) {
    if (plan.notCreated !== undefined) continue;
    if (plan.create && layout.guard !== undefined) createLog(spreadsheet, plan, target, layout.guard);
    else applySheetSetUp(spreadsheet, plan, target);
  }
  const plans = steps.map((step) => step.plan);
  return { ok: true, message: describeSetUp(plans) };
}

/**
 * An append-only log made by Set up, guarded as its own appends guard it. A log half made
 * goes again, so the next run makes it whole, protection included.
 */
function createLog(spreadsheet: Spreadsheet, plan: SheetSetUp, target: SetUpTarget, guard: string): void {
  try {
    protectLog(applySheetSetUp(spreadsheet, plan, target), guard);
  } catch (error) {
    const made = spreadsheet.getSheetByName(plan.sheet);
    if (made) spreadsheet.deleteSheet(made);
    throw error;
  }
}
