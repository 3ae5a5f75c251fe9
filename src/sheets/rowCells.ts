import { type CellBlock, writeBlocks } from './cellBlocks';
import type { Sheet } from './types';

/**
 * Text as a user means it: Sheets parses a written string as if typed, so `=1+1` would
 * become a formula and `25%` a number. A leading apostrophe stores the rest literally.
 */
export function literal(value: unknown): unknown {
  return typeof value === 'string' && value !== '' ? `'${value}` : value;
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
      values: [run.map((column) => literal(cellsByColumn.get(column)))],
      previous: [run.map((column) => literal(before[column - 1] ?? ''))],
    });
    start = end + 1;
  }
  if (blocks.length > 1) putFormulasBack(sheet, row, columns, blocks);
  writeBlocks(blocks);
}

/**
 * Undoing a write of several blocks must restore a formula as its formula, not its last value:
 * one getFormulas over the row's written span.
 */
function putFormulasBack(sheet: Sheet, row: number, columns: readonly number[], blocks: CellBlock[]): void {
  const first = columns[0] as number;
  const formulas = sheet.getRange(row, first, 1, (columns.at(-1) as number) - first + 1).getFormulas()[0] ?? [];
  for (const block of blocks) {
    block.previous[0]?.forEach((_, index) => {
      const formula = formulas[block.column - first + index] ?? '';
      if (formula !== '' && block.previous[0]) block.previous[0][index] = formula;
    });
  }
}
