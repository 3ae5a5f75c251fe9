import { DAYS, MONTHS } from './calendarNames';
import type { CellValue } from './cellParsing';
import { zonedParts } from './timeZone';

/** Sheets counts days from 1899-12-30; a number under a date format is such a serial. */
const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** The text Sheets shows for `value` under `format` ('' or undefined = automatic). */
export function displayValue(value: CellValue | undefined, format: string | undefined, timeZone: string): string {
  if (value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'string') return value;
  const pattern = format && format !== 'General' && format !== '@' ? format : undefined;
  if (typeof value === 'object') {
    const ms = value.getTime();
    return formatDateValue(
      ms,
      pattern && isDatePattern(pattern) ? pattern : defaultDatePattern(ms, timeZone),
      timeZone,
    );
  }
  if (!pattern) return generalNumber(value);
  if (isDatePattern(pattern)) return formatDateValue(SERIAL_EPOCH_MS + value * DAY_MS, pattern, 'Etc/UTC');
  return formatNumber(value, pattern);
}

function defaultDatePattern(ms: number, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  return p.hour || p.minute || p.second ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd';
}

/** Sheets' automatic format: up to 10 significant digits, exponent for huge or tiny numbers. */
export function generalNumber(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  const abs = Math.abs(value);
  if (abs !== 0 && (abs >= 1e15 || abs < 1e-9)) {
    const [mantissa, exponent] = value.toExponential(5).split('e');
    const cleaned = String(Number(mantissa));
    const power = Number(exponent);
    return `${cleaned}E${power < 0 ? '-' : '+'}${String(Math.abs(power)).padStart(2, '0')}`;
  }
  return String(Number(value.toPrecision(10)));
}

function stripLiterals(pattern: string): string {
  return pattern.replace(/"[^"]*"|\\./g, '');
}

function isDatePattern(pattern: string): boolean {
  return /[ymdhs]/i.test(stripLiterals(pattern).replace(/am\/pm|a\/p/gi, ''));
}

interface NumberPattern {
  readonly before: string;
  readonly after: string;
  readonly percent: boolean;
  readonly maxDecimals: number;
  readonly minDecimals: number;
  readonly minIntegers: number;
  readonly grouping: boolean;
  readonly showPoint: boolean;
}

const numberPatterns = new Map<string, NumberPattern | string>();

/** Reads one format section once; a section without digits is plain text (returned as a string). */
function compileNumberPattern(section: string): NumberPattern | string {
  const cached = numberPatterns.get(section);
  if (cached !== undefined) return cached;
  const core = /[#0?][#0?,]*(?:\.[#0?]*)?|\.[#0?]+/.exec(section);
  let compiled: NumberPattern | string = unquote(section);
  if (core) {
    const [integerPart = '', decimalPart = ''] = core[0].split('.');
    compiled = {
      before: unquote(section.slice(0, core.index)),
      after: unquote(section.slice(core.index + core[0].length)),
      percent: stripLiterals(section).includes('%'),
      maxDecimals: (decimalPart.match(/[#0?]/g) ?? []).length,
      minDecimals: (decimalPart.match(/0/g) ?? []).length,
      minIntegers: (integerPart.match(/0/g) ?? []).length,
      grouping: integerPart.includes(','),
      showPoint: decimalPart.length > 0,
    };
  }
  numberPatterns.set(section, compiled);
  return compiled;
}

function formatNumber(value: number, pattern: string): string {
  const sections = pattern.split(';');
  let section = sections[0] ?? '';
  let sign = value < 0 ? '-' : '';
  if (value < 0 && sections[1] !== undefined) {
    section = sections[1];
    sign = '';
  } else if (value === 0 && sections[2] !== undefined) section = sections[2];
  const spec = compileNumberPattern(section);
  if (typeof spec === 'string') return `${sign}${spec}`;
  const scaled = Math.abs(value) * (spec.percent ? 100 : 1);
  let [whole = '0', fraction = ''] = scaled.toFixed(spec.maxDecimals).split('.');
  while (fraction.length > spec.minDecimals && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const isZero = /^0*$/.test(whole) && /^0*$/.test(fraction);
  whole = whole.replace(/^0+/, '').padStart(spec.minIntegers, '0');
  if (spec.grouping) whole = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const digits = fraction ? `${whole}.${fraction}` : spec.showPoint && spec.minDecimals ? `${whole}.` : whole;
  return `${isZero ? '' : sign}${spec.before}${digits || '0'}${spec.after}`;
}

function unquote(text: string): string {
  return text.replace(/"([^"]*)"|\\(.)/g, (_match, quoted: string | undefined, escaped: string | undefined) =>
    quoted !== undefined ? quoted : (escaped ?? ''),
  );
}

type DateToken = { kind: 'literal'; text: string } | { kind: 'field'; text: string };

const tokenCache = new Map<string, DateToken[]>();

function tokenizeDate(pattern: string): DateToken[] {
  const cached = tokenCache.get(pattern);
  if (cached) return cached;
  const tokens: DateToken[] = [];
  const re = /"([^"]*)"|\\(.)|(am\/pm|a\/p)|([yY]+|[mM]+|[dD]+|[hH]+|[sS]+)|(.)/g;
  for (let match = re.exec(pattern); match; match = re.exec(pattern)) {
    if (match[1] !== undefined) tokens.push({ kind: 'literal', text: match[1] });
    else if (match[2] !== undefined) tokens.push({ kind: 'literal', text: match[2] });
    else if (match[3] !== undefined) tokens.push({ kind: 'field', text: match[3].toLowerCase() });
    else if (match[4] !== undefined) tokens.push({ kind: 'field', text: match[4].toLowerCase() });
    else tokens.push({ kind: 'literal', text: match[5] ?? '' });
  }
  tokenCache.set(pattern, tokens);
  return tokens;
}

/** `m` means minutes right after an hour field or right before a seconds field. */
function isMinutes(tokens: DateToken[], index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const token = tokens[i];
    if (token?.kind === 'field') return token.text.startsWith('h');
  }
  for (let i = index + 1; i < tokens.length; i++) {
    const token = tokens[i];
    if (token?.kind === 'field') return token.text.startsWith('s');
  }
  return false;
}

function formatDateValue(ms: number, pattern: string, timeZone: string): string {
  const p = zonedParts(ms, timeZone);
  const tokens = tokenizeDate(pattern.split(';')[0] ?? pattern);
  const twelveHour = tokens.some((token) => token.kind === 'field' && token.text.includes('/'));
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return tokens
    .map((token, index) => {
      if (token.kind === 'literal') return token.text;
      const t = token.text;
      const n = t.length;
      if (t === 'am/pm') return p.hour < 12 ? 'AM' : 'PM';
      if (t === 'a/p') return p.hour < 12 ? 'A' : 'P';
      switch (t[0]) {
        case 'y':
          return n <= 2 ? pad(p.year % 100, 2) : pad(p.year, 4);
        case 'm':
          if (n <= 2 && isMinutes(tokens, index)) return pad(p.minute, n);
          if (n <= 2) return pad(p.month, n);
          return n === 3 ? (MONTHS[p.month - 1] ?? '').slice(0, 3) : (MONTHS[p.month - 1] ?? '');
        case 'd':
          if (n <= 2) return pad(p.day, n);
          return n === 3 ? (DAYS[p.weekday] ?? '').slice(0, 3) : (DAYS[p.weekday] ?? '');
        case 'h': {
          const hour = twelveHour ? p.hour % 12 || 12 : p.hour;
          return pad(hour, Math.min(n, 2));
        }
        default:
          return pad(p.second, Math.min(n, 2));
      }
    })
    .join('');
}
