/**
 * A generated sheet's values, colours and notes mostly stay empty. Writing them as
 * whole-sheet grids moves every cell; these plans move only what differs from a cleared
 * sheet, in a fixed number of writes.
 */

/** A rectangle of a grid: 1-based first row and column, and its size. */
export interface Area {
  readonly row: number;
  readonly column: number;
  readonly rows: number;
  readonly columns: number;
}

/** Columns of a row up to its last one holding a value ('' and null are blank). */
export function usedWidth(row: readonly unknown[]): number {
  for (let column = row.length - 1; column >= 0; column--)
    if (row[column] !== '' && row[column] !== null) return column + 1;
  return 0;
}

/**
 * The values of a cleared sheet as at most two bands: the rows down to a split at the
 * grid's full width, the rest only as wide as they are used, the split chosen to move
 * the fewest cells. A wide table above a narrow one (the variance's strategies above its
 * tactics) then stops writing blanks beside the narrow one.
 */
export function valueBands(grid: readonly (readonly unknown[])[]): Area[] {
  const rows = grid.length;
  const fullWidth = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  if (rows === 0 || fullWidth === 0) return [];
  // tailWidth[s]: the widest used row from s to the end.
  const tailWidth = new Array<number>(rows + 1).fill(0);
  for (let index = rows - 1; index >= 0; index--)
    tailWidth[index] = Math.max(tailWidth[index + 1] ?? 0, usedWidth(grid[index] ?? []));
  let split = 0;
  let fewest = Number.POSITIVE_INFINITY;
  for (let s = 0; s <= rows; s++) {
    const cells = s * fullWidth + (rows - s) * (tailWidth[s] ?? 0);
    if (cells < fewest) {
      fewest = cells;
      split = s;
    }
  }
  const bands: Area[] = [];
  if (split > 0) bands.push({ row: 1, column: 1, rows: split, columns: fullWidth });
  const tail = tailWidth[split] ?? 0;
  if (split < rows && tail > 0) bands.push({ row: split + 1, column: 1, rows: rows - split, columns: tail });
  return bands;
}

/**
 * Per section of the sheet (rows between blank rows of `values`, as tables are laid out),
 * the smallest rectangle holding every cell of `layer` for which `isSet` holds: one write
 * per table whatever its rows, and none for a table with nothing set.
 */
export function sectionAreas<T>(
  values: readonly (readonly unknown[])[],
  layer: readonly (readonly T[])[],
  isSet: (cell: T) => boolean,
): Area[] {
  const areas: Area[] = [];
  let box: { top: number; bottom: number; left: number; right: number } | undefined;
  const close = () => {
    if (box)
      areas.push({
        row: box.top + 1,
        column: box.left + 1,
        rows: box.bottom - box.top + 1,
        columns: box.right - box.left + 1,
      });
    box = undefined;
  };
  layer.forEach((cells, row) => {
    if (usedWidth(values[row] ?? []) === 0) close();
    cells.forEach((cell, column) => {
      if (!isSet(cell)) return;
      if (!box) box = { top: row, bottom: row, left: column, right: column };
      box.bottom = row;
      box.left = Math.min(box.left, column);
      box.right = Math.max(box.right, column);
    });
  });
  close();
  return areas;
}

/** The cells of `grid` in `area`, with `unset` for anything missing. */
export function cellsIn<T>(grid: readonly (readonly T[])[], area: Area, unset: T): T[][] {
  return Array.from({ length: area.rows }, (_, r) =>
    Array.from({ length: area.columns }, (_, c) => grid[area.row - 1 + r]?.[area.column - 1 + c] ?? unset),
  );
}
