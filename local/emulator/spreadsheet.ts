import { parseA1 } from './a1';
import type { EmulatorContext } from './context';
import { FormulaEngine } from './formulaEngine';
import { renameSheetReferences } from './formulaText';
import type { ProtectionImpl } from './protection';
import { RangeImpl } from './range';
import { unwrap } from './serviceCalls';
import { SheetImpl } from './sheet';
import { isKnownTimeZone } from './timeZone';

/** insertSheet's options: Apps Script copies `template` into the new sheet. */
interface SheetOptions {
  readonly template?: unknown;
}

export interface Toast {
  readonly title: string;
  readonly message: string;
  readonly timeoutSeconds: number;
}

/** Where the user's cursor is: set by `activate()` / `setActiveRange()` (the sidebar "jumps to a cell"). */
export interface Selection {
  readonly sheet: string;
  readonly a1: string;
}

/** The emulated active spreadsheet. */
export class SpreadsheetImpl {
  readonly toasts: Toast[] = [];
  /** Every selection made, in order. */
  readonly selections: Selection[] = [];
  sheets: SheetImpl[] = [];
  readonly namedRanges = new Map<string, RangeImpl>();
  activeSheet: SheetImpl;
  activeRange: RangeImpl | undefined;
  /** Computes every formula cell of the spreadsheet, after every write. */
  readonly formulas: FormulaEngine = new FormulaEngine(this);
  private lastId = 0;

  constructor(
    readonly ctx: EmulatorContext,
    public timeZone: string,
    public id = 'emulated-spreadsheet-id',
    public name = 'Untitled spreadsheet',
  ) {
    this.activeSheet = this._addSheet('Sheet1', 0);
  }

  _nextId(): number {
    this.lastId += 1;
    return this.lastId;
  }

  /** Adds a sheet without counting or activating it. */
  _addSheet(name: string, index: number, sheetId = this._nextId()): SheetImpl {
    if (this.find(name)) throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    this.lastId = Math.max(this.lastId, sheetId);
    const sheet = new SheetImpl(this.ctx, this, name, sheetId);
    this.sheets.splice(Math.max(0, Math.min(index, this.sheets.length)), 0, sheet);
    this.formulas?.sheetAdded(sheet);
    return sheet;
  }

  _rename(sheet: SheetImpl, name: string): void {
    const other = this.find(name);
    if (other && other !== sheet) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const from = sheet.name;
    sheet.name = name;
    if (from === name) return;
    // Sheets rewrites every formula that names the sheet.
    for (const each of this.sheets) {
      for (const [r, c, formula] of [...each.cells.formulas.entries()]) {
        const renamed = renameSheetReferences(formula, from, name);
        if (renamed !== formula) each.cells.formulas.set(r, c, renamed);
      }
    }
    this.formulas.structureChanged();
  }

  _activate(sheet: SheetImpl): void {
    this.activeSheet = sheet;
    this.activeRange = new RangeImpl(sheet, 1, 1, 1, 1);
  }

  _select(range: RangeImpl): void {
    this.activeSheet = range.sheet;
    this.activeRange = range;
    this.selections.push({ sheet: range.sheet.name, a1: range.getA1Notation() });
  }

  /** Sheet names are unique regardless of case in Sheets. */
  private find(name: string): SheetImpl | undefined {
    const wanted = String(name).toLowerCase();
    return this.sheets.find((sheet) => sheet.name.toLowerCase() === wanted);
  }

  private wrapSheet(sheet: SheetImpl): SheetImpl {
    return this.ctx.wrap(sheet, 'Sheet');
  }

  getId(): string {
    return this.id;
  }
  getName(): string {
    return this.name;
  }
  rename(name: string): void {
    this.name = name;
  }
  getUrl(): string {
    return `https://docs.google.com/spreadsheets/d/${this.id}/edit`;
  }

  getSheetByName(name: string): SheetImpl | null {
    const sheet = this.find(name);
    return sheet ? this.wrapSheet(sheet) : null;
  }
  getSheetById(id: number): SheetImpl | null {
    const sheet = this.sheets.find((candidate) => candidate.sheetId === id);
    return sheet ? this.wrapSheet(sheet) : null;
  }
  getSheets(): SheetImpl[] {
    return this.sheets.map((sheet) => this.wrapSheet(sheet));
  }
  getNumSheets(): number {
    return this.sheets.length;
  }

  /**
   * `insertSheet([name], [index], [options])` in any of Apps Script's combinations; the new
   * sheet becomes active. Copying a `template` sheet is not emulated.
   */
  insertSheet(
    nameIndexOrOptions?: string | number | SheetOptions,
    indexOrOptions?: number | SheetOptions,
    options?: SheetOptions,
  ): SheetImpl {
    const args = [nameIndexOrOptions, indexOrOptions, options];
    if (args.some((arg) => typeof arg === 'object' && arg !== null && arg.template !== undefined)) {
      throw new Error('not emulated: Spreadsheet.insertSheet with a template');
    }
    let name = typeof nameIndexOrOptions === 'string' ? nameIndexOrOptions : undefined;
    const index = typeof indexOrOptions === 'number' ? indexOrOptions : undefined;
    const at = typeof nameIndexOrOptions === 'number' ? nameIndexOrOptions : (index ?? this.sheets.length);
    if (name === undefined) {
      let n = this.sheets.length + 1;
      while (this.find(`Sheet${n}`)) n++;
      name = `Sheet${n}`;
    }
    const sheet = this._addSheet(name, at);
    this._activate(sheet);
    return this.wrapSheet(sheet);
  }

  deleteSheet(sheet: SheetImpl): void {
    const target = unwrap(sheet);
    if (this.sheets.length === 1) throw new Error("You can't remove all the sheets in a document.");
    this.sheets = this.sheets.filter((kept) => kept !== target);
    for (const [name, range] of this.namedRanges) if (range.sheet === target) this.namedRanges.delete(name);
    this.formulas.structureChanged();
    if (this.activeSheet === target) this._activate(this.sheets[0] as SheetImpl);
  }

  getActiveSheet(): SheetImpl {
    return this.wrapSheet(this.activeSheet);
  }
  setActiveSheet(sheet: SheetImpl, _restoreSelection?: boolean): SheetImpl {
    this._activate(unwrap(sheet));
    return this.wrapSheet(unwrap(sheet));
  }
  getActiveRange(): RangeImpl | null {
    return this.activeRange ? this.ctx.wrap(this.activeRange, 'Range') : null;
  }
  setActiveRange(range: RangeImpl): RangeImpl {
    this._select(unwrap(range));
    return this.ctx.wrap(unwrap(range), 'Range');
  }
  setActiveSelection(range: RangeImpl | string): RangeImpl {
    const target = typeof range === 'string' ? unwrap(this.getRange(range)) : unwrap(range);
    return this.setActiveRange(target);
  }
  getActiveCell(): RangeImpl {
    const range = this.activeRange;
    return range ? range.sheet._range(range.row, range.col, 1, 1) : this.activeSheet._range(1, 1, 1, 1);
  }

  /** `'Sheet'!A1:B2`, or A1 notation on the active sheet. */
  getRange(a1: string): RangeImpl {
    const area = parseA1(a1);
    const sheet = area?.sheetName === undefined ? this.activeSheet : this.find(area.sheetName);
    if (!area || !sheet) throw new Error('Range not found');
    return sheet.getRange(a1.slice(a1.lastIndexOf('!') + 1));
  }

  getSpreadsheetTimeZone(): string {
    return this.timeZone;
  }
  setSpreadsheetTimeZone(timeZone: string): void {
    if (!isKnownTimeZone(timeZone)) throw new Error(`Invalid argument: timeZone`);
    this.timeZone = timeZone;
  }
  getSpreadsheetLocale(): string {
    return 'en_US';
  }

  /** A null or negative timeout keeps the toast until the user closes it; recorded as -1. */
  toast(message: string, title = '', timeoutSeconds: number | null = 5): void {
    const timeout = timeoutSeconds === null || timeoutSeconds < 0 ? -1 : timeoutSeconds;
    this.toasts.push({ title: String(title), message: String(message), timeoutSeconds: timeout });
  }

  setNamedRange(name: string, range: RangeImpl): void {
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || parseA1(name)) throw new Error(`Invalid argument: name`);
    this.namedRanges.set(name, unwrap(range));
  }
  getRangeByName(name: string): RangeImpl | null {
    const range = this.namedRanges.get(name);
    return range ? this.ctx.wrap(range, 'Range') : null;
  }
  removeNamedRange(name: string): void {
    this.namedRanges.delete(name);
  }
  getNamedRanges(): object[] {
    return [...this.namedRanges.keys()].map((name) => {
      const named = {
        getName: () => name,
        getRange: () => this.getRangeByName(name),
        remove: () => this.removeNamedRange(name),
      };
      return this.ctx.wrap(named, 'NamedRange');
    });
  }

  getProtections(type: string | GoogleAppsScript.Spreadsheet.ProtectionType): ProtectionImpl[] {
    return this.sheets.flatMap((sheet) => sheet.getProtections(type));
  }
}
