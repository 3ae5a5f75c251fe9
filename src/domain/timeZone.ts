import { RegisterError } from './errors';

/**
 * Calendar arithmetic in an IANA time zone with nothing but Intl: the runtime already
 * carries the zone database (Apps Script V8 and Node alike), so no date library is bundled.
 */

/** A day on the calendar, independent of any time zone. Months are 1–12. */
export interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;

// Building a DateTimeFormat is slow next to using one, and a column of dates reuses the same zone.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
  } catch {
    throw new RegisterError(
      'invalid-setting',
      `The time zone ${JSON.stringify(String(timeZone))} is not a known IANA time zone such as "Europe/London"; check File > Settings > Time zone.`,
    );
  }
  formatters.set(timeZone, formatter);
  return formatter;
}

/** Throws a RegisterError with a sentence when the zone is not one Intl knows. */
export function assertTimeZone(timeZone: string): void {
  formatterFor(timeZone);
}

// Intl formatting costs microseconds a call, and a register repeats the same few hundred days.
const wallClocks = new Map<string, Map<number, number>>();
const MAX_REMEMBERED_INSTANTS = 10_000;

/** Wall-clock time of an instant in a zone, as milliseconds of a UTC clock showing the same reading. */
function wallClockMs(instantMs: number, timeZone: string): number {
  let remembered = wallClocks.get(timeZone);
  if (!remembered) {
    remembered = new Map();
    wallClocks.set(timeZone, remembered);
  }
  const known = remembered.get(instantMs);
  if (known !== undefined) return known;
  const wall = wallClockFromIntl(instantMs, timeZone);
  if (remembered.size >= MAX_REMEMBERED_INSTANTS) remembered.clear();
  remembered.set(instantMs, wall);
  return wall;
}

function wallClockFromIntl(instantMs: number, timeZone: string): number {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(new Date(instantMs))) parts[part.type] = part.value;
  const yearOfEra = Number(parts.year);
  // Years before 1 AD come back as an era year; Date counts them astronomically (1 BC is year 0).
  const year = parts.era === 'BC' || parts.era === 'B' ? 1 - yearOfEra : yearOfEra;
  // setUTCFullYear, unlike Date.UTC, leaves years 0–99 as they are.
  const date = new Date(0);
  date.setUTCFullYear(year, Number(parts.month) - 1, Number(parts.day));
  date.setUTCHours(Number(parts.hour), Number(parts.minute), Number(parts.second), 0);
  return date.getTime() + (((instantMs % 1000) + 1000) % 1000);
}

/** The zone's offset from UTC at an instant, in milliseconds (positive east of Greenwich). */
function offsetAt(instantMs: number, timeZone: string): number {
  return wallClockMs(instantMs, timeZone) - instantMs;
}

/** Calendar date parts of an instant in a time zone. */
export function zonedDateParts(instant: Date, timeZone: string): CalendarDate {
  const wall = new Date(wallClockMs(instant.getTime(), timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/**
 * The instant at which a zone's clocks show a wall-clock reading (given as UTC-clock ms).
 * When the reading occurs twice (clocks set back) the earlier instant wins; when it never
 * occurs (clocks set forward) the instant where the gap ends wins, so a day with no
 * midnight still starts at its first instant.
 */
export function instantOfWallClock(wallMs: number, timeZone: string): Date {
  // Every zone's offset lies within ±14 h, so the offsets in force around the reading are found at these probes.
  const offsets = new Set([
    offsetAt(wallMs - 14 * MS_PER_HOUR, timeZone),
    offsetAt(wallMs, timeZone),
    offsetAt(wallMs + 14 * MS_PER_HOUR, timeZone),
  ]);
  const candidates = [...offsets].map((offset) => wallMs - offset).sort((a, b) => a - b);
  const exact = candidates.find((candidate) => wallClockMs(candidate, timeZone) === wallMs);
  if (exact !== undefined) return new Date(exact);
  // In a gap: the first candidate showing a later reading is where the clocks jumped to.
  const after = candidates.find((candidate) => wallClockMs(candidate, timeZone) > wallMs);
  return new Date(after ?? (candidates[0] as number));
}

/** Midnight (or, on a day that skips midnight, the first instant) of a calendar date in a zone. */
export function startOfZonedDay(date: CalendarDate, timeZone: string): Date {
  return instantOfWallClock(utcMsOfCalendarDate(date), timeZone);
}

/** Milliseconds of midnight UTC on a calendar date; handy as a day counter independent of zones. */
export function utcMsOfCalendarDate(date: CalendarDate): number {
  const utc = new Date(0);
  utc.setUTCFullYear(date.year, date.month - 1, date.day);
  return utc.getTime();
}

/** Whole days from one calendar date to another (negative when `to` comes first). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return Math.round((utcMsOfCalendarDate(to) - utcMsOfCalendarDate(from)) / MS_PER_DAY);
}

// Sheets counts days from 30 December 1899, the same day Lotus and Excel use as day 0.
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);

/** The calendar date of a Sheets date serial number, ignoring its time of day. */
export function calendarDateOfSerial(serial: number): CalendarDate {
  const day = new Date(SERIAL_EPOCH_MS + Math.floor(serial) * MS_PER_DAY);
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

/**
 * The instant a Sheets date serial number stands for: whole days since 1899-12-30, the
 * fraction being the time of day on the spreadsheet's clocks (its time zone).
 */
export function dateFromSerial(serial: number, timeZone: string): Date {
  assertTimeZone(timeZone);
  // Rounded to the millisecond: serials carry float noise (0.1 day is not exact in binary).
  const wallMs = SERIAL_EPOCH_MS + Math.round(serial * MS_PER_DAY);
  return instantOfWallClock(wallMs, timeZone);
}
