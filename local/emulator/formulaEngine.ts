import { DetailedCellError, type ExportedChange, HyperFormula, type RawCellContent } from 'hyperformula';
import { a1Notation } from './a1';
import { permittedIn } from './authMode';
import type { CellValue } from './cellParsing';
import { isDate } from './context';
import { type EngineAddress, type EngineHost, registerCustomFunctions } from './enginePlugins';
import { dateOfSerial, engineArguments, engineResult, serialOf, sheetsError } from './engineValues';
import { closeOpenRanges, firstRangeSize } from './formulaText';
import { Grid } from './grid';
import type { SheetImpl } from './sheet';
import type { SpreadsheetImpl } from './spreadsheet';
import { AuthMode } from './utilities';

/**
 * Formulas computed as Sheets computes them, by HyperFormula (GPL-3.0: it runs only here,
 * in local/, never in dist/). The engine holds only what formulas need: every formula cell,
 * the cells its references cover, and the cells an array result would spill over. A write
 * elsewhere costs one look at the sheet; a write the engine holds recalculates what depends
 * on it, and the results land in the emulator's value layer, where `getValues` reads them.
 * Recalculation makes no service call; each custom function it runs is an execution of its
 * own, in AuthMode.CUSTOM_FUNCTION, recorded in `runs`.
 */

/** One custom function call a recalculation made, and the service calls it made. */
export interface FormulaRun {
  readonly functionName: string;
  readonly sheet: string;
  readonly a1: string;
  readonly calls: Readonly<Record<string, number>>;
}

/** A rectangle of a sheet, 0-based. */
interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

const inside = (outer: Rect, inner: Rect) =>
  inner.row >= outer.row &&
  inner.col >= outer.col &&
  inner.row + inner.rows <= outer.row + outer.rows &&
  inner.col + inner.cols <= outer.col + outer.cols;

const overlap = (a: Rect, b: Rect): Rect | undefined => {
  const row = Math.max(a.row, b.row);
  const col = Math.max(a.col, b.col);
  const rows = Math.min(a.row + a.rows, b.row + b.rows) - row;
  const cols = Math.min(a.col + a.cols, b.col + b.cols) - col;
  return rows > 0 && cols > 0 ? { row, col, rows, cols } : undefined;
};

export class FormulaEngine implements EngineHost {
  private hf: HyperFormula | undefined;
  private readonly idOf = new Map<SheetImpl, number>();
  private readonly sheetOf = new Map<number, SheetImpl>();
  /** Rectangles that formulas read, per sheet: a write inside one reaches the engine. */
  private readonly watched = new Map<SheetImpl, Rect[]>();
  /** Cells whose content the engine holds (literals it was given), per sheet. */
  private readonly held = new Map<SheetImpl, Grid<true>>();
  /** Array formulas whose result had no room: the engine waits for them to be entered again. */
  private readonly blocked = new Set<string>();
  readonly runs: FormulaRun[] = [];
  /** SPARKLINE cells drawn in the recalculation under way. */
  private readonly drawn = new Set<string>();
  /** The add-on's top-level functions, by upper-case name. */
  private functions = new Map<string, (...args: unknown[]) => unknown>();

  constructor(private readonly spreadsheet: SpreadsheetImpl) {}

  /** The add-on's global scope: its callable top-level functions become custom functions. */
  adoptFunctions(scope: Record<string, unknown>): void {
    const found = new Map<string, (...args: unknown[]) => unknown>();
    for (const name of Object.keys(scope)) {
      const value = scope[name];
      // Apps Script hides names ending in `_` from the sheet.
      if (typeof value === 'function' && !name.endsWith('_') && /^[A-Za-z_$][\w$]*$/.test(name)) {
        found.set(name.toUpperCase(), value as (...args: unknown[]) => unknown);
      }
    }
    this.functions = found;
    registerCustomFunctions(found.keys());
    this.rebuild();
  }

  /** Whether any formula is being computed. */
  get active(): boolean {
    return this.hf !== undefined;
  }

  /** Cells of `sheet` in the rectangle (0-based) were written: recalculates what depends on them. */
  written(sheet: SheetImpl, row: number, col: number, rows: number, cols: number): void {
    const rect = { row, col, rows, cols };
    if (!this.hf) {
      if (this.holdsFormula(sheet, rect)) this.rebuild();
      return;
    }
    if (!this.involves(sheet)) return;
    const cells: [number, number][] = [];
    const watched = (this.watched.get(sheet) ?? []).map((area) => overlap(area, rect)).filter((area) => area);
    const held = this.held.get(sheet);
    const { formulas, spills } = sheet.cells;
    const lastRow = Math.min(row + rows, Math.max(formulas.rows.length, spills.rows.length, held?.rows.length ?? 0));
    const seen = new Set<string>();
    const add = (r: number, c: number) => {
      const key = `${r},${c}`;
      if (!seen.has(key)) {
        seen.add(key);
        cells.push([r, c]);
      }
    };
    for (const area of watched as Rect[]) {
      for (let r = area.row; r < area.row + area.rows; r++)
        for (let c = area.col; c < area.col + area.cols; c++) add(r, c);
    }
    for (let r = row; r < lastRow; r++) {
      const formulaRow = formulas.rows[r];
      const spillRow = spills.rows[r];
      const heldRow = held?.rows[r];
      if (!formulaRow && !spillRow && !heldRow) continue;
      for (let c = col; c < col + cols; c++) {
        if (formulaRow?.[c] !== undefined || spillRow?.[c] !== undefined || heldRow?.[c] !== undefined) add(r, c);
      }
    }
    if (cells.length > 0) this.push(sheet, cells);
  }

  /** Whether formulas sit on the sheet, read it or spill over it. */
  private involves(sheet: SheetImpl): boolean {
    return (
      this.watched.has(sheet) || this.held.has(sheet) || !sheet.cells.formulas.isEmpty || !sheet.cells.spills.isEmpty
    );
  }

  /**
   * Rows or columns of `sheet` moved (or, without a sheet, sheets were added, renamed or
   * deleted, or the workbook replaced): computes the formulas again, unless no formula
   * involves what moved.
   */
  structureChanged(sheet?: SheetImpl): void {
    if (sheet && !this.involves(sheet)) return;
    if (this.hf || this.spreadsheet.sheets.some((each) => !each.cells.formulas.isEmpty)) this.rebuild();
  }

  /** A sheet was added: formulas that name it (and showed #REF!) can now read it. */
  sheetAdded(sheet: SheetImpl): void {
    if (!this.hf) return;
    const named = this.spreadsheet.sheets.some((each) =>
      [...each.cells.formulas.entries()].some(([, , formula]) => formula.includes(sheet.name)),
    );
    if (named || this.hf.doesSheetExist(sheet.name)) this.rebuild();
    else this.sheetId(sheet);
  }

  private holdsFormula(sheet: SheetImpl, rect: Rect): boolean {
    const formulas = sheet.cells.formulas;
    if (formulas.isEmpty) return false;
    for (let r = rect.row; r < Math.min(rect.row + rect.rows, formulas.rows.length); r++) {
      const cells = formulas.rows[r];
      if (!cells) continue;
      for (let c = rect.col; c < rect.col + rect.cols; c++) if (cells[c] !== undefined) return true;
    }
    return false;
  }

  /** Drops the engine (the workbook is about to be replaced); `structureChanged` builds it again. */
  reset(): void {
    this.hf?.destroy();
    this.hf = undefined;
  }

  /** A fresh engine over every formula of the workbook. */
  rebuild(): void {
    this.hf?.destroy();
    this.hf = undefined;
    this.idOf.clear();
    this.sheetOf.clear();
    this.watched.clear();
    this.held.clear();
    this.blocked.clear();
    for (const sheet of this.spreadsheet.sheets) this.forgetResults(sheet);
    const withFormulas = this.spreadsheet.sheets.filter((sheet) => !sheet.cells.formulas.isEmpty);
    if (withFormulas.length === 0) return;
    registerCustomFunctions(this.functions.keys());
    const hf = HyperFormula.buildEmpty({
      licenseKey: 'gpl-v3',
      context: this,
      maxRows: 10_000_000,
      maxColumns: 18_278,
      // Sheets' date serials count from 1899-12-30 and know 1900 is no leap year.
      nullDate: { year: 1899, month: 12, day: 30 },
      leapYear1900: false,
      smartRounding: false,
      useArrayArithmetic: false,
    });
    hf.addNamedExpression('TRUE', '=TRUE()');
    hf.addNamedExpression('FALSE', '=FALSE()');
    this.hf = hf;
    for (const sheet of this.spreadsheet.sheets) this.sheetId(sheet);
    for (const sheet of withFormulas) {
      const cells = [...sheet.cells.formulas.entries()].map(([r, c]) => [r, c] as [number, number]);
      this.push(sheet, cells);
    }
  }

  private forgetResults(sheet: SheetImpl): void {
    const { values, spills, formulaErrors, sparklines } = sheet.cells;
    for (const [r, c] of spills.entries()) values.set(r, c, undefined);
    spills.rows = [];
    formulaErrors.rows = [];
    sparklines.rows = [];
  }

  private sheetId(sheet: SheetImpl): number {
    const known = this.idOf.get(sheet);
    if (known !== undefined) return known;
    const hf = this.hf as HyperFormula;
    const name = hf.addSheet(sheet.name);
    const id = hf.getSheetId(name) as number;
    this.idOf.set(sheet, id);
    this.sheetOf.set(id, sheet);
    return id;
  }

  /** What the engine is given for a cell: a formula, a literal (text kept as text), or nothing. */
  private content(sheet: SheetImpl, r: number, c: number): RawCellContent {
    const formula = sheet.cells.formulas.get(r, c);
    if (formula !== undefined) {
      return closeOpenRanges(formula, (name) => {
        const target = name === undefined ? sheet : this.spreadsheet.sheets.find((s) => s.name === name);
        return target ? { rows: target.maxRows, columns: target.maxColumns } : undefined;
      });
    }
    const value = sheet.cells.values.get(r, c);
    if (value === undefined) return null;
    if (typeof value === 'string') return `'${value}`;
    if (typeof value === 'object') return this.serial(value.getTime());
    return value;
  }

  private serial(ms: number): number {
    return serialOf(ms, this.spreadsheet.timeZone);
  }

  /** Gives the engine these cells as the emulator holds them, then takes in what changed. */
  private push(sheet: SheetImpl, cells: readonly (readonly [number, number])[]): void {
    const hf = this.hf as HyperFormula;
    const id = this.sheetId(sheet);
    const { spills, values, formulas } = sheet.cells;
    const added: EngineAddress[] = [];
    const restore: [number, number][] = [];
    hf.suspendEvaluation();
    let changes: ExportedChange[] = [];
    try {
      for (const [r, c] of cells) {
        const address = { sheet: id, row: r, col: c };
        if (spills.get(r, c) && formulas.get(r, c) === undefined) {
          // An array result's cell: a blank write leaves the result; anything else blocks it.
          if (values.get(r, c) === undefined) {
            restore.push([r, c]);
            continue;
          }
          spills.set(r, c, undefined);
        }
        const content = this.content(sheet, r, c);
        this.hold(sheet, r, c, content !== null && formulas.get(r, c) === undefined);
        if (typeof content === 'string' && content.startsWith('=')) added.push(address);
        hf.setCellContents(address, content);
      }
      this.watchPrecedents(added);
      this.retryBlocked();
    } finally {
      changes = hf.resumeEvaluation();
    }
    for (const [r, c] of restore) this.takeResult(sheet, r, c);
    this.apply(changes);
    this.drawn.clear();
  }

  private hold(sheet: SheetImpl, r: number, c: number, holds: boolean): void {
    let grid = this.held.get(sheet);
    if (!grid) {
      if (!holds) return;
      grid = new Grid<true>();
      this.held.set(sheet, grid);
    }
    grid.set(r, c, holds ? true : undefined);
  }

  /** Gives the engine the cells the new formulas read, once per rectangle. */
  private watchPrecedents(formulas: readonly EngineAddress[]): void {
    const hf = this.hf as HyperFormula;
    for (const address of formulas) {
      for (const precedent of hf.getCellPrecedents(address)) {
        const start = 'start' in precedent ? precedent.start : precedent;
        const end = 'end' in precedent ? precedent.end : precedent;
        const sheet = this.sheetOf.get(start.sheet);
        if (!sheet) continue;
        const rect = {
          row: Math.min(start.row, end.row),
          col: Math.min(start.col, end.col),
          rows: Math.abs(end.row - start.row) + 1,
          cols: Math.abs(end.col - start.col) + 1,
        };
        const areas = this.watched.get(sheet) ?? [];
        if (areas.some((area) => inside(area, rect))) continue;
        areas.push(rect);
        this.watched.set(sheet, areas);
        this.mirror(sheet, rect);
      }
    }
  }

  /** Gives the engine the literals of a rectangle (formulas are there already, or come with their own push). */
  private mirror(sheet: SheetImpl, rect: Rect): void {
    const hf = this.hf as HyperFormula;
    const id = this.sheetId(sheet);
    const { values, formulas, spills } = sheet.cells;
    const last = Math.min(rect.row + rect.rows, values.rows.length);
    for (let r = rect.row; r < last; r++) {
      const cells = values.rows[r];
      if (!cells) continue;
      for (let c = rect.col; c < Math.min(rect.col + rect.cols, cells.length); c++) {
        if (cells[c] === undefined || formulas.get(r, c) !== undefined || spills.get(r, c)) continue;
        if (this.held.get(sheet)?.get(r, c)) continue;
        this.hold(sheet, r, c, true);
        hf.setCellContents({ sheet: id, row: r, col: c }, this.content(sheet, r, c));
      }
    }
  }

  /** The engine keeps an array with no room as an error even once the room is made: enter it again. */
  private retryBlocked(): void {
    const hf = this.hf as HyperFormula;
    for (const key of this.blocked) {
      const [id, r, c] = key.split(',').map(Number) as [number, number, number];
      const sheet = this.sheetOf.get(id);
      if (sheet?.cells.formulas.get(r, c) !== undefined)
        hf.setCellContents({ sheet: id, row: r, col: c }, this.content(sheet, r, c));
    }
    this.blocked.clear();
  }

  /** Takes the engine's changes into the emulator's cells; literals that an array would cover block it. */
  private apply(changes: readonly ExportedChange[]): void {
    const hf = this.hf as HyperFormula;
    const blockers = new Map<SheetImpl, [number, number][]>();
    for (const change of changes) {
      if (!('address' in change) || !change.address) continue;
      const { sheet: id, row: r, col: c } = change.address;
      const sheet = this.sheetOf.get(id);
      if (!sheet) continue;
      const { formulas, spills, values } = sheet.cells;
      if (formulas.get(r, c) !== undefined) {
        this.takeResult(sheet, r, c);
        continue;
      }
      const inArray = hf.isCellPartOfArray(change.address);
      if (inArray) {
        if (values.get(r, c) !== undefined && !spills.get(r, c)) {
          const list = blockers.get(sheet) ?? [];
          list.push([r, c]);
          blockers.set(sheet, list);
          continue;
        }
        spills.set(r, c, true);
        this.takeResult(sheet, r, c);
      } else if (spills.get(r, c)) {
        spills.set(r, c, undefined);
        values.set(r, c, undefined);
        sheet.cells.sparklines.set(r, c, undefined);
      }
    }
    for (const [sheet, cells] of blockers) this.push(sheet, cells);
  }

  /** The engine's value of one formula or array cell, as Sheets would store it. */
  private takeResult(sheet: SheetImpl, r: number, c: number): void {
    const hf = this.hf as HyperFormula;
    const address = { sheet: this.sheetId(sheet), row: r, col: c };
    const value = hf.getCellValue(address);
    const { values, formulaErrors } = sheet.cells;
    const key = `${address.sheet},${r},${c}`;
    this.blocked.delete(key);
    if (value instanceof DetailedCellError) {
      const shown = sheetsError(value, this.blockerOf(sheet, r, c));
      if (value.type === 'SPILL') this.blocked.add(key);
      values.set(r, c, shown.value);
      formulaErrors.set(r, c, shown.message);
      return;
    }
    formulaErrors.set(r, c, undefined);
    if (!this.drawn.has(key)) sheet.cells.sparklines.set(r, c, undefined);
    values.set(r, c, this.cellValue(sheet, r, c, value));
  }

  private cellValue(sheet: SheetImpl, r: number, c: number, value: unknown): CellValue | undefined {
    if (value === null || value === '' || value === undefined) return undefined;
    if (typeof value !== 'number') return value as CellValue;
    const type = this.hf?.getCellValueDetailedType({ sheet: this.sheetId(sheet), row: r, col: c });
    const format = sheet.cells.styles.numberFormats.get(r, c);
    const dated = type === 'NUMBER_DATE' || type === 'NUMBER_DATETIME';
    if (dated && (format === undefined || format === 'General')) return this.dateOf(value);
    return value;
  }

  /** A date serial of the spreadsheet's zone, as the instant it names. */
  dateOf(serial: number): Date {
    return dateOfSerial(serial, this.spreadsheet.timeZone);
  }

  /** The first cell an array formula at (r, c) cannot spill over, for Sheets' sentence. */
  private blockerOf(sheet: SheetImpl, r: number, c: number): string {
    const { values, formulas } = sheet.cells;
    // The array covers what its first range does, as a custom function's result does (enginePlugins.ts).
    const size = firstRangeSize(formulas.get(r, c) ?? '', sheet.maxRows);
    const rows = size?.height ?? 1;
    const cols = size?.width ?? 1;
    for (let i = 0; i < rows; i++) {
      for (let j = 0; j < cols; j++) {
        if (i === 0 && j === 0) continue;
        if (values.get(r + i, c + j) !== undefined || formulas.get(r + i, c + j) !== undefined) {
          return a1Notation(r + i + 1, c + j + 1, 1, 1);
        }
      }
    }
    return a1Notation(r + 1, c + 1, 1, 1);
  }

  // ---- EngineHost: what the engine's functions ask of the emulator ----

  runCustomFunction(
    name: string,
    args: readonly unknown[],
    at: EngineAddress | undefined,
    references: readonly (EngineAddress | undefined)[],
  ): unknown {
    const fn = this.functions.get(name);
    const sheet = at ? this.sheetOf.get(at.sheet) : undefined;
    const ctx = this.spreadsheet.ctx;
    const a1 = at ? a1Notation(at.row + 1, at.col + 1, 1, 1) : '';
    const given = engineArguments(args, references, {
      literalAt: (id, r, c) => {
        const owner = this.sheetOf.get(id);
        if (!owner || owner.cells.formulas.get(r, c) !== undefined) return undefined;
        const value = owner.cells.values.get(r, c);
        return isDate(value) ? value : undefined;
      },
      date: (ms) => ctx.makeDate(ms),
      dateOf: (serial) => this.dateOf(serial),
    });
    return engineResult(
      name,
      fn,
      given,
      (call) => {
        const run = ctx.calls.runApart(permittedIn(AuthMode.CUSTOM_FUNCTION), call);
        this.runs.push({ functionName: name, sheet: sheet?.name ?? '', a1, calls: run.calls });
        return run.value;
      },
      (date) => this.serial(date.getTime()),
    );
  }

  serialNow(withTime: boolean): number {
    const serial = this.serial(this.spreadsheet.ctx.now());
    return withTime ? serial : Math.floor(serial);
  }

  sparkline(at: EngineAddress | undefined, data: readonly number[], options: Readonly<Record<string, string>>): void {
    const sheet = at ? this.sheetOf.get(at.sheet) : undefined;
    if (!sheet || !at) return;
    sheet.cells.sparklines.set(at.row, at.col, { data: [...data], options: { ...options } });
    this.drawn.add(`${at.sheet},${at.row},${at.col}`);
  }
}
