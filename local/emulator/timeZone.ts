/** Wall-clock parts of an instant in an IANA time zone, and the reverse. */

export interface ZonedParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** 0 = Sunday. */
  readonly weekday: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
      weekday: 'short',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** The calendar and clock reading of `ms` in `timeZone`, read straight from Intl (slow). */
function intlParts(ms: number, timeZone: string): ZonedParts {
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(ms)) parts[part.type] = part.value;
  const year = Number(parts.year);
  return {
    year: parts.era === 'BC' ? 1 - year : year,
    month: Number(parts.month),
    day: Number(parts.day),
    hour: Number(parts.hour) % 24,
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((ms % 1000) + 1000) % 1000,
    weekday: WEEKDAYS.indexOf(parts.weekday ?? 'Sun'),
  };
}

const BUCKET_MS = 900_000;
/** Offsets per zone per UTC quarter hour: zones change offset only on quarter hours, and Intl is slow. */
const offsetCache = new Map<string, Map<number, number>>();

function offsetMs(ms: number, timeZone: string): number {
  let byBucket = offsetCache.get(timeZone);
  if (!byBucket) {
    byBucket = new Map();
    offsetCache.set(timeZone, byBucket);
  }
  const bucket = Math.floor(ms / BUCKET_MS);
  let offset = byBucket.get(bucket);
  if (offset === undefined) {
    const at = bucket * BUCKET_MS;
    const p = intlParts(at, timeZone);
    offset = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - at;
    if (byBucket.size > 100_000) byBucket.clear();
    byBucket.set(bucket, offset);
  }
  return offset;
}

/** The calendar and clock reading of `ms` in `timeZone`. */
export function zonedParts(ms: number, timeZone: string): ZonedParts {
  const wall = new Date(ms + offsetMs(ms, timeZone));
  return {
    year: wall.getUTCFullYear(),
    month: wall.getUTCMonth() + 1,
    day: wall.getUTCDate(),
    hour: wall.getUTCHours(),
    minute: wall.getUTCMinutes(),
    second: wall.getUTCSeconds(),
    millisecond: wall.getUTCMilliseconds(),
    weekday: wall.getUTCDay(),
  };
}

/** Minutes `timeZone` is ahead of UTC at instant `ms`. */
export function offsetMinutes(ms: number, timeZone: string): number {
  return Math.round(offsetMs(ms, timeZone) / 60000);
}

/** The instant when clocks in `timeZone` read the given wall time (first match across a DST fold). */
export function zonedInstant(
  timeZone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const wall = Date.UTC(year, month - 1, day, hour, minute, second);
  const guess = wall - offsetMs(wall, timeZone);
  return wall - offsetMs(guess, timeZone);
}

/** Whether `timeZone` names a zone this machine knows. */
export function isKnownTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}
