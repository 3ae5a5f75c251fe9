import { REGISTER_LAYOUTS } from '../../domain/setup/registerLayout';
import { describeSetUp, planSheetSetUp } from '../../domain/setup/setUpPlan';
import { applySheetSetUp } from '../../sheets/setUpSheet';
import { readHeaderRow } from '../../sheets/sheetValues';
import type { OperationResult } from '../api/wireTypes';
import { toast } from '../ui';

/**
 * Menu: Set up register. Creates missing register sheets and adds missing columns at the
 * right; existing cells, user columns and column order are left exactly as they are.
 */
export function setUpRegister(): void {
  toast(setUpRegisterNow().message);
}

/** Sidebar: the same set-up, answering with the sentence the menu shows as a toast. */
export function setUpRegisterNow(): OperationResult {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const plans = REGISTER_LAYOUTS.map((layout) => {
    const sheet = spreadsheet.getSheetByName(layout.name);
    return planSheetSetUp(layout, sheet ? readHeaderRow(sheet) : undefined);
  });
  for (const plan of plans) applySheetSetUp(spreadsheet, plan);
  return { ok: true, message: describeSetUp(plans) };
}
