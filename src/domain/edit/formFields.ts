import { isDate } from '../cellValue';
import { isoDay } from '../isoDay';
import { matchChoice, readStatus } from '../register/cells';
import { idKey } from '../register/ids';
import { fail, ok, type Result } from '../result';

/**
 * The rules of one form field, used by the sidebar (help as the user types) and by the
 * server (the last word): how typed text is read into the value stored, what a cell holds
 * shown as text, and the hint under the field. A rule never trims a cell it shows.
 */

export type FieldReading<T> = Result<T>;

/** What some rules need beyond the text: the register's strategy IDs, for a tactic's link. */
export interface FieldContext {
  readonly strategyIds?: ReadonlySet<string>;
  /** The item's metric is a percentage (its Unit is `%`): its number fields read and show percentages. */
  readonly percent?: boolean;
}

export interface FieldRule<T = unknown> {
  /** The register column the field is stored in. */
  readonly header: string;
  /** The field in a sentence: "The baseline must be a number…". */
  readonly label: string;
  readonly kind: 'text' | 'number' | 'date' | 'choice';
  readonly hint?: string;
  /** The sentence for a blank field that may not be left blank. */
  readonly required?: string;
  /** The values offered, for a choice. */
  readonly choices?: readonly string[];
  /** A number in the metric's unit, shown and read as a percentage when the context says the unit is `%`. */
  readonly percentable?: true;
  read(text: string, context: FieldContext): FieldReading<T>;
  /** A cell as the form shows it: its value as text, unreadable or not. */
  show(cell: unknown, timeZone: string, context?: FieldContext): string;
}

/** A Sheets cell holds at most 50 000 characters. */
export const MAX_CELL_TEXT = 50_000;

/** The hint of every number field, saying how a percentage is stored. */
export const NUMBER_HINT = 'A number, such as 0.25 or 1,250; 8% is stored as 0.08.';

/** The hint of a number field of a metric measured in percent. */
export const PERCENT_HINT = 'A percentage, such as 22.3%; 22.3 means 22.3% too.';

/** A strategy's Unit that makes its metric a percentage, as the sheet's `0.0%` cells show it. */
export function isPercentUnit(unit: string): boolean {
  return unit.trim() === '%';
}

/** The hint under a field, for the item it belongs to. */
export function hintOf(rule: FieldRule, context: FieldContext = {}): string | undefined {
  return rule.percentable && context.percent ? PERCENT_HINT : rule.hint;
}

/** Any cell as text: numbers as JavaScript writes them, dates as days in the sheet's zone, text untouched. */
export function cellText(cell: unknown, timeZone: string): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'string') return cell;
  if (typeof cell === 'boolean') return cell ? 'TRUE' : 'FALSE';
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? '' : isoDay(cell, timeZone);
  return String(cell);
}

interface RuleText {
  readonly hint?: string;
  readonly required?: string;
}

export function textRule(header: string, label: string, text: RuleText = {}): FieldRule<string> {
  return {
    header,
    label,
    kind: 'text',
    ...text,
    read(input) {
      const value = input.trim();
      if (value.length > MAX_CELL_TEXT) {
        const [length, most] = [value.length, MAX_CELL_TEXT].map((n) => n.toLocaleString('en-US'));
        return fail('bad-value', `${label} is ${length} characters long; a cell holds at most ${most}.`);
      }
      return ok(value);
    },
    show: cellText,
  };
}

// 0.25, -3, 1,250.5, .5, 1e3, each optionally followed by % (25% is 0.25, as Sheets reads it).
const NUMBER_TEXT = /^([+-]?(?:(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d*)?|\.\d+))(?:e([+-]?\d+))?(%?)$/i;

/**
 * The number typed text stands for, as Sheets would read it; null when blank, undefined
 * when not a number. With `percent`, a bare number is a percentage too (22.3 is 22.3%).
 * A percentage moves the decimal point in the text, never divides: 1.1 / 100 is not the
 * number 0.011, and a value read back must be the value shown.
 */
export function numberOfText(input: string, percent = false): number | null | undefined {
  const text = input.trim();
  if (text === '') return null;
  const match = NUMBER_TEXT.exec(text);
  if (!match) return undefined;
  const mantissa = (match[1] ?? '').replace(/,/g, '');
  const exponent = Number(match[2] ?? 0) - (match[3] === '%' || percent ? 2 : 0);
  const number = Number(`${mantissa}e${exponent}`);
  return Number.isFinite(number) ? number : undefined;
}

// The shortest text JavaScript gives a number: "-0.223", "1e-7", "1.5e+21".
const NUMBER_STRING = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/;

/** A number as a percentage, every digit kept: 0.223 → "22.3%", 1e-7 → "0.00001%". */
export function percentText(value: number): string {
  const match = NUMBER_STRING.exec(String(value));
  if (!match) return String(value);
  const [, sign = '', whole = '', fraction = '', exponent = '0'] = match;
  let digits = whole + fraction;
  // Where the decimal point falls in `digits` once the value is multiplied by 100.
  let point = whole.length + Number(exponent) + 2;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  }
  if (point > digits.length) digits += '0'.repeat(point - digits.length);
  const integer = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const decimals = digits.slice(point).replace(/0+$/, '');
  return `${sign}${integer}${decimals === '' ? '' : `.${decimals}`}%`;
}

interface NumberText extends RuleText {
  /** The field holds the metric's value, read and shown as a percentage when its unit is `%`. */
  readonly percentable?: true;
}

export function numberRule(
  header: string,
  label: string,
  range?: { readonly min: number; readonly max: number },
  text: NumberText = {},
): FieldRule<number | null> {
  const refusal = range
    ? `${label} must be a number from ${range.min} to ${range.max}.`
    : `${label} must be a number, such as 0.25, 25% or 1,250.`;
  const percentRefusal = `${label} must be a percentage, such as 22.3%.`;
  return {
    header,
    label,
    kind: 'number',
    hint: NUMBER_HINT,
    ...text,
    read(input, context) {
      const percent = text.percentable === true && context.percent === true;
      const value = numberOfText(input, percent);
      if (value === undefined) return fail('bad-value', `${percent ? percentRefusal : refusal}${decimalComma(input)}`);
      if (value !== null && range && (value < range.min || value > range.max))
        return fail('bad-value', `${refusal}${decimalComma(input)}`);
      return ok(value);
    },
    show(cell, timeZone, context) {
      const percent = text.percentable === true && context?.percent === true;
      return percent && typeof cell === 'number' && Number.isFinite(cell)
        ? percentText(cell)
        : cellText(cell, timeZone);
    },
  };
}

/** A hint for a decimal written with a comma (`6,5`), which Sheets reads as thousands or not at all; '' otherwise. */
function decimalComma(input: string): string {
  const typed = input.trim();
  if (!/^-?\d+,\d+%?$/.test(typed)) return '';
  return ` Write a decimal with a point: ${typed.replace(',', '.')}, not ${typed} (a comma separates thousands).`;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar day written as YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const probe = new Date(Date.UTC(year, month - 1, day));
  return probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day;
}

/** A day typed as `2026-03-31`, kept as that text; the server stores it as midnight in the sheet's zone. */
export function dayRule(header: string, label: string): FieldRule<string | null> {
  return {
    header,
    label,
    kind: 'date',
    hint: 'A date written as YYYY-MM-DD.',
    read(input) {
      const text = input.trim();
      if (text === '') return ok(null);
      if (!isIsoDay(text))
        return fail('bad-value', `${label} must be a date written as YYYY-MM-DD, such as 2026-03-31.`);
      return ok(text);
    },
    show: cellText,
  };
}

/** One of `allowed`, matched ignoring case and extra spaces as the register reads it; blank gives `fallback`. */
export function choiceRule<S extends string>(
  header: string,
  label: string,
  allowed: readonly S[],
  fallback: S,
): FieldRule<S> {
  return {
    header,
    label,
    kind: 'choice',
    choices: allowed,
    read(input) {
      if (input.trim() === '') return ok(fallback);
      const match = matchChoice(input, allowed);
      return match !== undefined ? ok(match) : fail('bad-value', `${label} must be one of: ${allowed.join(', ')}.`);
    },
    show(cell, timeZone) {
      const reading = readStatus(cell, timeZone, allowed);
      return reading.ok && reading.value !== null ? reading.value : cellText(cell, timeZone);
    },
  };
}

/** The ID of a strategy of the register (the context's IDs), matched as IDs are; stored as typed; blank allowed unless `required`. */
export function strategyIdRule(header: string, label: string, required?: string): FieldRule<string> {
  return {
    header,
    label,
    kind: 'choice',
    ...(required === undefined ? {} : { required }),
    read(input, context) {
      const id = input.trim();
      if (id !== '' && context.strategyIds && !context.strategyIds.has(idKey(id))) {
        return fail('bad-value', `No strategy has the ID ${JSON.stringify(id)}; choose one from the list.`);
      }
      return ok(id);
    },
    show: cellText,
  };
}
