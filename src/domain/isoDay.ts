import { zonedDateParts } from './timeZone';

/** The calendar day of an instant in a time zone, as `YYYY-MM-DD`. */
export function isoDay(instant: Date, timeZone: string): string {
  const { year, month, day } = zonedDateParts(instant, timeZone);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
