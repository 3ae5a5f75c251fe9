/** The sidebar's register view the quick way: rows read one by one, then the same health check and views. */

import { checkInHealth } from '../../src/domain/checkins/checkInHealth';
import { STRATEGY_FORM, TACTIC_FORM } from '../../src/domain/edit/formSchemas';
import { healthCheck } from '../../src/domain/register/healthCheck';
import { parseRegister } from '../../src/domain/register/register';
import { SHEET, STRATEGY_HEADERS, TACTIC_HEADERS } from '../../src/domain/register/schema';
import { DEFAULT_SETTINGS } from '../../src/domain/register/types';
import { sentence } from '../../src/domain/result';
import { parseCheckInSheet } from '../../src/server/checkins/checkInLog';
import { checkInViewsOf } from '../../src/server/checkins/checkInViews';
import { overdueKeys, sheetCells, strategyView, tacticView } from '../../src/server/register/registerViews';
import { readRowByRow, type SpreadsheetApp } from './rowByRow';

export function naiveSidebarLoad(app: SpreadsheetApp): number {
  const spreadsheet = app.getActiveSpreadsheet();
  const strategyRows = readRowByRow(spreadsheet.getSheetByName(SHEET.strategies));
  const tacticRows = readRowByRow(spreadsheet.getSheetByName(SHEET.tactics));
  const parsed = parseRegister(strategyRows, tacticRows, 'Etc/UTC');
  if (!parsed.ok) throw new Error(sentence(parsed));
  const now = new Date();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const checkInSheet = spreadsheet.getSheetByName(SHEET.checkIns);
  const checkInRows = checkInSheet ? readRowByRow(checkInSheet) : null;
  const checkIns = parseCheckInSheet(checkInRows, parsed.value, timeZone, now);
  const { log, byItem, today } = checkIns;
  const alongside = checkInHealth(log, byItem, parsed.value, today, timeZone, DEFAULT_SETTINGS.checkInCadenceDays);
  const findings = healthCheck(parsed.value, { now, timeZone, settings: DEFAULT_SETTINGS }, alongside).findings;
  const views = checkInViewsOf(parsed.value, checkIns, DEFAULT_SETTINGS, timeZone);
  const context = { now, timeZone, overdue: overdueKeys(findings), checkIns: views, rollups: new Map() };
  const strategyCells = sheetCells(SHEET.strategies, strategyRows, STRATEGY_HEADERS, STRATEGY_FORM, findings);
  const tacticCells = sheetCells(SHEET.tactics, tacticRows, TACTIC_HEADERS, TACTIC_FORM, findings);
  const strategies = parsed.value.strategies.map((s) => strategyView(s, strategyCells, context));
  const tactics = parsed.value.tactics.map((t) => tacticView(t, tacticCells, context));
  return strategies.length + tactics.length;
}
