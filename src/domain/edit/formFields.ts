import { type CalendarDate, startOfZonedDay } from '../timeZone';

/**
 * Reading what a user typed into a sidebar form. Each reader gives the cell value to
 * store or a sentence for the field; the server re-checks everything the sidebar checked.
 */

export type FieldReading<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

const MAX_TEXT = 50_000;

function ok<T>(value: T): FieldReading<T> {
  return { ok: true, value };
}

export function textField(label: string, input: unknown, required = false): FieldReading<string> {
  const text = typeof input === 'string' ? input.trim() : '';
  if (typeof input !== 'string' && input !== undefined && input !== null) {
    return { ok: false, error: `${label} must be text.` };
  }
  if (required && text === '') return { ok: false, error: `${label} is required.` };
  if (text.length > MAX_TEXT) return { ok: false, error: `${label} is longer than ${MAX_TEXT} characters.` };
  return ok(text);
}

/** A number typed as `0.25`, `25%`, `-3`, `1,250.5`; blank → null. */
export function numberField(
  label: string,
  input: unknown,
  range?: { min: number; max: number },
): FieldReading<number | null> {
  if (typeof input === 'number') return inRange(label, input, range);
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return ok(null);
  const match = /^([+-]?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[+-]?\.\d+)(%?)$/.exec(text);
  if (!match) return { ok: false, error: `${label} must be a number, such as 0.25 or 25%.` };
  const number = Number((match[1] ?? '').replace(/,/g, ''));
  return inRange(label, match[2] === '%' ? number / 100 : number, range);
}

function inRange(label: string, value: number, range?: { min: number; max: number }): FieldReading<number | null> {
  if (!Number.isFinite(value)) return { ok: false, error: `${label} must be a number.` };
  if (range && (value < range.min || value > range.max)) {
    return { ok: false, error: `${label} must be from ${range.min} to ${range.max}.` };
  }
  return ok(value);
}

/** A day typed as `2026-03-31`, stored as midnight of that day in the spreadsheet's time zone. */
export function dateField(label: string, input: unknown, timeZone: string): FieldReading<Date | null> {
  const text = typeof input === 'string' ? input.trim() : '';
  if (text === '') return ok(null);
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date: CalendarDate | undefined = match
    ? { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
    : undefined;
  if (!date || !isRealDay(date)) return { ok: false, error: `${label} must be a date written as YYYY-MM-DD.` };
  return ok(startOfZonedDay(date, timeZone));
}

function isRealDay({ year, month, day }: CalendarDate): boolean {
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** One of the allowed values, matched ignoring case; blank takes the default. */
export function choiceField<S extends string>(
  label: string,
  input: unknown,
  allowed: readonly S[],
  fallback: S,
): FieldReading<S> {
  const text = typeof input === 'string' ? input.trim().toLowerCase() : '';
  if (text === '') return ok(fallback);
  const match = allowed.find((choice) => choice.toLowerCase() === text);
  return match ? ok(match) : { ok: false, error: `${label} must be one of: ${allowed.join(', ')}.` };
}
