import { REGISTER_LAYOUTS } from '../../domain/setup/registerLayout';
import { describeSetUp, planSheetSetUp } from '../../domain/setup/setUpPlan';
import { applySheetSetUp } from '../../sheets/setUpSheet';
import { readHeaderRow } from '../../sheets/sheetValues';
import { toast } from '../ui';

/**
 * Menu: Set up register. Creates missing register sheets and adds missing columns at the
 * right; existing cells, user columns and column order are left exactly as they are.
 */
export function setUpRegister(): void {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const plans = REGISTER_LAYOUTS.map((layout) => {
    const sheet = spreadsheet.getSheetByName(layout.name);
    return planSheetSetUp(layout, sheet ? readHeaderRow(sheet) : undefined);
  });
  for (const plan of plans) applySheetSetUp(spreadsheet, plan);
  toast(describeSetUp(plans));
}
