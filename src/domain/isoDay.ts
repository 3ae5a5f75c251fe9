import { type CalendarDate, zonedDateParts } from './timeZone';

/**
 * The one way the add-on writes a date as text: `YYYY-MM-DD`, the day the spreadsheet
 * shows. An instant is read in the spreadsheet's time zone, never in UTC or the zone the
 * code happens to run in: east of UTC, midnight is still the previous day in UTC.
 */
export function isoDay(instant: Date, timeZone: string): string {
  return isoDayOf(zonedDateParts(instant, timeZone));
}

/** A calendar date as `YYYY-MM-DD`. */
export function isoDayOf({ year, month, day }: CalendarDate): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
