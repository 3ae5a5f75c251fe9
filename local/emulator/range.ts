import { a1Notation } from './a1';
import { type CellValue, parseTyped } from './cellParsing';
import { displayValue } from './numberFormat';
import type { ProtectionImpl } from './protection';
import { RangeFormatting } from './rangeFormatting';
import type { SheetImpl } from './sheet';

/** A rectangle of one sheet (1-based), reading and writing the sheet's cell layers. */
export class RangeImpl extends RangeFormatting {
  private readValue(value: CellValue | undefined): CellValue {
    if (value === undefined) return '';
    // Stored values are primitives except dates, so typeof is the cheap date test.
    return typeof value === 'object' ? this.sheet.ctx.makeDate(value.getTime()) : value;
  }

  /** Writes one typed-by-user input at 0-based (r, c); the grid grows as needed. */
  _writeTyped(r: number, c: number, input: unknown): void {
    const cells = this.cells;
    const formats = cells.styles.numberFormats;
    const textFormat = !formats.isEmpty && formats.get(r, c) === '@';
    const parsed = parseTyped(input, this.timeZone, textFormat, this.sheet.ctx.inputRules);
    cells.values.set(r, c, parsed.value);
    if (parsed.formula !== undefined || !cells.formulas.isEmpty) cells.formulas.set(r, c, parsed.formula);
    if (!cells.formulaErrors.isEmpty) cells.formulaErrors.set(r, c, undefined);
    if (!cells.sparklines.isEmpty) cells.sparklines.set(r, c, undefined);
    if (parsed.autoFormat && !formats.get(r, c)) formats.set(r, c, parsed.autoFormat);
  }

  getValues(): CellValue[][] {
    const values = this.cells.values;
    return this.matrix((r, c) => this.readValue(values.get(r, c)));
  }

  getValue(): CellValue {
    return this.readValue(this.cells.values.get(this.row - 1, this.col - 1));
  }

  setValues(values: unknown[][]): this {
    const data = this.checkShape(values);
    for (let i = 0; i < this.numRows; i++) {
      const row = data[i] as unknown[];
      for (let j = 0; j < this.numCols; j++) this._writeTyped(this.row - 1 + i, this.col - 1 + j, row[j]);
    }
    this._recalculate();
    return this.self();
  }

  setValue(value: unknown): this {
    this.forEachCell((r, c) => this._writeTyped(r, c, value));
    this._recalculate();
    return this.self();
  }

  /** Recalculates the formulas this range's cells feed, as Sheets does after every write. */
  _recalculate(): void {
    this.sheet.spreadsheet.formulas.written(this.sheet, this.row - 1, this.col - 1, this.numRows, this.numCols);
  }

  getFormulas(): string[][] {
    const formulas = this.cells.formulas;
    return this.matrix((r, c) => formulas.get(r, c) ?? '');
  }

  getFormula(): string {
    return this.cells.formulas.get(this.row - 1, this.col - 1) ?? '';
  }

  setFormulas(formulas: string[][]): this {
    const data = this.checkShape(formulas);
    this.forEachCell((r, c) => this._writeTyped(r, c, data[r - this.row + 1]?.[c - this.col + 1]));
    this._recalculate();
    return this.self();
  }

  setFormula(formula: string): this {
    return this.setValue(formula);
  }

  getDisplayValues(): string[][] {
    const { values, styles } = this.cells;
    const formats = styles.numberFormats;
    const zone = this.timeZone;
    return this.matrix((r, c) => displayValue(values.get(r, c), formats.get(r, c) as string | undefined, zone));
  }

  getDisplayValue(): string {
    return this.getDisplayValues()[0]?.[0] ?? '';
  }

  isBlank(): boolean {
    return this.getValues().every((row) => row.every((value) => value === '')) && this.getFormula() === '';
  }

  /** Contents and formats; with options, only the parts named. Notes and validations stay unless asked. */
  clear(options?: {
    contentsOnly?: boolean;
    formatOnly?: boolean;
    commentsOnly?: boolean;
    validationsOnly?: boolean;
  }): this {
    const area = [this.row - 1, this.col - 1, this.numRows, this.numCols] as const;
    const any =
      options && (options.contentsOnly || options.formatOnly || options.commentsOnly || options.validationsOnly);
    if (!any || options?.contentsOnly) {
      this.cells.clearContents(...area);
      this._recalculate();
    }
    if (!any || options?.formatOnly) this.cells.clearFormats(...area);
    if (options?.commentsOnly) this.cells.notes.clearRect(...area);
    if (options?.validationsOnly) this.cells.validations.clearRect(...area);
    return this.self();
  }
  clearContent(): this {
    return this.clear({ contentsOnly: true });
  }
  clearFormat(): this {
    return this.clear({ formatOnly: true });
  }

  getRow(): number {
    return this.row;
  }
  getColumn(): number {
    return this.col;
  }
  getLastRow(): number {
    return this.row + this.numRows - 1;
  }
  getLastColumn(): number {
    return this.col + this.numCols - 1;
  }
  getNumRows(): number {
    return this.numRows;
  }
  getNumColumns(): number {
    return this.numCols;
  }
  getHeight(): number {
    return this.numRows;
  }
  getWidth(): number {
    return this.numCols;
  }
  getA1Notation(): string {
    return a1Notation(this.row, this.col, this.numRows, this.numCols);
  }
  getSheet(): SheetImpl {
    return this.sheet.ctx.wrap(this.sheet, 'Sheet');
  }
  getCell(row: number, column: number): RangeImpl {
    if (row < 1 || column < 1 || row > this.numRows || column > this.numCols) {
      throw new Error('The coordinates of the range are outside the dimensions of the sheet.');
    }
    return this.sheet._range(this.row + row - 1, this.col + column - 1, 1, 1);
  }
  offset(rowOffset: number, columnOffset: number, numRows?: number, numColumns?: number): RangeImpl {
    return this.sheet._range(
      this.row + rowOffset,
      this.col + columnOffset,
      numRows ?? this.numRows,
      numColumns ?? this.numCols,
    );
  }

  merge(): this {
    this.sheet.merges = this.sheet.merges.filter((merged) => !overlaps(merged, this));
    this.sheet.merges.push(this);
    return this.self();
  }
  breakApart(): this {
    this.sheet.merges = this.sheet.merges.filter((merged) => !overlaps(merged, this));
    return this.self();
  }
  isPartOfMerge(): boolean {
    return this.sheet.merges.some((merged) => overlaps(merged, this));
  }

  protect(): ProtectionImpl {
    return this.sheet._protect('RANGE', this);
  }

  activate(): this {
    this.sheet.spreadsheet._select(this);
    return this.self();
  }
}

function overlaps(a: RangeImpl, b: RangeImpl): boolean {
  return (
    a.row < b.row + b.numRows && b.row < a.row + a.numRows && a.col < b.col + b.numCols && b.col < a.col + a.numCols
  );
}
