import type { CellBlock } from './cellBlocks';
import { a1Of } from './numberFormats';
import { cellInputs } from './rowCells';
import { adjacentColumns } from './runs';
import type { Sheet } from './types';

/**
 * Appending rows to a register sheet in one write per run of adjacent columns: the calls
 * depend on where the sheet's columns sit, never on how many rows are added. Columns left
 * out (the Progress formula's, a user's own) are never written. Everything the append needs
 * to know of the sheet is read before the operation's first write.
 */
export interface RowAppendTarget {
  readonly sheet: Sheet;
  /** 1-based row of the first new row. */
  readonly firstRow: number;
  readonly rowCount: number;
  readonly maxRows: number;
  readonly maxColumns: number;
  /** Number formats of the first new row from column 1, so text is written as text in every format. */
  readonly formats: readonly string[];
}

/** Reads the sheet's size and the formats new rows will take (three calls). */
export function prepareRowAppend(sheet: Sheet, firstRow: number, rowCount: number, width: number): RowAppendTarget {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  // Rows inserted at the end take the format of the last row: read it when the new rows lie beyond.
  const formatRow = Math.min(firstRow, maxRows);
  const span = Math.max(1, Math.min(width, maxColumns));
  const formats = sheet.getRange(formatRow, 1, 1, span).getNumberFormats()[0] ?? [];
  return { sheet, firstRow, rowCount, maxRows, maxColumns, formats };
}

/** Makes room for the rows and for columns up to `lastColumn` (a call each, only when needed). */
export function makeRoom(target: RowAppendTarget, lastColumn: number): void {
  const lastRow = target.firstRow + target.rowCount - 1;
  if (lastRow > target.maxRows) target.sheet.insertRowsAfter(target.maxRows, lastRow - target.maxRows);
  if (lastColumn > target.maxColumns)
    target.sheet.insertColumnsAfter(target.maxColumns, lastColumn - target.maxColumns);
}

/**
 * The blocks that write `rows` (values by position in `columns`, 1-based and ascending)
 * from the target's first row: one per run of adjacent columns. `before` is the sheet's
 * grid as read, so a failed batch puts back what the rows held.
 */
export function rowBlocks(
  target: RowAppendTarget,
  columns: readonly number[],
  rows: readonly (readonly unknown[])[],
  before: readonly (readonly unknown[])[],
): CellBlock[] {
  if (rows.length === 0) return [];
  return adjacentColumns(columns).map(([first, width]) => {
    const offset = columns.indexOf(first);
    const formatOf = (column: number) => target.formats[column - 1] ?? '';
    // Text goes as textInput.ts says: a cell whose new or old text needs its apostrophe is made General first.
    const inputs = rows.map((row, r) =>
      Array.from({ length: width }, (_, k) =>
        cellInputs(formatOf(first + k), row[offset + k] ?? '', before[target.firstRow - 1 + r]?.[first - 1 + k] ?? ''),
      ),
    );
    const generalAreas: string[] = [];
    for (let k = 0; k < width; k += 1) {
      let runStart = -1;
      const close = (end: number) => {
        if (runStart >= 0) generalAreas.push(a1Of(target.firstRow + runStart, first + k, end - runStart, 1));
        runStart = -1;
      };
      inputs.forEach((cells, r) => {
        if (cells[k]?.general) {
          if (runStart < 0) runStart = r;
        } else close(r);
      });
      close(inputs.length);
    }
    return {
      sheet: target.sheet,
      row: target.firstRow,
      column: first,
      values: inputs.map((cells) => cells.map((input) => input.value)),
      previous: inputs.map((cells) => cells.map((input) => input.before)),
      generalAreas,
    };
  });
}
