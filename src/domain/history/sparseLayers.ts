/**
 * A generated sheet's formats, colours and notes mostly repeat or stay empty. Writing
 * them as whole-sheet grids moves every cell; these plans move only what differs from
 * a cleared sheet, in a number of writes bounded by the sheet's width.
 */

/** One column's cells from the first to the last cell that is set, for one write. */
export interface ColumnSpan<T> {
  /** 1-based. */
  readonly column: number;
  readonly firstRow: number;
  readonly cells: T[][];
}

/** Per column, the span holding every cell for which `isSet` holds (unset cells in between keep `unset`). */
export function columnSpans<T>(
  grid: readonly (readonly T[])[],
  isSet: (cell: T) => boolean,
  unset: T,
): ColumnSpan<T>[] {
  const width = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  const spans: ColumnSpan<T>[] = [];
  for (let column = 0; column < width; column++) {
    let first = -1;
    let last = -1;
    grid.forEach((row, index) => {
      const cell = row[column] as T;
      if (!isSet(cell)) return;
      if (first < 0) first = index;
      last = index;
    });
    if (first < 0) continue;
    const cells: T[][] = [];
    for (let index = first; index <= last; index++) {
      const cell = grid[index]?.[column] as T;
      cells.push([isSet(cell) ? cell : unset]);
    }
    spans.push({ column: column + 1, firstRow: first + 1, cells });
  }
  return spans;
}

/** A block of rows in one column sharing a number format. */
export interface FormatRun {
  /** 1-based. */
  readonly column: number;
  readonly firstRow: number;
  readonly rows: number;
  readonly format: string;
}

/** Runs of one format down each column, leaving out `skip` (the format a cleared sheet already has). */
export function formatRuns(grid: readonly (readonly string[])[], skip: string): FormatRun[] {
  const width = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  const runs: FormatRun[] = [];
  for (let column = 0; column < width; column++) {
    let start = 0;
    for (let index = 1; index <= grid.length; index++) {
      const format = grid[start]?.[column] ?? skip;
      if (index < grid.length && (grid[index]?.[column] ?? skip) === format) continue;
      if (format !== skip) runs.push({ column: column + 1, firstRow: start + 1, rows: index - start, format });
      start = index;
    }
  }
  return runs;
}

/** Columns of a row up to its last one holding a value ('' and null are blank). */
export function usedWidth(row: readonly unknown[]): number {
  for (let column = row.length - 1; column >= 0; column--)
    if (row[column] !== '' && row[column] !== null) return column + 1;
  return 0;
}

/** Rows of a grid written together at one width. */
export interface ValueBand {
  /** 1-based. */
  readonly firstRow: number;
  readonly rows: number;
  readonly width: number;
}

/**
 * The values of a cleared sheet as at most two bands: the rows down to a split at the
 * grid's full width, the rest only as wide as they are used, the split chosen to move
 * the fewest cells. A wide table above a narrow one (the variance's strategies above its
 * tactics) then stops writing blanks beside the narrow one.
 */
export function valueBands(grid: readonly (readonly unknown[])[]): ValueBand[] {
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
  const bands: ValueBand[] = [];
  if (split > 0) bands.push({ firstRow: 1, rows: split, width: fullWidth });
  const tail = tailWidth[split] ?? 0;
  if (split < rows && tail > 0) bands.push({ firstRow: split + 1, rows: rows - split, width: tail });
  return bands;
}
