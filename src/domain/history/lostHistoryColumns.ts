import { type MissingColumn, missingColumns } from '../register/missingColumns';
import { type ColumnKind, SHEET } from '../register/schema';
import { HISTORY_FIELDS, HISTORY_HEADERS, type HistoryFieldType, locateColumns } from './historySchema';

/**
 * Snapshot History columns whose header was lost (blanked, renamed, misspelt) while their
 * values stay in the sheet. A header the history simply never had (a field added in a later
 * version of the add-on) is not lost: older snapshots have no value for it, and the next
 * snapshot adds it at the right. A lost one is different: reading the history would take
 * its values for blanks, and a snapshot would start a second column beside them.
 */

const KIND: Readonly<Record<HistoryFieldType, ColumnKind>> = {
  text: 'text',
  number: 'number',
  date: 'date',
  dateTime: 'date',
};

/** A field added in a later version is recognised by its name only: older histories never had it. */
function kindOf(header: string): ColumnKind {
  const field = HISTORY_FIELDS.find((candidate) => candidate.header === header);
  if (!field || 'late' in field) return 'text';
  return KIND[field.type];
}

/** 0-based columns of a header row that no history field claims; empty when every field has its column. */
export function unclaimedHistoryColumns(headerRow: readonly unknown[]): number[] {
  const located = locateColumns(headerRow);
  if (HISTORY_FIELDS.every((field) => located.has(field.key))) return [];
  const claimed = new Set(located.values());
  return headerRow.flatMap((_, index) => (claimed.has(index) ? [] : [index]));
}

/** The lost columns, from the header row and the cells of the unclaimed columns (row 0 = headers). */
export function lostHistoryColumns(grid: readonly (readonly unknown[])[], timeZone: string): MissingColumn[] {
  const located = locateColumns(grid[0] ?? []);
  const columns: Record<string, number> = {};
  for (const field of HISTORY_FIELDS) {
    const index = located.get(field.key);
    if (index !== undefined) columns[field.header] = index;
  }
  return missingColumns(SHEET.history, grid, HISTORY_HEADERS, columns, timeZone, kindOf).filter(
    (column) => column.lookAlike,
  );
}
