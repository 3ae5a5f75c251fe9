import { type CellBlock, writeBlocks } from './cellBlocks';
import type { Sheet } from './types';

/** The number format of a cell formatted as plain text. */
const PLAIN_TEXT = '@';

/**
 * Text as a user means it: Sheets parses a written string as if typed, so `=1+1` would
 * become a formula and `25%` a number. A leading apostrophe stores the rest literally.
 */
export function literal(value: unknown): unknown {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
}

/**
 * `literal` for a cell of the given number format: a cell formatted as plain text stores
 * any text as given, apostrophe included, so there the text goes alone.
 */
export function literalIn(format: string, value: unknown): unknown {
  return format === PLAIN_TEXT ? value : literal(value);
}

/**
 * Writes one row's cells given by 1-based column, one setValues per run of adjacent
 * columns (one call when the register's columns sit together). Other cells, such as the
 * Progress formula's column or a user's own columns, are never touched. `before` is the
 * row as read, so a failure part-way puts the row back.
 */
export function writeRowCells(
  sheet: Sheet,
  row: number,
  cellsByColumn: ReadonlyMap<number, unknown>,
  before: readonly unknown[] = [],
): void {
  const columns = [...cellsByColumn.keys()].sort((a, b) => a - b);
  const first = columns[0];
  if (first === undefined) return;
  // One read of the written span: text is written by the cells' formats, and undone as formulas where they were.
  const span = sheet.getRange(row, first, 1, (columns[columns.length - 1] as number) - first + 1);
  const formats = span.getNumberFormats()[0] ?? [];
  const formatOf = (column: number) => formats[column - first] ?? '';
  const blocks: CellBlock[] = [];
  let start = 0;
  while (start < columns.length) {
    let end = start;
    while (end + 1 < columns.length && columns[end + 1] === (columns[end] as number) + 1) end += 1;
    const run = columns.slice(start, end + 1);
    blocks.push({
      sheet,
      row,
      column: run[0] as number,
      values: [run.map((column) => literalIn(formatOf(column), cellsByColumn.get(column)))],
      previous: [run.map((column) => literalIn(formatOf(column), before[column - 1] ?? ''))],
    });
    start = end + 1;
  }
  if (blocks.length > 1) putFormulasBack(span.getFormulas()[0] ?? [], first, blocks);
  writeBlocks(blocks);
}

/** Undoing a write of several blocks must restore a formula as its formula, not its last value. */
function putFormulasBack(formulas: readonly string[], first: number, blocks: CellBlock[]): void {
  for (const block of blocks) {
    block.previous[0]?.forEach((_, index) => {
      const formula = formulas[block.column - first + index] ?? '';
      if (formula !== '' && block.previous[0]) block.previous[0][index] = formula;
    });
  }
}
