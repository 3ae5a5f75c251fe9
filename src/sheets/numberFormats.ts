import { columnLetter } from '../domain/register/columns';
import { adjacentColumns, runsOf } from './runs';
import type { Sheet } from './types';

/**
 * Number formats written as Sheets takes them cheapest: one range list per distinct
 * format, so a block costs two calls per format whatever its rows and columns, and no
 * format string is sent per cell.
 */

/** A1 notation of rows × columns from (row, column), 1-based. */
export function a1Of(row: number, column: number, rows: number, columns: number): string {
  const first = `${columnLetter(column - 1)}${row}`;
  return rows === 1 && columns === 1 ? first : `${first}:${columnLetter(column + columns - 2)}${row + rows - 1}`;
}

/** The areas of each format, in A1 notation. */
export type FormatAreas = ReadonlyMap<string, readonly string[]>;

/** One format per column for a block of `rows` rows from `firstRow`: adjacent columns sharing a format together. */
export function columnFormatAreas(formats: readonly string[], firstRow: number, rows: number): FormatAreas {
  const areas = new Map<string, string[]>();
  if (rows < 1) return areas;
  for (const run of runsOf(formats, (previous, next) => previous === next)) {
    const format = formats[run.start] as string;
    const list = areas.get(format) ?? [];
    list.push(a1Of(firstRow, run.start + 1, rows, run.count));
    areas.set(format, list);
  }
  return areas;
}

/**
 * A grid of formats (row 0 at `firstRow`, column 0 in column A) as areas: runs of one format
 * down each column, runs of the same rows and format in adjacent columns joined. Cells
 * holding `skip` (what a cleared sheet already has) are left out.
 */
export function gridFormatAreas(grid: readonly (readonly string[])[], skip: string, firstRow = 1): FormatAreas {
  const width = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  const byRun = new Map<string, { format: string; row: number; rows: number; columns: number[] }>();
  for (let column = 0; column < width; column += 1) {
    const cells = grid.map((row) => row[column] ?? skip);
    for (const run of runsOf(cells, (previous, next) => previous === next)) {
      const format = cells[run.start] as string;
      if (format === skip) continue;
      const key = `${format}\n${run.start}\n${run.count}`;
      const known = byRun.get(key) ?? { format, row: firstRow + run.start, rows: run.count, columns: [] };
      known.columns.push(column + 1);
      byRun.set(key, known);
    }
  }
  const areas = new Map<string, string[]>();
  for (const { format, row, rows, columns } of byRun.values()) {
    const list = areas.get(format) ?? [];
    for (const [first, count] of adjacentColumns(columns)) list.push(a1Of(row, first, rows, count));
    areas.set(format, list);
  }
  return areas;
}

/** Applies each format to its areas: two calls per format. */
export function applyFormatAreas(sheet: Sheet, areas: FormatAreas): void {
  for (const [format, list] of areas) if (list.length > 0) sheet.getRangeList([...list]).setNumberFormat(format);
}
