import type { CheckInsById, SnapshotCheckIns } from '../history/snapshotRows';
import { nextQuarter, type Quarter, quarterFirstMonth } from '../quarter';
import type { Register } from '../register/register';
import { type CalendarDate, daysBetween, utcMsOfCalendarDate } from '../timeZone';
import { checkInsByItem, forecastItemOf, unreadableCells } from './checkInIndex';
import { checkInTargets } from './checkInRules';
import type { CheckIn } from './checkInSchema';
import { forecastProgress } from './forecast';

/** The first and last day of a quarter, as calendar days. */
export function quarterDays(quarter: Quarter): { readonly first: CalendarDate; readonly last: CalendarDate } {
  const first = quarterFirstMonth(quarter);
  const after = quarterFirstMonth(nextQuarter(quarter));
  const end = new Date(utcMsOfCalendarDate({ year: after.year, month: after.month, day: 1 }) - 86_400_000);
  return {
    first: { year: first.year, month: first.month, day: 1 },
    last: { year: end.getUTCFullYear(), month: end.getUTCMonth() + 1, day: end.getUTCDate() },
  };
}

/**
 * What a snapshot of `quarter` keeps of each item's check-ins: STRATEGY_FORECAST on the
 * day it is taken (`takenOn`; blank when the item has no line), and how many of its
 * check-ins fall in the quarter.
 */
export function snapshotCheckIns(
  register: Register,
  checkIns: readonly CheckIn[],
  takenOn: CalendarDate,
  quarter: Quarter,
  timeZone: string,
): CheckInsById {
  const byItem = checkInsByItem(checkIns);
  const unreadable = unreadableCells(register);
  const { first, last } = quarterDays(quarter);
  const kept = new Map<string, SnapshotCheckIns>();
  for (const [key, target] of checkInTargets(register)) {
    const own = byItem.get(key) ?? [];
    const forecast = forecastProgress(forecastItemOf(target, unreadable, timeZone), own, takenOn);
    const count = own.filter((checkIn) => daysBetween(first, checkIn.day) >= 0 && daysBetween(checkIn.day, last) >= 0);
    kept.set(key, { forecast: forecast.ok ? forecast.value : null, count: count.length });
  }
  return kept;
}
