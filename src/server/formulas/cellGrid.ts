import { RegisterError } from '../../domain/errors';

/**
 * Custom functions receive a single value for one cell and rows of values for a range.
 * These helpers let a formula be written once, cell by cell, and still fill a whole
 * column in one call: ranges must share a shape, single values broadcast.
 */

export interface CellContext {
  /** The formula's name, for error sentences. */
  readonly formula: string;
  /** 1-based position inside the range argument(s), or undefined when every argument is a single value. */
  readonly row: number | undefined;
  readonly column: number | undefined;
}

type Grid = readonly (readonly unknown[])[];

function isGrid(value: unknown): value is Grid {
  return Array.isArray(value) && value.every(Array.isArray);
}

function shapeOf(grid: Grid): string {
  return `${grid.length}×${grid[0]?.length ?? 0}`;
}

/**
 * Applies `compute` to each cell position across the arguments. Returns one value when
 * no argument is a range, otherwise a grid of the ranges' common shape. A bad argument in
 * one row of a range (text where a number belongs) puts its sentence in that row's cell
 * and lets every other row keep its value, as the history formulas do: one typo must not
 * turn a whole column into #ERROR!. With single values it throws, so the cell shows it.
 */
export function mapCells(
  formula: string,
  argNames: readonly string[],
  args: readonly unknown[],
  compute: (cells: readonly unknown[], at: CellContext) => unknown,
): unknown {
  const grids = args.map((arg) => (isGrid(arg) ? arg : undefined));
  const first = grids.findIndex((grid) => grid !== undefined);
  if (first < 0) return compute(args, { formula, row: undefined, column: undefined });

  const model = grids[first] as Grid;
  grids.forEach((grid, index) => {
    if (grid === undefined) return;
    const sameShape = grid.length === model.length && grid.every((row, r) => row.length === model[r]?.length);
    if (!sameShape) {
      throw new RegisterError(
        'shape-mismatch',
        `${formula}: ${argNames[index]} is a ${shapeOf(grid)} range but ${argNames[first]} is ${shapeOf(model)}; ranges must have the same number of rows and columns.`,
      );
    }
  });

  return model.map((modelRow, r) =>
    modelRow.map((_, c) => {
      const cells = args.map((arg, index) => {
        const grid = grids[index];
        return grid === undefined ? arg : grid[r]?.[c];
      });
      return inRow(() => compute(cells, { formula, row: r + 1, column: c + 1 }));
    }),
  );
}

/** A row's value, or the sentence of its bad argument. */
function inRow(compute: () => unknown): unknown {
  try {
    return compute();
  } catch (error) {
    if (error instanceof RegisterError && error.code === 'bad-argument') return error.message;
    throw error;
  }
}

/** Where a bad value sits, in words: "in row 3 of the range", or nothing for a single value. */
export function positionInRange(at: CellContext): string {
  if (at.row === undefined) return '';
  return at.column === 1 || at.column === undefined
    ? ` in row ${at.row} of the range`
    : ` in row ${at.row}, column ${at.column} of the range`;
}
