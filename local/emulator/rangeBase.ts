import type { Grid } from './grid';
import type { SheetImpl } from './sheet';
import type { StyleLayer } from './sheetCells';

/** What every range method builds on: its rectangle (1-based), shape checks and layer access. */
export class RangeBase {
  constructor(
    readonly sheet: SheetImpl,
    readonly row: number,
    readonly col: number,
    readonly numRows: number,
    readonly numCols: number,
  ) {}

  protected get cells() {
    return this.sheet.cells;
  }

  protected get timeZone(): string {
    return this.sheet.spreadsheet.timeZone;
  }

  protected self(): this {
    return this.sheet.ctx.wrap(this, 'Range');
  }

  /** Each cell of the range through `read`, as a fresh row-major matrix. */
  protected matrix<T>(read: (r: number, c: number) => T): T[][] {
    const out: T[][] = new Array(this.numRows);
    for (let i = 0; i < this.numRows; i++) {
      const row: T[] = new Array(this.numCols);
      for (let j = 0; j < this.numCols; j++) row[j] = read(this.row - 1 + i, this.col - 1 + j);
      out[i] = row;
    }
    return out;
  }

  protected checkShape(data: unknown): unknown[][] {
    if (!Array.isArray(data)) throw new Error("The parameters (String) don't match the method signature.");
    if (data.length !== this.numRows) {
      throw new Error(
        `The number of rows in the data does not match the number of rows in the range. The data has ${data.length} but the range has ${this.numRows}.`,
      );
    }
    for (const row of data) {
      const length = Array.isArray(row) ? row.length : 0;
      if (length !== this.numCols) {
        throw new Error(
          `The number of columns in the data does not match the number of columns in the range. The data has ${length} but the range has ${this.numCols}.`,
        );
      }
    }
    return data as unknown[][];
  }

  protected forEachCell(visit: (r: number, c: number) => void): void {
    for (let r = this.row - 1; r < this.row - 1 + this.numRows; r++) {
      for (let c = this.col - 1; c < this.col - 1 + this.numCols; c++) visit(r, c);
    }
  }

  protected readLayer<T>(grid: Grid<T>, blank: T): T[][] {
    return this.matrix((r, c) => grid.get(r, c) ?? blank);
  }

  protected writeLayer<T>(grid: Grid<T>, data: unknown, blank: T): this {
    const rows = this.checkShape(data);
    this.forEachCell((r, c) => {
      const value = rows[r - this.row + 1]?.[c - this.col + 1] as T | null | undefined;
      grid.set(r, c, value === null || value === undefined || value === blank ? undefined : value);
    });
    return this.self();
  }

  protected fillLayer<T>(grid: Grid<T>, value: T | null | undefined, blank: T): this {
    const stored = value === null || value === undefined || value === blank ? undefined : value;
    this.forEachCell((r, c) => grid.set(r, c, stored));
    return this.self();
  }

  protected style(layer: StyleLayer): Grid<string> {
    return this.cells.styles[layer] as Grid<string>;
  }
}
