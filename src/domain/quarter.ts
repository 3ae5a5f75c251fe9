import { RegisterError } from './errors';
import { type CalendarDate, startOfZonedDay, zonedDateParts } from './timeZone';

export { dateFromSerial, zonedDateParts } from './timeZone';

/**
 * A fiscal quarter. The fiscal year is named after the calendar year in which it ends:
 * with a July start, July 2026 – June 2027 is FY2027. With a January start the fiscal
 * year is the calendar year.
 */
export interface Quarter {
  readonly fiscalYear: number;
  readonly quarter: 1 | 2 | 3 | 4;
  /** The calendar month (1–12) in which the fiscal year starts. */
  readonly fiscalYearStartMonth: number;
}

/** Throws a RegisterError unless the month is a whole number from 1 to 12. */
export function assertFiscalYearStartMonth(month: number): void {
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    throw new RegisterError(
      'invalid-setting',
      `The fiscal year start month must be a whole number from 1 (January) to 12 (December), not ${String(month)}.`,
    );
  }
}

/** The quarter a calendar date falls in, for a fiscal year starting in the given month. */
export function quarterOfCalendarDate(date: CalendarDate, fiscalYearStartMonth: number): Quarter {
  assertFiscalYearStartMonth(fiscalYearStartMonth);
  const monthsIntoYear = (date.month - fiscalYearStartMonth + 12) % 12;
  // A fiscal year starting after January ends in the next calendar year, and takes that year's name.
  const endsNextYear = fiscalYearStartMonth > 1 && date.month >= fiscalYearStartMonth;
  return {
    fiscalYear: endsNextYear ? date.year + 1 : date.year,
    quarter: (Math.floor(monthsIntoYear / 3) + 1) as Quarter['quarter'],
    fiscalYearStartMonth,
  };
}

/** The quarter an instant falls in, in the given IANA time zone, for a fiscal year starting in month 1–12. */
export function quarterOf(instant: Date, timeZone: string, fiscalYearStartMonth: number): Quarter {
  assertFiscalYearStartMonth(fiscalYearStartMonth);
  return quarterOfCalendarDate(zonedDateParts(instant, timeZone), fiscalYearStartMonth);
}

/** `2026-Q3` when the fiscal year is the calendar year, else `FY2027-Q1`. */
export function quarterLabel(q: Quarter): string {
  const year = String(q.fiscalYear).padStart(4, '0');
  return q.fiscalYearStartMonth === 1 ? `${year}-Q${q.quarter}` : `FY${year}-Q${q.quarter}`;
}

// "2026-Q3", "FY2027-Q1", "fy 2027 q1", "2026 Q3", "Q3 2026", "Q3-FY2027": the year is always the fiscal year.
const YEAR_FIRST = /^(?:FY)?\s*(\d{4})\s*[-/ ]?\s*Q\s*([1-4])$/i;
const QUARTER_FIRST = /^Q\s*([1-4])\s*[-/ ]?\s*(?:FY)?\s*(\d{4})$/i;

/**
 * Reads a quarter label in either form, ignoring case and spaces. The year is read as
 * the fiscal year under the given start month, with or without the `FY` prefix.
 */
export function parseQuarterLabel(label: string, fiscalYearStartMonth: number): Quarter | undefined {
  assertFiscalYearStartMonth(fiscalYearStartMonth);
  const text = label.trim();
  const yearFirst = YEAR_FIRST.exec(text);
  const quarterFirst = yearFirst ? undefined : QUARTER_FIRST.exec(text);
  const year = yearFirst?.[1] ?? quarterFirst?.[2];
  const quarter = yearFirst?.[2] ?? quarterFirst?.[1];
  if (year === undefined || quarter === undefined) return undefined;
  return { fiscalYear: Number(year), quarter: Number(quarter) as Quarter['quarter'], fiscalYearStartMonth };
}

/**
 * Reads a label written in the register's own calendar: `2026-Q3` when the fiscal year
 * starts in January, `FY2027-Q1` otherwise (any case and spacing). A label of the other
 * calendar is undefined, since its year would be read as a different one.
 */
export function parseCalendarLabel(label: string, fiscalYearStartMonth: number): Quarter | undefined {
  const quarter = parseQuarterLabel(label, fiscalYearStartMonth);
  if (!quarter) return undefined;
  const writtenFiscal = /FY/i.test(label);
  const calendarIsFiscal = fiscalYearStartMonth > 1;
  return writtenFiscal === calendarIsFiscal ? quarter : undefined;
}

/** The calendar year and month (1–12) in which a quarter begins. */
export function quarterFirstMonth(q: Quarter): { readonly year: number; readonly month: number } {
  const startYear = q.fiscalYearStartMonth === 1 ? q.fiscalYear : q.fiscalYear - 1;
  const monthIndex = q.fiscalYearStartMonth - 1 + (q.quarter - 1) * 3;
  return { year: startYear + Math.floor(monthIndex / 12), month: (monthIndex % 12) + 1 };
}

/** Negative when `a` begins before `b`, 0 when they begin in the same month, positive after. */
export function compareQuarters(a: Quarter, b: Quarter): number {
  const first = quarterFirstMonth(a);
  const second = quarterFirstMonth(b);
  return first.year * 12 + first.month - (second.year * 12 + second.month);
}

export function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1
    ? { fiscalYear: q.fiscalYear - 1, quarter: 4, fiscalYearStartMonth: q.fiscalYearStartMonth }
    : { ...q, quarter: (q.quarter - 1) as Quarter['quarter'] };
}

export function nextQuarter(q: Quarter): Quarter {
  return q.quarter === 4
    ? { fiscalYear: q.fiscalYear + 1, quarter: 1, fiscalYearStartMonth: q.fiscalYearStartMonth }
    : { ...q, quarter: (q.quarter + 1) as Quarter['quarter'] };
}

/** The instant of midnight on the quarter's first day, in that zone (the first instant if that day skips midnight). */
export function quarterStart(q: Quarter, timeZone: string): Date {
  const { year, month } = quarterFirstMonth(q);
  return startOfZonedDay({ year, month, day: 1 }, timeZone);
}
