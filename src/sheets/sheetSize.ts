import type { Range, Sheet } from './types';

export interface SheetSize {
  readonly rows: number;
  readonly columns: number;
}

/** What `insertSheet` gives (fidelity case `new-sheet-size`), so a sheet just made needs no read of its size. */
export const NEW_SHEET_SIZE: SheetSize = { rows: 1000, columns: 26 };

/**
 * The range of `rows` × `columns` cells from A1, the sheet grown first when it is smaller.
 * With the sheet's `size` known (a sheet just made), it grows from that. Otherwise asking
 * for the range is the size check: Sheets refuses a range past the sheet's edge (fidelity
 * case `range-outside-sheet`), so a sheet big enough costs this one call and no read, and
 * only a sheet too small has its size read, to grow it.
 */
export function rangeFromTopLeft(sheet: Sheet, rows: number, columns: number, size?: SheetSize): Range {
  if (size) {
    grow(sheet, size, rows, columns);
    return sheet.getRange(1, 1, rows, columns);
  }
  try {
    return sheet.getRange(1, 1, rows, columns);
  } catch (error) {
    const read = { rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() };
    if (rows <= read.rows && columns <= read.columns) throw error;
    grow(sheet, read, rows, columns);
    return sheet.getRange(1, 1, rows, columns);
  }
}

function grow(sheet: Sheet, size: SheetSize, rows: number, columns: number): void {
  if (rows > size.rows) sheet.insertRowsAfter(size.rows, rows - size.rows);
  if (columns > size.columns) sheet.insertColumnsAfter(size.columns, columns - size.columns);
}
