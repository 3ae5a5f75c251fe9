import type { IdAssignment } from '../domain/register/ids';
import type { Sheet } from './types';

/**
 * Writes new IDs in one call: the span of the ID column from the first to the last
 * assigned row, keeping the IDs already there (taken from the grid just read).
 */
export function writeIds(
  sheet: Sheet,
  grid: readonly (readonly unknown[])[],
  column: number,
  ids: readonly IdAssignment[],
): void {
  if (ids.length === 0) return;
  let first = Number.POSITIVE_INFINITY;
  let last = 0;
  for (const { row } of ids) {
    first = Math.min(first, row);
    last = Math.max(last, row);
  }
  const assigned = new Map(ids.map((assignment) => [assignment.row, assignment.id]));
  const values: unknown[][] = [];
  for (let row = first; row <= last; row++) {
    values.push([assigned.get(row) ?? grid[row - 1]?.[column - 1] ?? '']);
  }
  sheet.getRange(first, column, values.length, 1).setValues(values);
}
