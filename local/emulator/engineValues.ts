import type { DetailedCellError } from 'hyperformula';
import { customFunctionError, EmptyValue, SimpleRangeValue, unknownFunction } from './enginePlugins';
import { zonedInstant, zonedParts } from './timeZone';

/**
 * Values between the formula engine and a custom function, as Sheets passes them: a range
 * is rows of values, one cell is its value, a blank is '', a date is a Date (of the add-on's
 * realm). An array result fills the cells of the formula's first range; one value fills one.
 */

export interface ArgumentSources {
  /** A date the emulator holds as a literal at engine sheet `id`, row, column (the engine keeps only its serial). */
  literalAt(id: number, row: number, col: number): Date | undefined;
  /** A Date of the add-on's realm for an instant. */
  date(ms: number): Date;
  /** The instant a date serial of the spreadsheet's zone names. */
  dateOf(serial: number): Date;
}

interface RichNumber {
  readonly val: number;
  getDetailedType(): string;
}

const isRich = (value: unknown): value is RichNumber =>
  typeof value === 'object' && value !== null && typeof (value as RichNumber).getDetailedType === 'function';

function scalar(value: unknown, sources: ArgumentSources): unknown {
  if (value === EmptyValue || value === null || value === undefined) return '';
  if (isRich(value)) {
    const type = value.getDetailedType();
    if (type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME') return sources.date(sources.dateOf(value.val).getTime());
    return value.val;
  }
  if (typeof value === 'object' && 'value' in value) return String((value as { value: unknown }).value);
  return value;
}

/** The engine's arguments as a custom function receives them in Sheets. */
export function engineArguments(
  args: readonly unknown[],
  references: readonly ({ sheet: number; row: number; col: number } | undefined)[],
  sources: ArgumentSources,
): unknown[] {
  return args.map((arg, index) => {
    const reference = references[index];
    const literal = reference && sources.literalAt(reference.sheet, reference.row, reference.col);
    if (literal) return sources.date(literal.getTime());
    if (!(arg instanceof SimpleRangeValue)) return scalar(arg, sources);
    const start = arg.range?.start;
    const rows = arg.data.map((cells, r) =>
      cells.map((cell, c) => {
        const literal = start ? sources.literalAt(start.sheet, start.row + r, start.col + c) : undefined;
        return literal ? sources.date(literal.getTime()) : scalar(cell, sources);
      }),
    );
    // One cell is passed as its value, as Sheets does for `A2` or `A2:A2`.
    return rows.length === 1 && rows[0]?.length === 1 ? rows[0][0] : rows;
  });
}

const isDateValue = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

/** A value the add-on returned, as a cell holds it. */
function cell(value: unknown, serialOf: (date: Date) => number): unknown {
  if (value === null || value === undefined) return '';
  if (isDateValue(value)) return serialOf(value);
  if (typeof value === 'number')
    return Number.isFinite(value) ? value : customFunctionError('Result was not a number.');
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  return String(value);
}

/** The sentence of an error from any realm (the add-on's errors are not this realm's Error). */
function messageOf(error: unknown): string {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(error);
}

/**
 * Runs the add-on's function (through `execute`, which makes it an execution of its own)
 * and gives the engine its result: a value, rows of values, or `#ERROR!` with the sentence.
 */
export function engineResult(
  name: string,
  fn: ((...args: unknown[]) => unknown) | undefined,
  args: readonly unknown[],
  execute: (call: () => unknown) => unknown,
  serialOf: (date: Date) => number,
): unknown {
  if (!fn) return unknownFunction(name);
  let result: unknown;
  try {
    result = execute(() => fn(...args));
  } catch (error) {
    return customFunctionError(messageOf(error));
  }
  if (!Array.isArray(result)) return cell(result, serialOf);
  const rows = (result.length === 0 ? [['']] : result).map((row: unknown) =>
    Array.isArray(row) ? row.map((value) => cell(value, serialOf)) : [cell(row, serialOf)],
  );
  const width = Math.max(1, ...rows.map((row) => row.length));
  const padded = rows.map((row) => Array.from({ length: width }, (_, c) => (c < row.length ? row[c] : '')));
  return SimpleRangeValue.onlyValues(padded as never);
}

const SERIAL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** Sheets' date serial (days since 1899-12-30, the time a fraction) of an instant, read in `timeZone`. */
export function serialOf(ms: number, timeZone: string): number {
  const p = zonedParts(ms, timeZone);
  const wall = Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second);
  return (wall - SERIAL_EPOCH_MS) / DAY_MS;
}

/** The instant a date serial names in `timeZone`. */
export function dateOfSerial(serial: number, timeZone: string): Date {
  const wall = new Date(SERIAL_EPOCH_MS + Math.round(serial * DAY_MS));
  return new Date(
    zonedInstant(
      timeZone,
      wall.getUTCFullYear(),
      wall.getUTCMonth() + 1,
      wall.getUTCDate(),
      wall.getUTCHours(),
      wall.getUTCMinutes(),
      wall.getUTCSeconds(),
    ),
  );
}

/** What Sheets shows for the engine's own error kinds, with Sheets' sentence where it has one. */
export function sheetsError(error: DetailedCellError, at: string): { value: string; message: string } {
  switch (error.type) {
    case 'SPILL':
      return { value: '#REF!', message: `Array result was not expanded because it would overwrite data in ${at}.` };
    case 'CYCLE':
      return {
        value: '#REF!',
        message: 'Circular dependency detected. To resolve with iterative calculation, see File > Settings.',
      };
    case 'DIV_BY_ZERO':
      return { value: '#DIV/0!', message: error.message || 'Function DIVIDE parameter 2 cannot be zero.' };
    case 'ERROR':
      return {
        value: '#ERROR!',
        message: error.message.startsWith('Parsing error') ? 'Formula parse error.' : error.message,
      };
    default:
      return { value: error.value, message: error.message };
  }
}
