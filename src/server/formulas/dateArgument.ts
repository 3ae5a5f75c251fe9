import { describeValue, isDate, type PlainValue } from '../../domain/cellValue';
import { RegisterError } from '../../domain/errors';
import { isoDayOf } from '../../domain/isoDay';
import { type CalendarDate, calendarDateOfSerial, zonedDateParts } from '../../domain/timeZone';
import { type CellContext, positionInRange } from './cellGrid';

// Serial numbers of 0001-01-01 and 9999-12-31: the range of dates Sheets can show.
const FIRST_SERIAL = -693_593;
const LAST_SERIAL = 2_958_465;

/** A calendar date as error sentences name it. */
export function describeDay(date: CalendarDate): string {
  return `the date ${isoDayOf(date)}`;
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
  // Dates were read above, so what is left needs no time zone to be named.
  throw new RegisterError('bad-argument', `${where} is ${describeValue(value as PlainValue)}, not a date${hint}.`);
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
