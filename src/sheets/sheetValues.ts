import type { Sheet } from './types';

/**
 * Every used cell of a sheet in one call: `getSheetValues` with `-1` counts reads to the
 * last row and column with content (fidelity case `sheet-values-to-end`). A sheet with
 * nothing in it gives no rows, whether Sheets refuses the read (`sheet-values-to-end-empty`)
 * or answers with one blank cell.
 */
export function readUsedValues(sheet: Sheet): unknown[][] {
  let values: unknown[][];
  try {
    values = sheet.getSheetValues(1, 1, -1, -1);
  } catch (error) {
    if (sheet.getLastRow() === 0) return [];
    throw error;
  }
  const only = values.length === 1 ? values[0] : undefined;
  return only !== undefined && only.length === 1 && only[0] === '' ? [] : values;
}

/** The header row, as wide as the sheet's last used column: two calls. */
export function readHeaderRow(sheet: Sheet): unknown[] {
  const width = sheet.getLastColumn();
  if (width === 0) return [];
  return sheet.getSheetValues(1, 1, 1, width)[0] ?? [];
}
