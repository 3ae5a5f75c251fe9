import type { CellBlock } from './cellBlocks';
import { a1Of } from './numberFormats';
import { cellInputs } from './rowCells';
import type { Sheet } from './types';

/**
 * Changed cells as one block per touched column, spanning the rows from the first to the
 * last change, with the other rows' values (from the grid just read) written back as they
 * were, formulas as formulas (one getFormulas and one getNumberFormats per block). Calls grow with
 * the columns touched, not the rows. `columnOf` gives a header's 1-based column, and throws
 * for one the sheet lacks: a change is never dropped for want of its column.
 */
export function columnPatchBlocks(
  sheet: Sheet,
  grid: readonly (readonly unknown[])[],
  columnOf: (header: string) => number,
  patches: ReadonlyMap<number, Readonly<Record<string, unknown>>>,
): CellBlock[] {
  const rowsByHeader = new Map<string, Map<number, unknown>>();
  for (const [row, patch] of patches) {
    for (const [header, value] of Object.entries(patch)) {
      const rows = rowsByHeader.get(header) ?? new Map<number, unknown>();
      rows.set(row, value);
      rowsByHeader.set(header, rows);
    }
  }
  const blocks: CellBlock[] = [];
  for (const [header, rows] of rowsByHeader) {
    const column = columnOf(header);
    let first = Number.POSITIVE_INFINITY;
    let last = 0;
    for (const row of rows.keys()) {
      first = Math.min(first, row);
      last = Math.max(last, row);
    }
    const values: unknown[][] = [];
    const previous: unknown[][] = [];
    const generalAreas: string[] = [];
    // A cell holding a formula is written back as its formula: its value alone would replace the user's formula.
    // Text goes by each cell's format (see `cellInputs`).
    const range = sheet.getRange(first, column, last - first + 1, 1);
    const formulas = range.getFormulas();
    const formats = range.getNumberFormats();
    for (let row = first; row <= last; row++) {
      const formula = formulas[row - first]?.[0] ?? '';
      const format = formats[row - first]?.[0] ?? '';
      const stored = grid[row - 1]?.[column - 1] ?? '';
      const inputs = cellInputs(format, rows.has(row) ? rows.get(row) : stored, stored);
      const before = formula !== '' ? formula : inputs.before;
      previous.push([before]);
      values.push([rows.has(row) ? inputs.value : before]);
      if (inputs.general && (rows.has(row) || formula === '')) generalAreas.push(a1Of(row, column, 1, 1));
    }
    blocks.push({ sheet, row: first, column, values, previous, generalAreas });
  }
  return blocks;
}
