import { DAYS, MONTHS } from './calendarNames';
import { isDate } from './context';
import { offsetMinutes, zonedParts } from './timeZone';

function zoneName(ms: number, timeZone: string): string {
  if (/^(Etc\/)?(UTC|GMT)$/.test(timeZone)) return timeZone.replace('Etc/', '');
  const part = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(ms)
    .find((p) => p.type === 'timeZoneName');
  return part?.value ?? timeZone;
}

function offsetText(minutes: number, colon: boolean): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  const hh = String(Math.floor(abs / 60)).padStart(2, '0');
  const mm = String(abs % 60).padStart(2, '0');
  return `${sign}${hh}${colon ? ':' : ''}${mm}`;
}

/**
 * `Utilities.formatDate`: Java SimpleDateFormat letters y M d E H h k K m s S a z Z X D u,
 * and text in single quotes ('' is a quote).
 */
export function formatDate(date: Date, timeZone: string, pattern: string): string {
  if (!isDate(date))
    throw new Error("The parameters (String,String,String) don't match the method signature for Utilities.formatDate.");
  const ms = date.getTime();
  const p = zonedParts(ms, timeZone);
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  let out = '';
  const re = /'((?:[^']|'')*)'|([A-Za-z])\2*|[^A-Za-z']+/g;
  for (let match = re.exec(pattern); match; match = re.exec(pattern)) {
    if (match[1] !== undefined) {
      out += match[1] === '' ? "'" : match[1].replace(/''/g, "'");
      continue;
    }
    const letter = match[2];
    const n = match[0].length;
    if (letter === undefined) {
      out += match[0];
      continue;
    }
    switch (letter) {
      case 'y':
      case 'Y':
        out += n === 2 ? pad(p.year % 100, 2) : pad(p.year, n);
        break;
      case 'M':
      case 'L':
        out +=
          n >= 4 ? (MONTHS[p.month - 1] ?? '') : n === 3 ? (MONTHS[p.month - 1] ?? '').slice(0, 3) : pad(p.month, n);
        break;
      case 'd':
        out += pad(p.day, n);
        break;
      case 'D': {
        const dayOfYear = Math.round((Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 1)) / 86_400_000) + 1;
        out += pad(dayOfYear, n);
        break;
      }
      case 'E':
        out += n >= 4 ? (DAYS[p.weekday] ?? '') : (DAYS[p.weekday] ?? '').slice(0, 3);
        break;
      case 'u':
        out += pad(p.weekday === 0 ? 7 : p.weekday, n);
        break;
      case 'a':
        out += p.hour < 12 ? 'AM' : 'PM';
        break;
      case 'H':
        out += pad(p.hour, n);
        break;
      case 'k':
        out += pad(p.hour === 0 ? 24 : p.hour, n);
        break;
      case 'K':
        out += pad(p.hour % 12, n);
        break;
      case 'h':
        out += pad(p.hour % 12 || 12, n);
        break;
      case 'm':
        out += pad(p.minute, n);
        break;
      case 's':
        out += pad(p.second, n);
        break;
      case 'S':
        out += pad(p.millisecond, n);
        break;
      case 'z':
        out += zoneName(ms, timeZone);
        break;
      case 'Z':
        out += offsetText(offsetMinutes(ms, timeZone), false);
        break;
      case 'X': {
        const offset = offsetMinutes(ms, timeZone);
        out += offset === 0 ? 'Z' : n === 1 ? offsetText(offset, false).slice(0, 3) : offsetText(offset, n >= 3);
        break;
      }
      default:
        throw new Error(`Illegal pattern character '${letter}'`);
    }
  }
  return out;
}
