import { HISTORY_COLUMN_FORMATS, HISTORY_FIELDS, locateColumns } from './historySchema';

/**
 * Snapshot rows are built in the default column order; a history sheet may have its
 * columns reordered, extra columns of the user's, or miss some. Alignment maps each
 * field to the sheet's column and lists the headers to add at the right.
 */
export interface HistoryAlignment {
  /** The header row after alignment: the sheet's own, plus missing headers at the right. */
  readonly headerRow: readonly unknown[];
  readonly addedHeaders: readonly string[];
  /** 0-based sheet column of each field, in HISTORY_FIELDS order. */
  readonly columnOfField: readonly number[];
}

export function alignHistory(existingHeaderRow: readonly unknown[]): HistoryAlignment {
  const found = locateColumns(existingHeaderRow);
  const headerRow = [...existingHeaderRow];
  const addedHeaders: string[] = [];
  const columnOfField = HISTORY_FIELDS.map((field) => {
    const column = found.get(field.key);
    if (column !== undefined) return column;
    addedHeaders.push(field.header);
    headerRow.push(field.header);
    return headerRow.length - 1;
  });
  return { headerRow, addedHeaders, columnOfField };
}

/** Rows (in default field order) rearranged to the sheet's columns; user columns stay blank. */
export function placeRows(rows: readonly (readonly unknown[])[], alignment: HistoryAlignment): unknown[][] {
  const width = alignment.headerRow.length;
  return rows.map((row) => {
    const placed: unknown[] = new Array(width).fill('');
    alignment.columnOfField.forEach((column, field) => {
      placed[column] = row[field] ?? '';
    });
    return placed;
  });
}

/** Number formats of a placed row: each field's own, plain text (`@`) in user columns. */
export function placedFormats(alignment: HistoryAlignment): string[] {
  const formats: string[] = new Array(alignment.headerRow.length).fill('@');
  alignment.columnOfField.forEach((column, field) => {
    formats[column] = HISTORY_COLUMN_FORMATS[field] ?? '@';
  });
  return formats;
}
