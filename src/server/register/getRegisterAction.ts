import { quarterLabel, quarterOf } from '../../domain/quarter';
import { healthCheck } from '../../domain/register/healthCheck';
import { SHEET } from '../../domain/register/schema';
import { readHistoryQuarters } from '../../sheets/historyQuarters';
import type { RegisterView } from '../api/wireTypes';
import { documentContext } from '../documentContext';
import { toSettingsView } from '../settingsAction';
import { loadRegister } from './loadRegister';
import { overdueKeys, strategyView, tacticView } from './registerViews';

/** Sidebar: the whole register view in one server call. */
export function getRegister(): RegisterView {
  const context = documentContext();
  const { spreadsheet, timeZone, settings, now } = context;
  const base = {
    settings: toSettingsView(settings),
    currentQuarter: quarterLabel(quarterOf(now, timeZone, settings.fiscalYearStartMonth)),
    quartersInHistory: readHistoryQuarters(spreadsheet),
  };
  if (!spreadsheet.getSheetByName(SHEET.strategies) || !spreadsheet.getSheetByName(SHEET.tactics)) {
    return { ...base, strategies: [], tactics: [], needsSetUp: true };
  }
  const { register, sheets } = loadRegister(spreadsheet, timeZone);
  const viewContext = { now, timeZone, overdue: overdueKeys(healthCheck(register, context).findings) };
  return {
    ...base,
    strategies: register.strategies.map((strategy) =>
      strategyView(strategy, SHEET.strategies, sheets.strategyGrid, viewContext),
    ),
    tactics: register.tactics.map((tactic) => tacticView(tactic, SHEET.tactics, sheets.tacticGrid, viewContext)),
    needsSetUp: false,
  };
}
