import type { Range, Sheet } from './types';

/**
 * The range of `rows` × `columns` cells from A1, the sheet grown first when it is smaller.
 * Sheets refuses a range past the sheet's edge (fidelity case `range-outside-sheet`), so
 * asking for the range is the size check: a sheet big enough costs this one call and no
 * read, and only a sheet too small has its size read, to grow it.
 */
export function rangeFromTopLeft(sheet: Sheet, rows: number, columns: number): Range {
  try {
    return sheet.getRange(1, 1, rows, columns);
  } catch (error) {
    const maxRows = sheet.getMaxRows();
    const maxColumns = sheet.getMaxColumns();
    if (rows <= maxRows && columns <= maxColumns) throw error;
    if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
    if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
    return sheet.getRange(1, 1, rows, columns);
  }
}
