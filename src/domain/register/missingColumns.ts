import { distance } from 'fastest-levenshtein';
import { describeValue, isBlank, isDate } from '../cellValue';
import { isoDay } from '../isoDay';
import { MENU_LABELS } from '../menuLabels';
import { type ColumnMap, columnLetter, headerKey } from './columns';
import { type ColumnKind, columnKind, isOptionalHeader } from './schema';

/**
 * A header the add-on needs that a register sheet's row 1 lacks: deleted, renamed or
 * misspelt. Its sentence says where the column most likely went — a column with no header
 * that holds the right kind of values, or a header spelt nearly the same — because reading
 * the sheet as if that column were blank, or adding an empty one beside the real values,
 * would misstate the register.
 */
export interface MissingColumn {
  readonly sheet: string;
  readonly header: string;
  /** 0-based column to point at: the column that looks like it, else the first free one. */
  readonly index: number;
  /** True when a column of the sheet looks like it: the header seems lost, not the column. */
  readonly lookAlike: boolean;
  readonly message: string;
}

/** A used column whose header names no register column: a candidate for a lost header. */
interface Stray {
  readonly index: number;
  /** Its header as typed, '' when blank. */
  readonly heading: string;
  readonly holds: ReadonlySet<ColumnKind>;
}

const KIND_WORDS: Readonly<Record<ColumnKind, string>> = { number: 'numbers', date: 'dates', text: 'text' };
const KIND_ORDER: readonly ColumnKind[] = ['number', 'date', 'text'];

function kindOf(value: unknown): ColumnKind {
  if (typeof value === 'number') return 'number';
  return isDate(value) ? 'date' : 'text';
}

/** A header cell as text; a date (Sheets turns a typed "2026-03-31" into one) as the day it shows. */
function headingOf(cell: unknown, timeZone: string): string {
  if (isBlank(cell)) return '';
  return isDate(cell) ? (Number.isNaN(cell.getTime()) ? '?' : isoDay(cell, timeZone)) : String(cell).trim();
}

function strayColumns(grid: readonly unknown[], columns: ColumnMap<string>, timeZone: string): Stray[] {
  const rows = grid.filter(Array.isArray) as readonly (readonly unknown[])[];
  const header = rows[0] ?? [];
  const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
  const claimed = new Set(Object.values(columns));
  const strays: Stray[] = [];
  for (let index = 0; index < width; index++) {
    if (claimed.has(index)) continue;
    const cell = header[index];
    const holds = new Set<ColumnKind>();
    for (let row = 1; row < rows.length && holds.size < KIND_ORDER.length; row++) {
      const value = rows[row]?.[index];
      if (!isBlank(value)) holds.add(kindOf(value));
    }
    strays.push({ index, heading: headingOf(cell, timeZone), holds });
  }
  return strays;
}

/** A header typed nearly like `header`: a letter or two off, or `header` with words around it. */
function resembles(stray: Stray, header: string, kind: ColumnKind): boolean {
  const typed = headerKey(stray.heading);
  const wanted = headerKey(header);
  if (distance(typed, wanted) <= (wanted.length <= 5 ? 1 : 2)) return true;
  const worded = ` ${typed.replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${wanted} `);
  return worded && (stray.holds.size === 0 || stray.holds.has(kind));
}

/**
 * A column that may be `header` under a lost or changed name: a blank header over values of
 * its kind, a header spelt nearly like it, or (for numbers and dates, which a team's own
 * notes columns rarely hold) any other header over values of its kind. An optional column
 * (Weight) is often simply not there, so a team's own column of numbers is not taken for it.
 */
function looksLike(stray: Stray, header: string, kindOf: (header: string) => ColumnKind): boolean {
  const kind = kindOf(header);
  if (stray.heading === '') return stray.holds.has(kind);
  const byKind = kind !== 'text' && !isOptionalHeader(header) && stray.holds.has(kind);
  return resembles(stray, header, kind) || byKind;
}

function holdings(stray: Stray): string {
  return KIND_ORDER.filter((kind) => stray.holds.has(kind))
    .map((kind) => KIND_WORDS[kind])
    .join(' and ');
}

function described(stray: Stray, header: string): string {
  const column = `column ${columnLetter(stray.index)}`;
  if (stray.heading === '') return `${column} has no header and holds ${holdings(stray)}`;
  const named = `${column} is headed ${describeValue(stray.heading)}`;
  // A name unlike the header's is only a suspect for what it holds.
  return resembles(stray, header, 'text') || stray.holds.size === 0 ? named : `${named} and holds ${holdings(stray)}`;
}

function sentence(sheet: string, header: string, candidates: readonly Stray[]): string {
  const missing = `${sheet} has no ${describeValue(header)} column`;
  const [first, ...others] = candidates;
  if (first === undefined) {
    return `${missing}: type ${header} in row 1 above its values, or run ${MENU_LABELS.setUpRegister} to add the column.`;
  }
  const where = candidates.map((stray) => described(stray, header)).join(' and ');
  if (others.length === 0) {
    return `${missing}; ${where}: was it ${header}? If so, type ${header} in ${columnLetter(first.index)}1.`;
  }
  return `${missing}; ${where}: was one of them ${header}? If so, type ${header} in row 1 of that column.`;
}

/**
 * The `wanted` headers a sheet lacks, given its cells (row 0 = headers) and the known
 * columns found in them; `kindOf` tells what each header's column holds. Costs nothing when
 * no header is missing; otherwise one pass over the columns no known header claims.
 */
export function missingColumns(
  sheet: string,
  grid: readonly unknown[],
  wanted: readonly string[],
  columns: ColumnMap<string>,
  timeZone: string,
  kindOf: (header: string) => ColumnKind = columnKind,
): MissingColumn[] {
  const absent = wanted.filter((header) => columns[header] === undefined);
  if (absent.length === 0) return [];
  const strays = strayColumns(grid, columns, timeZone);
  const firstFree = strays.reduce((last, stray) => Math.max(last, stray.index + 1), 0);
  const nextColumn = Math.max(firstFree, ...Object.values(columns).map((index) => (index ?? 0) + 1));
  return absent.map((header) => {
    const candidates = strays.filter((stray) => looksLike(stray, header, kindOf));
    const index = candidates[0]?.index ?? nextColumn;
    return { sheet, header, index, lookAlike: candidates.length > 0, message: sentence(sheet, header, candidates) };
  });
}
