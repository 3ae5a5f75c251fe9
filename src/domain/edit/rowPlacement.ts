import { planIds } from '../register/ids';
import { rowVersion } from '../rowVersion';

interface Item {
  readonly row: number;
  readonly id: string;
}

/** Where a saved form goes: a row and its ID (new when the row had none), or stale when the row changed since load. */
export type RowPlacement =
  | { readonly stale: false; readonly row: number; readonly id: string; readonly writeId: boolean }
  | { readonly stale: true };

/**
 * Places a save: the row being edited when its cells still match the version the sidebar
 * loaded, else stale; a new item goes after the last one with the next free ID.
 */
export function placeRow(
  grid: readonly (readonly unknown[])[],
  items: readonly Item[],
  prefix: 'S' | 'T',
  edited: { readonly row?: number; readonly version?: string },
): RowPlacement {
  if (edited.row !== undefined) {
    const existing = items.find((item) => item.row === edited.row);
    if (!existing || rowVersion(grid[edited.row - 1] ?? []) !== edited.version) return { stale: true };
    if (existing.id !== '') return { stale: false, row: existing.row, id: existing.id, writeId: false };
  }
  const row = edited.row ?? items.reduce((last, item) => Math.max(last, item.row), 1) + 1;
  const others = items.filter((item) => item.row !== row);
  const id = planIds([...others, { row, id: '' }], prefix).find((assignment) => assignment.row === row)?.id ?? '';
  return { stale: false, row, id, writeId: true };
}
