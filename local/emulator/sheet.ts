import { parseA1 } from './a1';
import type { ConditionalFormatRuleImpl } from './builders';
import { EmbeddedChartBuilderImpl, type EmbeddedChartImpl } from './charts';
import type { EmulatorContext } from './context';
import { ProtectionImpl } from './protection';
import { RangeImpl } from './range';
import { RangeListImpl } from './rangeList';
import { shiftSheetReferences } from './rangeShift';
import { unwrap } from './serviceCalls';
import { SheetCells } from './sheetCells';
import type { SpreadsheetImpl } from './spreadsheet';

export const DEFAULT_MAX_ROWS = 1000;
export const DEFAULT_MAX_COLUMNS = 26;
const OUTSIDE = 'The coordinates of the range are outside the dimensions of the sheet.';

/** One tab of the emulated spreadsheet. */
export class SheetImpl {
  readonly cells = new SheetCells();
  maxRows = DEFAULT_MAX_ROWS;
  maxColumns = DEFAULT_MAX_COLUMNS;
  frozenRows = 0;
  frozenColumns = 0;
  hidden = false;
  tabColor: string | null = null;
  readonly columnWidths = new Map<number, number>();
  protections: ProtectionImpl[] = [];
  conditionalFormatRules: ConditionalFormatRuleImpl[] = [];
  charts: EmbeddedChartImpl[] = [];
  merges: RangeImpl[] = [];

  constructor(
    readonly ctx: EmulatorContext,
    readonly spreadsheet: SpreadsheetImpl,
    public name: string,
    readonly sheetId: number,
  ) {}

  private self(): SheetImpl {
    return this.ctx.wrap(this, 'Sheet');
  }

  /** A range after Sheets' own argument checks, handed out as a counted proxy. */
  _range(row: number, col: number, numRows: number, numCols: number): RangeImpl {
    if (![row, col, numRows, numCols].every(Number.isInteger)) throw new Error('Range not found');
    if (row < 1) throw new Error('The starting row of the range is too small.');
    if (col < 1) throw new Error('The starting column of the range is too small.');
    if (numRows < 1) throw new Error('The number of rows in the range must be at least 1.');
    if (numCols < 1) throw new Error('The number of columns in the range must be at least 1.');
    if (row + numRows - 1 > this.maxRows || col + numCols - 1 > this.maxColumns) throw new Error(OUTSIDE);
    return this.ctx.wrap(new RangeImpl(this, row, col, numRows, numCols), 'Range');
  }

  getName(): string {
    return this.name;
  }
  setName(name: string): SheetImpl {
    this.spreadsheet._rename(this, name);
    return this.self();
  }
  getSheetId(): number {
    return this.sheetId;
  }
  getIndex(): number {
    return this.spreadsheet.sheets.indexOf(this) + 1;
  }
  getParent(): SpreadsheetImpl {
    return this.ctx.wrap(this.spreadsheet, 'Spreadsheet');
  }

  getRange(a1OrRow: string | number, column?: number, numRows?: number, numColumns?: number): RangeImpl {
    if (typeof a1OrRow === 'number') {
      if (column === undefined) throw new Error('Range not found');
      return this._range(a1OrRow, column, numRows ?? 1, numColumns ?? 1);
    }
    const area = parseA1(a1OrRow);
    if (!area || (area.sheetName !== undefined && area.sheetName !== this.name)) throw new Error('Range not found');
    return this._range(
      area.row,
      area.col,
      area.numRows ?? this.maxRows - area.row + 1,
      area.numCols ?? this.maxColumns - area.col + 1,
    );
  }
  getRangeList(a1Notations: string[]): RangeListImpl {
    const ranges = a1Notations.map((a1) => unwrap(this.getRange(a1)));
    const wrap = (range: RangeImpl) => this.ctx.wrap(range, 'Range');
    const list: RangeListImpl = new RangeListImpl(ranges, wrap, () => this.ctx.wrap(list, 'RangeList'));
    return this.ctx.wrap(list, 'RangeList');
  }
  getDataRange(): RangeImpl {
    return this._range(1, 1, Math.max(1, this.cells.lastRow()), Math.max(1, this.cells.lastColumn()));
  }
  /** `-1` for a count reads to the last row or column with content, as Sheets does. */
  getSheetValues(row: number, column: number, numRows: number, numColumns: number): unknown[][] {
    const rows = numRows === -1 ? this.cells.lastRow() - row + 1 : numRows;
    const columns = numColumns === -1 ? this.cells.lastColumn() - column + 1 : numColumns;
    return unwrap(this._range(row, column, rows, columns)).getValues();
  }
  getLastRow(): number {
    return this.cells.lastRow();
  }
  getLastColumn(): number {
    return this.cells.lastColumn();
  }
  getMaxRows(): number {
    return this.maxRows;
  }
  getMaxColumns(): number {
    return this.maxColumns;
  }

  appendRow(rowContents: unknown[]): SheetImpl {
    const row = this.cells.lastRow() + 1;
    if (row > this.maxRows) this.maxRows = row;
    if (rowContents.length > this.maxColumns) this.maxColumns = rowContents.length;
    const range = new RangeImpl(this, row, 1, 1, Math.max(1, rowContents.length));
    rowContents.forEach((value, c) => {
      range._writeTyped(row - 1, c, value);
    });
    range._recalculate();
    return this.self();
  }

  insertRowsBefore(beforePosition: number, howMany: number): SheetImpl {
    this.checkRow(beforePosition);
    this.cells.insertRows(beforePosition - 1, howMany);
    this.maxRows += howMany;
    shiftSheetReferences(this, 'rows', beforePosition, howMany);
    this.spreadsheet.formulas.structureChanged(this);
    return this.self();
  }
  insertRowsAfter(afterPosition: number, howMany: number): SheetImpl {
    this.checkRow(afterPosition);
    this.cells.insertRows(afterPosition, howMany);
    this.maxRows += howMany;
    shiftSheetReferences(this, 'rows', afterPosition + 1, howMany);
    this.spreadsheet.formulas.structureChanged(this);
    return this.self();
  }
  insertRows(rowIndex: number, numRows = 1): void {
    this.insertRowsBefore(rowIndex, numRows);
  }
  insertRowBefore(beforePosition: number): SheetImpl {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): SheetImpl {
    return this.insertRowsAfter(afterPosition, 1);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.checkRow(rowPosition);
    if (rowPosition + howMany - 1 > this.maxRows) throw new Error('Those rows are out of bounds.');
    if (howMany >= this.maxRows) throw new Error("You can't delete all the rows on the sheet.");
    this.cells.deleteRows(rowPosition - 1, howMany);
    this.maxRows -= howMany;
    shiftSheetReferences(this, 'rows', rowPosition, -howMany);
    this.spreadsheet.formulas.structureChanged(this);
  }
  deleteRow(rowPosition: number): SheetImpl {
    this.deleteRows(rowPosition, 1);
    return this.self();
  }

  insertColumnsBefore(beforePosition: number, howMany: number): SheetImpl {
    this.checkColumn(beforePosition);
    this.cells.insertColumns(beforePosition - 1, howMany);
    this.maxColumns += howMany;
    shiftSheetReferences(this, 'columns', beforePosition, howMany);
    this.spreadsheet.formulas.structureChanged(this);
    return this.self();
  }
  insertColumnsAfter(afterPosition: number, howMany: number): SheetImpl {
    this.checkColumn(afterPosition);
    this.cells.insertColumns(afterPosition, howMany);
    this.maxColumns += howMany;
    shiftSheetReferences(this, 'columns', afterPosition + 1, howMany);
    this.spreadsheet.formulas.structureChanged(this);
    return this.self();
  }
  insertColumns(columnIndex: number, numColumns = 1): void {
    this.insertColumnsBefore(columnIndex, numColumns);
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.checkColumn(columnPosition);
    if (howMany >= this.maxColumns) throw new Error("You can't delete all the columns on the sheet.");
    this.cells.deleteColumns(columnPosition - 1, howMany);
    this.maxColumns -= howMany;
    shiftSheetReferences(this, 'columns', columnPosition, -howMany);
    this.spreadsheet.formulas.structureChanged(this);
  }
  deleteColumn(columnPosition: number): SheetImpl {
    this.deleteColumns(columnPosition, 1);
    return this.self();
  }

  private checkRow(row: number): void {
    if (!Number.isInteger(row) || row < 1 || row > this.maxRows) throw new Error(OUTSIDE);
  }
  private checkColumn(col: number): void {
    if (!Number.isInteger(col) || col < 1 || col > this.maxColumns) throw new Error(OUTSIDE);
  }

  clear(options?: { contentsOnly?: boolean; formatOnly?: boolean }): SheetImpl {
    const both = !options?.contentsOnly && !options?.formatOnly;
    if (both || options?.contentsOnly) this.clearAllContents();
    if (both || options?.formatOnly) this.cells.clearFormats(0, 0, this.maxRows, this.maxColumns);
    return this.self();
  }
  clearContents(): SheetImpl {
    this.clearAllContents();
    return this.self();
  }
  private clearAllContents(): void {
    this.cells.clearContents(0, 0, this.maxRows, this.maxColumns);
    this.spreadsheet.formulas.written(this, 0, 0, this.maxRows, this.maxColumns);
  }
  clearFormats(): SheetImpl {
    this.cells.clearFormats(0, 0, this.maxRows, this.maxColumns);
    return this.self();
  }
  clearNotes(): SheetImpl {
    this.cells.notes.clearRect(0, 0, this.maxRows, this.maxColumns);
    return this.self();
  }

  setFrozenRows(rows: number): void {
    if (rows < 0 || rows > this.maxRows) throw new Error(OUTSIDE);
    this.frozenRows = rows;
  }
  getFrozenRows(): number {
    return this.frozenRows;
  }
  setFrozenColumns(columns: number): void {
    if (columns < 0 || columns > this.maxColumns) throw new Error(OUTSIDE);
    this.frozenColumns = columns;
  }
  getFrozenColumns(): number {
    return this.frozenColumns;
  }

  setColumnWidth(columnPosition: number, width: number): SheetImpl {
    return this.setColumnWidths(columnPosition, 1, width);
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): SheetImpl {
    for (let c = startColumn; c < startColumn + numColumns; c++) this.columnWidths.set(c, width);
    return this.self();
  }
  getColumnWidth(columnPosition: number): number {
    return this.columnWidths.get(columnPosition) ?? 100;
  }
  /** Widths are not measured: auto-resizing leaves them as they are. */
  autoResizeColumns(_startColumn: number, _numColumns: number): SheetImpl {
    return this.self();
  }
  autoResizeColumn(_columnPosition: number): SheetImpl {
    return this.self();
  }

  _protect(type: 'RANGE' | 'SHEET', range: RangeImpl): ProtectionImpl {
    const protection = new ProtectionImpl(this.ctx, type, range, (removed) => {
      this.protections = this.protections.filter((kept) => kept !== removed);
    });
    this.protections.push(protection);
    return this.ctx.wrap(protection, 'Protection');
  }
  protect(): ProtectionImpl {
    const existing = this.protections.find((protection) => protection.type === 'SHEET');
    if (existing) return this.ctx.wrap(existing, 'Protection');
    return this._protect('SHEET', new RangeImpl(this, 1, 1, this.maxRows, this.maxColumns));
  }
  getProtections(type: string | GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionImpl[] {
    return this.protections
      .filter((protection) => protection.type === String(type))
      .map((protection) => this.ctx.wrap(protection, 'Protection'));
  }

  setConditionalFormatRules(rules: ConditionalFormatRuleImpl[]): void {
    this.conditionalFormatRules = rules.map((rule) => unwrap(rule));
  }
  getConditionalFormatRules(): ConditionalFormatRuleImpl[] {
    return this.conditionalFormatRules.map((rule) => this.ctx.wrap(rule, 'ConditionalFormatRule'));
  }
  clearConditionalFormatRules(): void {
    this.conditionalFormatRules = [];
  }

  newChart(): EmbeddedChartBuilderImpl {
    return this.ctx.wrap(new EmbeddedChartBuilderImpl(this.ctx, this.spreadsheet._nextId()), 'EmbeddedChartBuilder');
  }
  insertChart(chart: EmbeddedChartImpl): void {
    this.charts.push(unwrap(chart));
  }
  updateChart(chart: EmbeddedChartImpl): void {
    const updated = unwrap(chart);
    this.charts = this.charts.map((kept) => (kept.state.chartId === updated.state.chartId ? updated : kept));
  }
  removeChart(chart: EmbeddedChartImpl): void {
    const removed = unwrap(chart);
    this.charts = this.charts.filter((kept) => kept.state.chartId !== removed.state.chartId);
  }
  getCharts(): EmbeddedChartImpl[] {
    return this.charts.map((chart) => this.ctx.wrap(chart, 'EmbeddedChart'));
  }

  hideSheet(): SheetImpl {
    if (this.spreadsheet.sheets.filter((sheet) => !sheet.hidden && sheet !== this).length === 0) {
      throw new Error("You can't hide all the sheets in a document.");
    }
    this.hidden = true;
    return this.self();
  }
  showSheet(): SheetImpl {
    this.hidden = false;
    return this.self();
  }
  isSheetHidden(): boolean {
    return this.hidden;
  }
  setTabColor(color: string | null): SheetImpl {
    this.tabColor = color;
    return this.self();
  }
  getTabColor(): string | null {
    return this.tabColor;
  }
  activate(): SheetImpl {
    this.spreadsheet._activate(this);
    return this.self();
  }
  getType(): string {
    return 'GRID';
  }
}
