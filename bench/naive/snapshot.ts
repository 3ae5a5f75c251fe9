/**
 * Quarterly snapshot the quick way: register read row by row, one appendRow per history
 * row, then the variance rebuilt the quick way (as the add-on's snapshot rebuilds it too).
 */
import { buildSnapshotRows } from '../../src/domain/history/snapshotRows';
import { SHEET } from '../../src/domain/register/schema';
import { readRegisterRowByRow } from './healthCheck';
import type { SpreadsheetApp } from './rowByRow';
import { naiveVariance } from './variance';

export function naiveSnapshot(app: SpreadsheetApp, quarter: string): number {
  const register = readRegisterRowByRow(app);
  const history = app.getActiveSpreadsheet().getSheetByName(SHEET.history);
  if (!history) throw new Error('No Snapshot History sheet');
  const { rows } = buildSnapshotRows(register.strategies, register.tactics, quarter, new Date());
  for (const row of rows) history.appendRow(row);
  naiveVariance(app);
  return rows.length;
}
