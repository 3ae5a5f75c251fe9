import { checkInHealth, staleItemKeys } from '../../domain/checkins/checkInHealth';
import { STRATEGY_FORM, TACTIC_FORM } from '../../domain/edit/formSchemas';
import { findingA1 } from '../../domain/findingsReport';
import { isoDay } from '../../domain/isoDay';
import { quarterLabel, quarterOf } from '../../domain/quarter';
import { COLUMNS_NEEDED, missingFor } from '../../domain/register/columnNeeds';
import { healthCheck, missingColumnFinding } from '../../domain/register/healthCheck';
import type { MissingColumn } from '../../domain/register/missingColumns';
import { SHEET, STRATEGY_HEADERS, TACTIC_HEADERS } from '../../domain/register/schema';
import { sentence } from '../../domain/result';
import { APPLIED_REVIEW_KEY, parseAppliedReview } from '../../domain/review/appliedReview';
import { describeMissingSheet, findRegisterSheets } from '../../sheets/registerSheets';
import type { CardPart, MissingColumnView, RegisterView } from '../api/wireTypes';
import { loadCheckIns } from '../checkins/checkInLog';
import { checkInViewsOf } from '../checkins/checkInViews';
import { documentContext } from '../documentContext';
import { alignmentViews } from '../rollup/alignmentViews';
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
    today: isoDay(now, timeZone),
    lastReview: parseAppliedReview(context.properties[APPLIED_REVIEW_KEY]),
  };
  const found = findRegisterSheets(spreadsheet);
  const absent = [...(found.strategies ? [] : [SHEET.strategies]), ...(found.tactics ? [] : [SHEET.tactics])];
  if (absent.length > 0) {
    const missingSheets = absent.map((sheet) => ({ sheet, message: describeMissingSheet(spreadsheet, sheet) }));
    return {
      ...base,
      strategies: [],
      tactics: [],
      needsSetUp: true,
      missingSheets,
      missingColumns: [],
      unavailable: {},
      checkInLog: { sheet: false, unreadable: null },
      hasParentColumn: false,
      groups: [],
    };
  }
  const { register, sheets } = loadRegister(spreadsheet, timeZone, found);
  const checkIns = loadCheckIns(spreadsheet, register, timeZone, now);
  const { log, byItem, today } = checkIns;
  const alongside = checkInHealth(log, byItem, register, today, timeZone, settings.checkInCadenceDays);
  const findings = healthCheck(register, context, alongside).findings;
  const alignment = alignmentViews(register, sheets.strategyGrid, {
    ...context,
    findings,
    staleCheckIns: staleItemKeys(log, findings),
  });
  const viewContext = {
    now,
    timeZone,
    overdue: overdueKeys(findings),
    checkIns: checkInViewsOf(register, checkIns, settings, timeZone),
    rollups: alignment.rollups,
  };
  const strategyCells = sheetCells(SHEET.strategies, sheets.strategyGrid, STRATEGY_HEADERS, STRATEGY_FORM, findings);
  const tacticCells = sheetCells(SHEET.tactics, sheets.tacticGrid, TACTIC_HEADERS, TACTIC_FORM, findings);
  return {
    ...base,
    missingSheets: [],
    missingColumns: register.missingColumns.map(missingColumnView),
    unavailable: unavailableParts(register.missingColumns),
    strategies: register.strategies.map((strategy) => strategyView(strategy, strategyCells, viewContext)),
    tactics: register.tactics.map((tactic) => tacticView(tactic, tacticCells, viewContext)),
    needsSetUp: false,
    checkInLog: { sheet: checkIns.found.sheet !== null, unreadable: log.ok ? null : sentence(log) },
    hasParentColumn: alignment.hasParentColumn,
    groups: alignment.groups,
  };
}

function missingColumnView(missing: MissingColumn): MissingColumnView {
  const { sheet, header, message } = missing;
  const a1 = findingA1(missingColumnFinding(missing), {});
  return { sheet, header, a1, setUpAdds: !missing.lookAlike, message };
}

const CARD_PARTS: readonly CardPart[] = ['progress', 'onTrack', 'confidence', 'strategyReview', 'tacticReview'];

/** The card parts whose columns are missing, each with the headers it lacks. */
function unavailableParts(missing: readonly MissingColumn[]): Partial<Record<CardPart, string[]>> {
  const parts: Partial<Record<CardPart, string[]>> = {};
  for (const part of CARD_PARTS) {
    const lacking = missingFor(COLUMNS_NEEDED[part], missing).map((column) => column.header);
    if (lacking.length > 0) parts[part] = lacking;
  }
  return parts;
}
