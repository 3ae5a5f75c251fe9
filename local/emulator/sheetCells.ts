import type { DataValidationImpl } from './builders';
import type { CellValue } from './cellParsing';
import { Grid } from './grid';

/** What a SPARKLINE cell draws: its numbers and options (`charttype`, `color`…, keys in lower case). */
export interface SparklineSpec {
  readonly data: readonly number[];
  readonly options: Readonly<Record<string, string>>;
}

/** Per-cell formatting a script can set and read back; stored, never rendered. */
export const STYLE_LAYERS = [
  'numberFormats',
  'backgrounds',
  'fontColors',
  'fontWeights',
  'fontStyles',
  'horizontalAlignments',
  'verticalAlignments',
  'wraps',
] as const;
export type StyleLayer = (typeof STYLE_LAYERS)[number];

/** Every layer of one sheet's cells, kept as sparse row arrays so big sheets stay cheap. */
export class SheetCells {
  readonly values = new Grid<CellValue>();
  readonly formulas = new Grid<string>();
  readonly notes = new Grid<string>();
  readonly validations = new Grid<DataValidationImpl>();
  /** Cells an array formula's result fills (their values are the formula's, not typed). */
  readonly spills = new Grid<true>();
  /** The sentence behind a formula's error value (`#ERROR!`, `#REF!`…), which Sheets shows on hover. */
  readonly formulaErrors = new Grid<string>();
  readonly sparklines = new Grid<SparklineSpec>();
  readonly styles: Record<StyleLayer, Grid<string | boolean>> = Object.fromEntries(
    STYLE_LAYERS.map((layer) => [layer, new Grid<string | boolean>()]),
  ) as Record<StyleLayer, Grid<string | boolean>>;

  private all(): Grid<unknown>[] {
    return [
      this.values,
      this.formulas,
      this.notes,
      this.validations,
      this.spills,
      this.formulaErrors,
      this.sparklines,
      ...Object.values(this.styles),
    ] as Grid<unknown>[];
  }

  /** The 1-based last row holding a value or formula; 0 when none. */
  lastRow(): number {
    const rows = this.values.rows;
    for (let r = Math.max(rows.length, this.formulas.rows.length) - 1; r >= 0; r--) {
      if (rows[r]?.some((value) => value !== undefined) || this.formulas.rows[r]?.some((f) => f !== undefined)) {
        return r + 1;
      }
    }
    return 0;
  }

  /** The 1-based last column holding a value or formula; 0 when none. */
  lastColumn(): number {
    let last = 0;
    for (const grid of [this.values, this.formulas] as Grid<unknown>[]) {
      for (const cells of grid.rows) {
        if (!cells) continue;
        for (let c = cells.length - 1; c >= last; c--) {
          if (cells[c] !== undefined) {
            last = c + 1;
            break;
          }
        }
      }
    }
    return last;
  }

  clearContents(row: number, col: number, numRows: number, numCols: number): void {
    this.values.clearRect(row, col, numRows, numCols);
    this.formulas.clearRect(row, col, numRows, numCols);
    this.formulaErrors.clearRect(row, col, numRows, numCols);
    this.sparklines.clearRect(row, col, numRows, numCols);
  }

  clearFormats(row: number, col: number, numRows: number, numCols: number): void {
    for (const grid of Object.values(this.styles)) grid.clearRect(row, col, numRows, numCols);
  }

  insertRows(at: number, count: number): void {
    for (const grid of this.all()) grid.insertRows(at, count);
  }

  deleteRows(at: number, count: number): void {
    for (const grid of this.all()) grid.deleteRows(at, count);
  }

  insertColumns(at: number, count: number): void {
    for (const grid of this.all()) grid.insertColumns(at, count);
  }

  deleteColumns(at: number, count: number): void {
    for (const grid of this.all()) grid.deleteColumns(at, count);
  }
}
