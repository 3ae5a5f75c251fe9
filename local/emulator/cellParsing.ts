import { isDate } from './context';
import { zonedInstant } from './timeZone';

/** What a cell holds: '' is never stored, a blank cell is `undefined`. */
export type CellValue = string | number | boolean | Date;

/**
 * How Sheets reads a written string where its behaviour is assumed rather than documented,
 * so tests can run the add-on under each reading (see README, "Input rules").
 */
export interface CellInputRules {
  /** A string written into a cell formatted `@`: stored as given (assumed), or read as if typed. */
  readonly plainTextCell: 'as-given' | 'as-typed';
  /** A leading apostrophe stored as given in a `@` cell: kept as a character (assumed), or dropped. */
  readonly apostropheInPlainText: 'kept' | 'dropped';
  /** A leading apostrophe anywhere else: marks the rest as text and is dropped (assumed), or is kept. */
  readonly apostropheElsewhere: 'marks-text' | 'kept';
}

/** The readings the emulator assumes unless told otherwise. */
export const ASSUMED_INPUT_RULES: CellInputRules = {
  plainTextCell: 'as-given',
  apostropheInPlainText: 'kept',
  apostropheElsewhere: 'marks-text',
};

/** The result of putting one input into a cell. */
export interface ParsedCell {
  readonly value: CellValue | undefined;
  readonly formula?: string;
  /** A number format Sheets picks by itself for what was typed (e.g. `0%` for "25%"). */
  readonly autoFormat?: string;
}

const NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:[eE][+-]?\d+)?$/;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;

function parseNumber(text: string): number | undefined {
  if (!NUMBER.test(text) || !/\d/.test(text)) return undefined;
  const value = Number(text.replace(/,/g, ''));
  return Number.isFinite(value) ? value : undefined;
}

function parseIsoDate(text: string, timeZone: string): Date | undefined {
  const match = ISO_DATE.exec(text);
  if (!match) return undefined;
  const [year, month, day, hour, minute, second] = match.slice(1).map((part) => Number(part ?? 0)) as number[];
  if (month === undefined || day === undefined || month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(year ?? 0, month, 0)).getUTCDate()) return undefined;
  if ((hour ?? 0) > 23 || (minute ?? 0) > 59 || (second ?? 0) > 59) return undefined;
  return new Date(zonedInstant(timeZone, year ?? 0, month, day, hour, minute, second));
}

/** Text starting with a letter other than t/f cannot be a number, boolean or date: skip the parsers. */
function isPlainWord(text: string): boolean {
  const first = text.charCodeAt(0) | 0x20;
  return first >= 0x61 && first <= 0x7a && first !== 0x74 && first !== 0x66;
}

/** A formula's value is the engine's to give (formulaEngine.ts). */
function formulaCell(formula: string): ParsedCell {
  return { value: undefined, formula };
}

/** Text after a leading apostrophe; a lone apostrophe leaves the cell blank. */
function afterApostrophe(text: string): ParsedCell {
  return text.length > 1 ? { value: text.slice(1) } : { value: undefined };
}

/**
 * A value written by `setValues`, read the way Sheets reads what a user types: formulas,
 * numbers, percentages, booleans, ISO dates; a leading apostrophe or a `@` (plain text)
 * number format keeps the text as given, each as `rules` say.
 */
export function parseTyped(
  input: unknown,
  timeZone: string,
  textFormat: boolean,
  rules: CellInputRules = ASSUMED_INPUT_RULES,
): ParsedCell {
  if (input === null || input === undefined || input === '') return { value: undefined };
  if (typeof input === 'number') return { value: Number.isFinite(input) ? input : String(input) };
  if (typeof input === 'boolean') return { value: input };
  if (isDate(input)) return { value: new Date(input.getTime()) };
  const text = typeof input === 'string' ? input : String(input);
  if (textFormat && rules.plainTextCell === 'as-given') {
    return text.startsWith("'") && rules.apostropheInPlainText === 'dropped' ? afterApostrophe(text) : { value: text };
  }
  if (text.startsWith("'")) return rules.apostropheElsewhere === 'kept' ? { value: text } : afterApostrophe(text);
  if (text.startsWith('=') && text.length > 1) return formulaCell(text);
  if (isPlainWord(text)) return { value: text };
  const trimmed = text.trim();
  const number = parseNumber(trimmed);
  if (number !== undefined) return { value: number };
  if (/^[+-]?[\d.,]+%$/.test(trimmed)) {
    const percent = parseNumber(trimmed.slice(0, -1));
    if (percent !== undefined) return { value: percent / 100, autoFormat: Number.isInteger(percent) ? '0%' : '0.00%' };
  }
  if (/^(true|false)$/i.test(trimmed)) return { value: trimmed.toUpperCase() === 'TRUE' };
  // Sheets reads "+A1" or "-A1" typed into a cell as the formula "=+A1" / "=-A1".
  if ((text.startsWith('+') || text.startsWith('-')) && text.length > 1) return formulaCell(`=${text}`);
  const date = parseIsoDate(trimmed, timeZone);
  if (date) return { value: date, autoFormat: ISO_DATE.exec(trimmed)?.[4] ? 'yyyy-mm-dd hh:mm:ss' : 'yyyy-mm-dd' };
  return { value: text };
}

/** A value stored exactly as given (no typed-by-user reading), for raw seeding. */
export function rawCell(input: unknown): CellValue | undefined {
  if (input === null || input === undefined || input === '') return undefined;
  if (typeof input === 'string' || typeof input === 'number' || typeof input === 'boolean') return input;
  if (isDate(input)) return new Date(input.getTime());
  return String(input);
}
