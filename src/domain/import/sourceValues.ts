import { describeValue, isBlank, isDate } from '../cellValue';
import { isIsoDay, numberOfText } from '../edit/formFields';
import { isoDay } from '../isoDay';
import { isSheetsError } from '../register/cells';
import { fail, ok, type Result } from '../result';
import { startOfZonedDay } from '../timeZone';

/**
 * Reading a cell of the source sheet into what a register cell will hold, by the rules the
 * sidebar's forms use: `25%` and `1,250` typed as text are the numbers 0.25 and 1250, a day
 * written `2026-09-30` is that day at midnight in the spreadsheet's time zone. A cell that
 * cannot be read gives the reason, and the register cell is left blank.
 */

/** What an imported register cell holds: text, a number or a date. */
export type CellValue = string | number | Date;

/** A cell read: its value (null when blank), or why it cannot be read ("not a date; write it as YYYY-MM-DD"). */
export type SourceReading<T> = Result<T | null>;

function refuse(value: unknown, timeZone: string, reason: string): SourceReading<never> {
  return fail('unreadable', `holds ${describeValue(value, timeZone)}, ${reason}`);
}

/** Text as it reads in the sheet: trimmed; numbers and booleans as written, dates as their day. */
export function readSourceText(value: unknown, timeZone: string): SourceReading<string> {
  if (isBlank(value)) return ok(null);
  if (isSheetsError(value)) return refuse(value, timeZone, 'an error from a formula');
  if (typeof value === 'string') return ok(value.trim());
  if (typeof value === 'number') return ok(String(value));
  if (typeof value === 'boolean') return ok(value ? 'TRUE' : 'FALSE');
  if (isDate(value) && !Number.isNaN(value.getTime())) return ok(isoDay(value, timeZone));
  return refuse(value, timeZone, 'not text');
}

/** A number cell, or text the forms' number rule reads (`25%`, `1,250`, `0.25`). */
export function readSourceNumber(value: unknown, timeZone: string): SourceReading<number> {
  if (isBlank(value)) return ok(null);
  if (typeof value === 'number') return Number.isFinite(value) ? ok(value) : refuse(value, timeZone, 'not a number');
  if (isSheetsError(value)) return refuse(value, timeZone, 'an error from a formula');
  if (typeof value === 'string') {
    const number = numberOfText(value);
    if (typeof number === 'number') return ok(number);
    return refuse(value, timeZone, 'not a number (write it like 0.25, 25% or 1,250)');
  }
  if (isDate(value)) return refuse(value, timeZone, 'a date where a number belongs');
  return refuse(value, timeZone, 'not a number');
}

/** A date cell, or a day written as `YYYY-MM-DD`, as midnight of that day in the spreadsheet's zone. */
export function readSourceDay(value: unknown, timeZone: string): SourceReading<Date> {
  if (isBlank(value)) return ok(null);
  if (isDate(value)) return Number.isNaN(value.getTime()) ? refuse(value, timeZone, 'not a valid date') : ok(value);
  if (isSheetsError(value)) return refuse(value, timeZone, 'an error from a formula');
  if (typeof value === 'string' && isIsoDay(value.trim())) {
    const [year = 0, month = 0, day = 0] = value.trim().split('-').map(Number);
    return ok(startOfZonedDay({ year, month, day }, timeZone));
  }
  return refuse(value, timeZone, 'not a date (write it as YYYY-MM-DD, such as 2026-09-30)');
}
