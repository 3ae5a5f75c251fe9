import type { Sheet } from './types';

/** Every used cell of a sheet in one read; a sheet with nothing in it gives no rows. */
export function readUsedValues(sheet: Sheet): unknown[][] {
  const values: unknown[][] = sheet.getDataRange().getValues();
  const only = values.length === 1 ? values[0] : undefined;
  return only !== undefined && only.length === 1 && only[0] === '' ? [] : values;
}

/** The header row, as wide as the sheet's last used column: two calls. */
export function readHeaderRow(sheet: Sheet): unknown[] {
  const width = sheet.getLastColumn();
  if (width === 0) return [];
  return sheet.getSheetValues(1, 1, 1, width)[0] ?? [];
}
