/** Reading the plain values Sheets hands over (`getValues`, custom-function arguments). */

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

/** A value as a user would recognise it in a sentence: text quoted and shortened, dates as ISO days. */
export function describeValue(value: unknown): string {
  if (typeof value === 'string') {
    const characters = Array.from(value); // whole code points, so an emoji is never cut in half
    const shown = characters.length > MAX_SHOWN ? `${characters.slice(0, MAX_SHOWN).join('')}…` : value;
    return JSON.stringify(shown);
  }
  if (isDate(value)) {
    return Number.isNaN(value.getTime()) ? 'an invalid date' : `the date ${value.toISOString().slice(0, 10)}`;
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value === null || value === undefined) return 'a blank';
  return String(value);
}
