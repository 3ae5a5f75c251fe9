import { fail, type Result } from './result';
import { type CalendarDate, daysBetween, zonedDateParts } from './timeZone';

/**
 * Whether an item is keeping pace with its schedule. Works on calendar days (in the
 * spreadsheet's time zone), not instants, so a DST change or the hour a date was typed
 * never moves the answer; "today" is always an argument.
 */

export type OnTrackState = 'On track' | 'At risk' | 'Off track' | 'Done';

/** Progress at or above this share of the elapsed time is on track. */
export const ON_TRACK_SHARE = 0.95;
/** Progress at or above this share of the elapsed time (but below on track) is at risk. */
export const AT_RISK_SHARE = 0.75;

export type OnTrackResult = Result<OnTrackState>;

/** Share of the days from start to due that have passed by `asOf`, clamped to 0–1. */
export function elapsedShare(start: CalendarDate, due: CalendarDate, asOf: CalendarDate): number {
  const total = daysBetween(start, due);
  const passed = daysBetween(start, asOf);
  if (passed <= 0) return 0;
  if (passed >= total) return 1;
  return passed / total;
}

/**
 * `Done` at progress ≥ 1; `On track` before the start day or when progress ≥ 0.95 × the
 * elapsed share; `At risk` at ≥ 0.75 ×; otherwise `Off track`. A due date before the
 * start date is an error result, not an exception.
 */
export function onTrack(progress: number, start: CalendarDate, due: CalendarDate, asOf: CalendarDate): OnTrackResult {
  if (daysBetween(start, due) < 0) {
    return fail('due-before-start', 'The due date comes before the start date.');
  }
  if (progress >= 1) return { ok: true, value: 'Done' };
  if (daysBetween(start, asOf) < 0) return { ok: true, value: 'On track' };
  const share = elapsedShare(start, due, asOf);
  if (progress >= ON_TRACK_SHARE * share) return { ok: true, value: 'On track' };
  if (progress >= AT_RISK_SHARE * share) return { ok: true, value: 'At risk' };
  return { ok: true, value: 'Off track' };
}

/** `onTrack` for instants (such as cell dates), read as calendar days in the given time zone. */
export function onTrackAt(progress: number, start: Date, due: Date, asOf: Date, timeZone: string): OnTrackResult {
  return onTrack(
    progress,
    zonedDateParts(start, timeZone),
    zonedDateParts(due, timeZone),
    zonedDateParts(asOf, timeZone),
  );
}
