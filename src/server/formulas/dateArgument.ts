import { describeValue } from '../../domain/cellValue';
import { RegisterError } from '../../domain/errors';
import { type CalendarDate, calendarDateOfSerial, zonedDateParts } from '../../domain/timeZone';
import { type CellContext, positionInRange } from './cellGrid';

// Serial numbers of 0001-01-01 and 9999-12-31: the range of dates Sheets can show.
const FIRST_SERIAL = -693_593;
const LAST_SERIAL = 2_958_465;

/** Dates from a cell may come from another realm (Apps Script hands them over), so `instanceof` is not enough. */
function isDate(value: unknown): value is Date {
  return Object.prototype.toString.call(value) === '[object Date]';
}

/** The ISO day of a calendar date, as shown in error sentences. */
export function describeDay(date: CalendarDate): string {
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `the date ${pad(date.year, 4)}-${pad(date.month, 2)}-${pad(date.day, 2)}`;
}

/**
 * A date formula argument as a calendar day: a date value read in the spreadsheet's time
 * zone, or a date serial number (whose day needs no zone). Anything else is a sentence
 * naming the formula, argument, row and value.
 */
export function dateArgument(value: unknown, argName: string, at: CellContext, timeZone: () => string): CalendarDate {
  const where = `${at.formula}: ${argName}${positionInRange(at)}`;
  if (isDate(value)) {
    if (Number.isNaN(value.getTime())) throw new RegisterError('bad-argument', `${where} is an invalid date.`);
    return zonedDateParts(value, timeZone());
  }
  if (typeof value === 'number' && Number.isFinite(value)) {
    if (value < FIRST_SERIAL || value >= LAST_SERIAL + 1) {
      throw new RegisterError('bad-argument', `${where} is ${value}, which is outside the dates Sheets can show.`);
    }
    return calendarDateOfSerial(value);
  }
  const hint = typeof value === 'string' ? '; type it as a date, or convert it with DATEVALUE' : '';
  throw new RegisterError('bad-argument', `${where} is ${describeValue(value)}, not a date${hint}.`);
}

/**
 * The spreadsheet's time zone, read at most once per formula call and only when a date
 * needs it: each read is a service call, and a formula over a whole column must stay cheap.
 */
export function spreadsheetTimeZoneOnce(): () => string {
  let zone: string | undefined;
  return () => {
    zone ??= SpreadsheetApp.getActiveSpreadsheet().getSpreadsheetTimeZone();
    return zone;
  };
}
