/**
 * Runs of neighbours that belong together, so the adapter makes one call per run instead
 * of one per cell: adjacent columns to read or write together, cells sharing a format.
 */

/** One run: where it starts in the list, and how many items it holds. */
export interface Run {
  readonly start: number;
  readonly count: number;
}

/** The runs of `items` in order, a new run starting wherever `together(previous, next)` fails. */
export function runsOf<T>(items: readonly T[], together: (previous: T, next: T) => boolean): Run[] {
  const runs: { start: number; count: number }[] = [];
  items.forEach((item, index) => {
    const last = runs[runs.length - 1];
    if (last && together(items[index - 1] as T, item)) last.count += 1;
    else runs.push({ start: index, count: 1 });
  });
  return runs;
}

/** Sorted, distinct column numbers as [first column, width] of each run of adjacent ones. */
export function adjacentColumns(columns: readonly number[]): [number, number][] {
  return runsOf(columns, (previous, next) => next === previous + 1).map((run) => [
    columns[run.start] as number,
    run.count,
  ]);
}
