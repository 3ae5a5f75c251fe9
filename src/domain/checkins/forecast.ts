import { isoDayOf } from '../isoDay';
import { progress } from '../progress';
import { shownId } from '../register/naming';
import { fail, ok, type Result } from '../result';
import { type CalendarDate, daysBetween } from '../timeZone';
import type { CheckIn, CheckInKind } from './checkInSchema';

/**
 * STRATEGY_FORECAST: where an item's progress is heading. The points are its start
 * (Start, progress 0) and every check-in with a value up to `as_of`, as progress toward
 * the target; the least-squares line through them is read on the Due day. Once `as_of`
 * is past the Due day there is no forecast: the line would be read backwards.
 *
 * With days x and progress y: slope = Σ(x − x̄)(y − ȳ) / Σ(x − x̄)², forecast = ȳ + slope × (due − x̄).
 */

/** A point of the line: days after the item's start, and progress that day. */
export interface ForecastPoint {
  readonly day: number;
  readonly progress: number;
}

/** The least-squares line through `points`, read at `day`; undefined unless the points span two days or more. */
export function leastSquaresAt(points: readonly ForecastPoint[], day: number): number | undefined {
  const n = points.length;
  if (n < 2) return undefined;
  let sumX = 0;
  let sumY = 0;
  for (const point of points) {
    sumX += point.day;
    sumY += point.progress;
  }
  const meanX = sumX / n;
  const meanY = sumY / n;
  let spread = 0;
  let together = 0;
  for (const point of points) {
    const dx = point.day - meanX;
    spread += dx * dx;
    together += dx * (point.progress - meanY);
  }
  if (spread === 0) return undefined;
  return meanY + (together / spread) * (day - meanX);
}

/** What the forecast reads of an item; a field whose cell cannot be read carries that sentence instead. */
export interface ForecastItem {
  readonly kind: CheckInKind;
  readonly id: string;
  readonly start: CalendarDate | null;
  readonly due: CalendarDate | null;
  /** A strategy's baseline; a tactic starts from 0. */
  readonly baseline: number | null;
  readonly target: number | null;
  readonly unreadable?: Readonly<Partial<Record<'start' | 'due' | 'baseline' | 'target', string>>>;
}

/** Progress a value stands for: from baseline to target for a strategy, actual ÷ target for a tactic. */
function progressOf(item: ForecastItem, baseline: number, target: number): (value: number) => number {
  return item.kind === 'strategy' ? (value) => progress(baseline, target, value) : (value) => value / target;
}

/** Why the item has no line to read, before any check-in is looked at; undefined when it has one. */
function missingPart(item: ForecastItem): string | undefined {
  const name = shownId(item.id);
  const unreadable = item.unreadable ?? {};
  const part = (key: 'start' | 'due' | 'baseline' | 'target', blank: string): string | undefined =>
    unreadable[key] ?? (item[key] === null ? blank : undefined);
  return (
    part('start', `${name} has no Start date, where its line begins.`) ??
    part('due', `${name} has no Due date to read its line on.`) ??
    (item.kind === 'strategy' ? part('baseline', `${name} has no Baseline, its line's first point.`) : undefined) ??
    part('target', `${name} has no Target to measure progress toward.`)
  );
}

/** The fitted line at the item's Start and Due days, for drawing it. */
export interface ForecastLine {
  readonly atStart: number;
  readonly atDue: number;
}

/**
 * The least-squares line of `item` through its start and its check-ins dated on or before
 * `asOf` (those of other items are ignored), or a sentence saying why there is none: a
 * field missing, no distance to the target, or fewer than two points.
 */
export function forecastLine(
  item: ForecastItem,
  checkIns: readonly CheckIn[],
  asOf: CalendarDate,
): Result<ForecastLine> {
  const missing = missingPart(item);
  if (missing !== undefined) return fail('bad-value', missing);
  const { start, due } = item as { start: CalendarDate; due: CalendarDate };
  const target = item.target as number;
  const baseline = item.kind === 'strategy' ? (item.baseline as number) : 0;
  const name = shownId(item.id);
  if (target === baseline) {
    const why =
      item.kind === 'strategy'
        ? `${name}'s target equals its baseline (${baseline}), so there is no distance to forecast progress along.`
        : `${name}'s target is 0, so its progress (actual ÷ target) cannot be measured.`;
    return fail('bad-value', why);
  }
  // Past its Due day the line would be read backwards, between points the item has already passed.
  if (daysBetween(due, asOf) > 0) {
    return fail(
      'bad-value',
      `${name}'s Due date (${isoDayOf(due)}) is before ${isoDayOf(asOf)}, so there is nothing left to forecast: set a later Due date, or a status that closes it.`,
    );
  }
  const toProgress = progressOf(item, baseline, target);
  const points: ForecastPoint[] = [{ day: 0, progress: 0 }];
  for (const checkIn of checkIns) {
    if (checkIn.value === null || daysBetween(checkIn.day, asOf) < 0) continue;
    points.push({ day: daysBetween(start, checkIn.day), progress: toProgress(checkIn.value) });
  }
  const atDue = leastSquaresAt(points, daysBetween(start, due));
  const atStart = leastSquaresAt(points, 0);
  if (atDue !== undefined && atStart !== undefined) return ok({ atStart: atStart + 0, atDue: atDue + 0 });
  const asOfText = isoDayOf(asOf);
  if (points.length < 2) {
    return fail(
      'bad-value',
      `${name} has no check-in with a value on or before ${asOfText}, so its line has one point (its start); a forecast needs two.`,
    );
  }
  return fail(
    'bad-value',
    `${name}'s check-ins up to ${asOfText} all fall on its Start day (${isoDayOf(start)}), so they draw no line.`,
  );
}

/** The progress `item` is projected to reach on its Due day (see `forecastLine`). */
export function forecastProgress(item: ForecastItem, checkIns: readonly CheckIn[], asOf: CalendarDate): Result<number> {
  const line = forecastLine(item, checkIns, asOf);
  return line.ok ? ok(line.value.atDue) : line;
}
