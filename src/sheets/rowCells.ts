import { isBlank } from '../domain/cellValue';
import { PERCENT_VALUE_FORMAT } from '../domain/edit/percentCells';
import { type CellBlock, writeBlocks } from './cellBlocks';
import { a1Of, applyFormatAreas } from './numberFormats';
import { cellInput, GENERAL, needsGeneral } from './textInput';
import type { Sheet } from './types';

/**
 * A cell's value and the value it held, as they must be written (textInput.ts): both in the
 * format the cell will have, General when either is text that needs its apostrophe in a
 * plain-text cell, so a write undone puts the old text back as text too.
 */
export function cellInputs(
  format: string,
  value: unknown,
  before: unknown,
): { value: unknown; before: unknown; general: boolean } {
  const general = needsGeneral(format, value) || needsGeneral(format, before);
  const applied = general ? GENERAL : format;
  return { value: cellInput(applied, value), before: cellInput(applied, before), general };
}

/**
 * Writes one row's cells given by 1-based column, one setValues per run of adjacent
 * columns (one call when the register's columns sit together). Other cells, such as the
 * Progress formula's column or a user's own columns, are never touched. `before` is the
 * row as read, so a failure part-way puts the row back. `percentColumns` hold a `%`
 * metric's numbers.
 */
export function writeRowCells(
  sheet: Sheet,
  row: number,
  cellsByColumn: ReadonlyMap<number, unknown>,
  before: readonly unknown[] = [],
  percentColumns: ReadonlySet<number> = new Set(),
): void {
  const columns = [...cellsByColumn.keys()].sort((a, b) => a - b);
  const first = columns[0];
  if (first === undefined) return;
  // One read of the written span: text is written by the cells' formats (textInput.ts), and undone as formulas where they were.
  const span = sheet.getRange(row, first, 1, (columns[columns.length - 1] as number) - first + 1);
  const formats = span.getNumberFormats()[0] ?? [];
  const formatOf = (column: number) => formats[column - first] ?? '';
  const blocks: CellBlock[] = [];
  let start = 0;
  while (start < columns.length) {
    let end = start;
    while (end + 1 < columns.length && columns[end + 1] === (columns[end] as number) + 1) end += 1;
    const run = columns.slice(start, end + 1);
    const inputs = run.map((column) =>
      cellInputs(formatOf(column), cellsByColumn.get(column), before[column - 1] ?? ''),
    );
    blocks.push({
      sheet,
      row,
      column: run[0] as number,
      values: [inputs.map((input) => input.value)],
      previous: [inputs.map((input) => input.before)],
      generalAreas: run.filter((_, index) => inputs[index]?.general).map((column) => a1Of(row, column, 1, 1)),
    });
    start = end + 1;
  }
  if (blocks.length > 1) putFormulasBack(span.getFormulas()[0] ?? [], first, blocks);
  // A `%` metric's number shows as a percentage. Only a blank cell takes the format: were the
  // write undone, a number put back under it would read a hundred times larger.
  const percentCells = [...percentColumns]
    .filter((column) => cellsByColumn.has(column) && isBlank(before[column - 1]) && !formatOf(column).includes('%'))
    .map((column) => a1Of(row, column, 1, 1));
  applyFormatAreas(sheet, new Map([[PERCENT_VALUE_FORMAT, percentCells]]));
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
