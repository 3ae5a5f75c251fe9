import { STRATEGY_FORM, TACTIC_FORM } from '../../domain/edit/formSchemas';
import { quarterLabel, quarterOf } from '../../domain/quarter';
import { healthCheck } from '../../domain/register/healthCheck';
import { SHEET, STRATEGY_HEADERS, TACTIC_HEADERS } from '../../domain/register/schema';
import { APPLIED_REVIEW_KEY, parseAppliedReview } from '../../domain/review/appliedReview';
import { readHistoryQuarters } from '../../sheets/historyQuarters';
import type { RegisterView } from '../api/wireTypes';
import { documentContext } from '../documentContext';
import { toSettingsView } from '../settingsAction';
import { loadRegister } from './loadRegister';
import { overdueKeys, sheetCells, strategyView, tacticView } from './registerViews';

/** Sidebar: the whole register view in one server call. */
export function getRegister(): RegisterView {
  const context = documentContext();
  const { spreadsheet, timeZone, settings, now } = context;
  const base = {
    settings: toSettingsView(settings),
    currentQuarter: quarterLabel(quarterOf(now, timeZone, settings.fiscalYearStartMonth)),
    quartersInHistory: readHistoryQuarters(spreadsheet),
    lastReview: parseAppliedReview(context.properties[APPLIED_REVIEW_KEY]),
  };
  if (!spreadsheet.getSheetByName(SHEET.strategies) || !spreadsheet.getSheetByName(SHEET.tactics)) {
    return { ...base, strategies: [], tactics: [], needsSetUp: true };
  }
  const { register, sheets } = loadRegister(spreadsheet);
  const findings = healthCheck(register, context).findings;
  const viewContext = { now, timeZone, overdue: overdueKeys(findings) };
  const strategyCells = sheetCells(SHEET.strategies, sheets.strategyGrid, STRATEGY_HEADERS, STRATEGY_FORM, findings);
  const tacticCells = sheetCells(SHEET.tactics, sheets.tacticGrid, TACTIC_HEADERS, TACTIC_FORM, findings);
  return {
    ...base,
    strategies: register.strategies.map((strategy) => strategyView(strategy, strategyCells, viewContext)),
    tactics: register.tactics.map((tactic) => tacticView(tactic, tacticCells, viewContext)),
    needsSetUp: false,
  };
}
