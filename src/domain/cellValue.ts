/** Reading the plain values Sheets hands over (`getValues`, custom-function arguments). */
import { isoDay } from './isoDay';

/** Sheets gives `''` for an empty cell; whitespace alone is as good as empty. */
export function isBlank(value: unknown): boolean {
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** A finite number, or undefined for anything else (text, booleans, dates, error strings). */
export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** A Date from any realm (the add-on's scope or a test's), valid or not. */
export function isDate(value: unknown): value is Date {
  return typeof value === 'object' && value !== null && Object.prototype.toString.call(value) === '[object Date]';
}

const MAX_SHOWN = 60;

/** What a sentence may quote without knowing the spreadsheet's time zone: anything but a date. */
export type PlainValue = string | number | boolean | null | undefined;

/**
 * A value as a user would recognise it in a sentence: text quoted and shortened, a date as
 * the day the spreadsheet shows, which only its time zone can tell; so a value that may be
 * a date needs the zone.
 */
export function describeValue(value: PlainValue): string;
export function describeValue(value: unknown, timeZone: string): string;
export function describeValue(value: unknown, timeZone?: string): string {
  if (typeof value === 'string') {
    const characters = Array.from(value); // whole code points, so an emoji is never cut in half
    const shown = characters.length > MAX_SHOWN ? `${characters.slice(0, MAX_SHOWN).join('')}…` : value;
    return JSON.stringify(shown);
  }
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) return 'an invalid date';
    // Only the overload without a zone leaves it out, and it admits no date.
    return `the date ${isoDay(value, timeZone as string)}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null || value === undefined) return 'a blank';
  return String(value);
}
