import { unreadableCells } from '../../domain/checkins/checkInIndex';
import { CHECK_IN_FORM, type CheckInTarget, checkInTargets } from '../../domain/checkins/checkInRules';
import type { CheckIn } from '../../domain/checkins/checkInSchema';
import { type ItemCheckIns, summariseCheckIns } from '../../domain/checkins/checkInSummary';
import { quarterDays } from '../../domain/checkins/snapshotCheckIns';
import { strategyFieldContext } from '../../domain/edit/formSchemas';
import { isoDayOf } from '../../domain/isoDay';
import { progress } from '../../domain/progress';
import { quarterOfCalendarDate } from '../../domain/quarter';
import { idKey } from '../../domain/register/ids';
import type { Register } from '../../domain/register/register';
import type { Settings, Strategy } from '../../domain/register/types';
import { sentence } from '../../domain/result';
import type { CheckInView, ItemCheckInsView } from '../api/wireTypes';
import type { ParsedCheckIns } from './checkInLog';

/** An item's check-ins as the sidebar shows them, by its ID. */
export type CheckInViews = (id: string) => ItemCheckInsView;

const NONE: ItemCheckInsView = {
  count: 0,
  last: null,
  daysSince: null,
  stale: false,
  trend: [],
  quarter: [],
  forecast: null,
  forecastProblem: null,
};

/** Progress a value stands for, for the trend: as the forecast measures it; null when it cannot be. */
function progressOf(target: CheckInTarget): (value: number) => number | null {
  const { item } = target;
  if (target.kind === 'tactic') return (value) => (item.target ? value / item.target : null);
  const { baseline } = item as Strategy;
  const goal = item.target;
  if (baseline === null || goal === null || baseline === goal) return () => null;
  return (value) => progress(baseline, goal, value);
}

function checkInView(target: CheckInTarget, checkIn: CheckIn, timeZone: string): CheckInView {
  const rule = target.kind === 'strategy' ? CHECK_IN_FORM.strategyValue : CHECK_IN_FORM.tacticValue;
  const context = target.kind === 'strategy' ? strategyFieldContext(target.unit, target.item as Strategy) : {};
  const toProgress = progressOf(target);
  return {
    day: isoDayOf(checkIn.day),
    value: checkIn.value,
    valueText: rule.show(checkIn.value ?? '', timeZone, context),
    progress: checkIn.value === null ? null : toProgress(checkIn.value),
    confidence: checkIn.confidence,
    note: checkIn.note,
    by: checkIn.by,
  };
}

function itemView(target: CheckInTarget, summary: ItemCheckIns, timeZone: string): ItemCheckInsView {
  const view = (checkIn: CheckIn) => checkInView(target, checkIn, timeZone);
  const { forecast } = summary;
  return {
    count: summary.count,
    last: summary.last ? view(summary.last) : null,
    daysSince: summary.daysSince,
    stale: summary.stale,
    trend: summary.trend.map(view),
    quarter: summary.quarter.map(view),
    forecast: forecast.ok ? { ...forecast.value, state: summary.forecastState ?? null } : null,
    forecastProblem: forecast.ok ? null : sentence(forecast),
  };
}

/**
 * Every item's check-ins for the sidebar, from the log read with the register: the last
 * one, days since, the trend, this quarter's record and the forecast today.
 */
export function checkInViewsOf(
  register: Register,
  loaded: ParsedCheckIns,
  settings: Settings,
  timeZone: string,
): CheckInViews {
  const targets = checkInTargets(register);
  const { byItem } = loaded;
  const quarter = quarterOfCalendarDate(loaded.today, settings.fiscalYearStartMonth);
  const context = {
    today: loaded.today,
    timeZone,
    cadenceDays: settings.checkInCadenceDays,
    logRows: loaded.log.ok ? loaded.log.value.rowCount : 0,
    quarterFirst: quarterDays(quarter).first,
    unreadable: unreadableCells(register),
  };
  return (id) => {
    const target = targets.get(idKey(id));
    if (!target || target.id !== id) return NONE;
    return itemView(target, summariseCheckIns(target, byItem.get(idKey(id)) ?? [], context), timeZone);
  };
}
