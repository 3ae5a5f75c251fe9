import { describeValue, isBlank, isDate } from '../cellValue';
import { isoDay } from '../isoDay';
import { fail, type Result } from '../result';

/**
 * Reading one cell of a register sheet into a typed field. Each reader returns the
 * field's value or a short reason the cell cannot be read; the sheet parser turns the
 * reason into a `bad-value` finding that names the cell.
 *
 * Decisions:
 * - Text where a number belongs is refused, even "25" or "25%": guessing a percent
 *   scale would silently change targets.
 * - Text where a date belongs ("2026-03-31") is refused: Sheets hands real dates over
 *   as Date objects, so text means the cell is formatted as plain text.
 * - A number where a date belongs is refused too: it is a date serial only if the cell
 *   lost its date format, and reading it needs a guess the user can settle in one click.
 * - Sheets error values ('#N/A', '#REF!' …) arrive as text and are refused everywhere.
 */

/** A cell read: its value, or a `bad-value` problem whose sentence describes the cell ("25%", text where a number belongs). */
export type CellReading<T> = Result<T>;

/** Reads one cell; the spreadsheet's time zone tells which day a date cell shows. */
export type CellReader<T> = (value: unknown, timeZone: string) => CellReading<T>;

const SHEETS_ERRORS = new Set([
  '#N/A',
  '#REF!',
  '#VALUE!',
  '#DIV/0!',
  '#NAME?',
  '#NUM!',
  '#NULL!',
  '#ERROR!',
  '#SPILL!',
  '#CALC!',
]);

/** True for the text Sheets hands over in place of a formula's error. */
export function isSheetsError(value: unknown): value is string {
  // Cheap tests first: this runs on every text cell of the register.
  return (
    typeof value === 'string' &&
    value.length <= 20 &&
    value.includes('#') &&
    SHEETS_ERRORS.has(value.trim().toUpperCase())
  );
}

function read<T>(value: T): CellReading<T> {
  return { ok: true, value };
}

function refuse(value: unknown, timeZone: string, reason: string): CellReading<never> {
  return fail('bad-value', `${describeValue(value, timeZone)}, ${reason}`);
}

function refuseError(value: string): CellReading<never> {
  return fail('bad-value', `${describeValue(value)}, an error from a formula`);
}

/** Text of any cell: numbers and booleans as shown; dates as the day the sheet shows; blank → ''. */
export function readText(value: unknown, timeZone: string): CellReading<string> {
  if (isBlank(value)) return read('');
  if (isSheetsError(value)) return refuseError(value);
  if (typeof value === 'string') return read(value.trim());
  if (typeof value === 'number' || typeof value === 'boolean') return read(String(value).toUpperCase());
  if (isDate(value)) {
    return Number.isNaN(value.getTime()) ? refuse(value, timeZone, 'not text') : read(isoDay(value, timeZone));
  }
  return refuse(value, timeZone, 'not text');
}

/** A finite number; blank → null. */
export function readNumber(value: unknown, timeZone: string): CellReading<number | null> {
  if (isBlank(value)) return read(null);
  if (typeof value === 'number' && Number.isFinite(value)) return read(value);
  if (isSheetsError(value)) return refuseError(value);
  if (typeof value === 'string') return refuse(value, timeZone, 'text where a number belongs');
  if (isDate(value)) return refuse(value, timeZone, 'a date where a number belongs');
  return refuse(value, timeZone, 'not a number');
}

/** A valid Date; blank → null. */
export function readDate(value: unknown, timeZone: string): CellReading<Date | null> {
  if (isBlank(value)) return read(null);
  if (isDate(value)) return Number.isNaN(value.getTime()) ? refuse(value, timeZone, 'not a valid date') : read(value);
  if (isSheetsError(value)) return refuseError(value);
  if (typeof value === 'string') {
    return refuse(value, timeZone, 'text where a date belongs; format the cell as a date');
  }
  if (typeof value === 'number') {
    return refuse(value, timeZone, 'a number where a date belongs; format the cell as a date');
  }
  return refuse(value, timeZone, 'not a date');
}

/** A number within [min, max]; decimals are allowed (a team may say 7.5 of 10). */
export function readNumberInRange(
  value: unknown,
  timeZone: string,
  min: number,
  max: number,
): CellReading<number | null> {
  const reading = readNumber(value, timeZone);
  if (!reading.ok || reading.value === null) return reading;
  return reading.value < min || reading.value > max ? refuse(value, timeZone, `outside ${min}–${max}`) : reading;
}

/** A number above 0 (a roll-up weight); blank → null. */
export function readPositiveNumber(value: unknown, timeZone: string): CellReading<number | null> {
  const reading = readNumber(value, timeZone);
  if (!reading.ok || reading.value === null) return reading;
  return reading.value > 0 ? reading : refuse(value, timeZone, 'not a positive number');
}

function normalise(text: string): string {
  return text.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The choice `text` names, matched ignoring case and extra spaces, in its canonical spelling. */
export function matchChoice<S extends string>(text: string, allowed: readonly S[]): S | undefined {
  const wanted = normalise(text);
  return allowed.find((choice) => normalise(choice) === wanted);
}

/** One of the allowed statuses (or other choices), matched ignoring case and extra spaces; returned in its canonical spelling. */
export function readStatus<S extends string>(
  value: unknown,
  timeZone: string,
  allowed: readonly S[],
  noun = 'status',
): CellReading<S | null> {
  if (isBlank(value)) return read(null);
  if (isSheetsError(value)) return refuseError(value);
  const match = typeof value === 'string' ? matchChoice(value, allowed) : undefined;
  if (match !== undefined) return read(match);
  return refuse(value, timeZone, `not a ${noun}; use one of ${allowed.join(', ')}`);
}

/**
 * What an unreadable ID cell ('#REF!') stands in as: its text, so the row keeps a
 * non-blank ID and the add-on never writes a new ID over a cell the user filled.
 */
export function unreadableIdText(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}
