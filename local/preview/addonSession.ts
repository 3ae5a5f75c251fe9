import * as vm from 'node:vm';
import { DIST_DIR, type LoadedAddon, loadAddon } from '../appsScriptRuntime';
import { AuthMode, type Emulator } from '../emulator';
import { chartViews } from './chartView';
import { editEvent } from './editEvent';
import { formulaLayers } from './formulaCells';
import { type PreviewState, type RunOutcome, sheetView, type ViewRequest } from './previewState';
import { pageStart, ROWS_PER_PAGE } from './rowPages';
import { encodeReturnValue } from './serialization';
import { readBlock, readSheet, readWorkbook, type WorkbookSnapshot } from './sheetAccess';
import { activeSpreadsheet, captureWorkbook, restoreWorkbook, type SavedWorkbook } from './workbookState';

/** An answer the user gives a dialog, queued before a function runs. */
export interface DialogAnswer {
  readonly button: string;
  readonly text?: string;
}

export type RpcReply = { ok: true; value?: unknown } | { ok: false; error: string };

export interface SessionOptions {
  /** Folder of the built add-on (dist/). */
  readonly filesDir?: string;
  /** Loads the add-on over an emulator; tests may load a stand-in. */
  readonly load?: (emulator: Emulator) => LoadedAddon;
}

interface Checkpoint {
  readonly functionName: string;
  readonly before: SavedWorkbook;
}

/**
 * The add-on running over one emulated spreadsheet, as Sheets runs it for one user: the
 * document is opened (onOpen in FULL mode), then menu items and sidebar calls run functions
 * by name. Every change is handed to `persist`.
 */
export class AddonSession {
  private addon: LoadedAddon;
  private lastRun: Checkpoint | undefined;
  /** The workbook before the user's last edit in the grid, for Undo. */
  private beforeEdit: SavedWorkbook | undefined;
  private outcome: RunOutcome | undefined;
  /** Sidebars and HTML dialogs shown by sessions this one replaced (see answerAgain). */
  private earlierSidebars = 0;
  private earlierHtmlDialogs = 0;
  private earlierSelections = 0;
  private lastSaved = '';
  private readonly filesDir: string;
  private readonly load: (emulator: Emulator) => LoadedAddon;

  constructor(
    start: Emulator,
    private readonly persist: (saved: SavedWorkbook) => void,
    options: SessionOptions = {},
  ) {
    this.filesDir = options.filesDir ?? DIST_DIR;
    this.load = options.load ?? ((emulator) => loadAddon({ emulator }));
    this.addon = this.open(start);
  }

  get emulator(): Emulator {
    return this.addon.emulator;
  }

  /** A global of the add-on's realm (`JSON`, `Date`): values made with it pass the add-on's own checks. */
  private realm<T>(name: 'JSON' | 'Date'): T {
    const scope = this.addon.scope;
    // A stand-in add-on loaded without node:vm shares this realm.
    return (vm.isContext(scope) ? vm.runInContext(name, scope) : globalThis[name]) as T;
  }

  /** Top-level functions a page may call: Apps Script hides names ending in `_`. */
  private isCallable(name: string): boolean {
    const scope = this.addon.scope;
    return (
      /^[A-Za-z$][\w$]*$/.test(name) &&
      !name.endsWith('_') &&
      Object.keys(scope).includes(name) &&
      typeof scope[name] === 'function'
    );
  }

  /** The whole workbook, formula cells holding their computed values, as the xlsx export writes it. */
  workbook(): WorkbookSnapshot {
    return readWorkbook(activeSpreadsheet(this.emulator));
  }

  private menuFunctions(): Set<string> {
    const names = new Set<string>();
    const collect = (items: readonly unknown[]): void => {
      for (const item of items) {
        if (typeof item !== 'object' || item === null) continue;
        if ('functionName' in item) names.add(String(item.functionName));
        if ('items' in item && Array.isArray(item.items)) collect(item.items);
      }
    };
    for (const menu of this.emulator.ui.menus) collect(menu.items);
    return names;
  }

  private open(emulator: Emulator): LoadedAddon {
    const addon = this.load(emulator);
    addon.call('onOpen', { authMode: 'FULL', source: activeSpreadsheet(emulator) });
    return addon;
  }

  /** The user clicked a sheet's tab: it becomes the active sheet, as in Sheets. */
  activate(name: string): void {
    const spreadsheet = activeSpreadsheet(this.emulator);
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet || sheet.isSheetHidden()) return;
    spreadsheet.setActiveSheet(sheet);
    this.save();
  }

  /** Saves the workbook as it is now (the preview saves after every run by itself). */
  saveNow(): void {
    this.save();
  }

  private save(): void {
    const saved = captureWorkbook(this.emulator);
    // Sidebar reads change nothing: skip the disk write when the workbook is unchanged.
    const text = JSON.stringify(saved);
    if (text === this.lastSaved) return;
    this.lastSaved = text;
    this.persist(saved);
  }

  /** Runs a menu item's function; the dialogs it shows get `answers` in order, then their defaults. */
  runMenuItem(functionName: string, answers: readonly DialogAnswer[] = []): RunOutcome {
    if (!this.menuFunctions().has(functionName)) {
      return { functionName, ok: false, error: `No menu item runs ${functionName}.`, dialogs: [], toasts: [] };
    }
    this.lastRun = { functionName, before: captureWorkbook(this.emulator) };
    return this.run(functionName, answers);
  }

  /** Undoes the last menu run and runs it again with other answers to its dialogs. */
  answerAgain(answers: readonly DialogAnswer[]): RunOutcome {
    const last = this.lastRun;
    if (!last) return { functionName: '', ok: false, error: 'Nothing has run yet.', dialogs: [], toasts: [] };
    // The restored session starts with empty logs; keep the page's numbering going up.
    this.earlierSidebars += this.emulator.ui.sidebars.length;
    this.earlierHtmlDialogs += this.emulator.ui.modalDialogs.length;
    this.earlierSelections += this.emulator.selections.length;
    this.addon = this.open(restoreWorkbook(last.before, this.filesDir));
    return this.run(last.functionName, answers);
  }

  private run(functionName: string, answers: readonly DialogAnswer[]): RunOutcome {
    const ui = this.emulator.ui;
    // Alerts and prompts with their buttons and answers, or bare alerts from an older emulator.
    const log = ui as unknown as { alerts: unknown[]; dialogs?: unknown[] };
    const dialogLog = log.dialogs ?? log.alerts;
    const dialogsBefore = dialogLog.length;
    const toastsBefore = this.emulator.spreadsheet.toasts.length;
    ui.scriptedAnswers.length = 0;
    for (const answer of answers) ui.scriptedAnswers.push(answer as (typeof ui.scriptedAnswers)[number]);
    let error: string | undefined;
    try {
      this.addon.call(functionName);
    } catch (thrown) {
      error = thrown instanceof Error ? thrown.message : String(thrown);
    }
    ui.scriptedAnswers.length = 0;
    this.save();
    this.outcome = {
      functionName,
      ok: error === undefined,
      ...(error === undefined ? {} : { error }),
      dialogs: dialogLog.slice(dialogsBefore).map((dialog) => JSON.parse(JSON.stringify(dialog))),
      toasts: this.emulator.spreadsheet.toasts.slice(toastsBefore).map((toast) => ({ ...toast })),
    };
    return this.outcome;
  }

  /** A `google.script.run` call from the sidebar: arguments already follow the client rules. */
  rpc(name: string, args: readonly unknown[]): RpcReply {
    if (!this.isCallable(name)) return { ok: false, error: `Script function not found: ${name}` };
    try {
      // Arguments arrive as the add-on's own arrays and objects, as Apps Script delivers them.
      const inRealm = this.realm<JSON>('JSON').parse(JSON.stringify(args)) as unknown[];
      const value = encodeReturnValue(this.addon.call(name, ...inRealm));
      return value === undefined ? { ok: true } : { ok: true, value };
    } catch (thrown) {
      return { ok: false, error: thrown instanceof Error ? thrown.message : String(thrown) };
    } finally {
      this.save();
    }
  }

  /** The HTML of the sidebar shown last, or undefined when none was shown. */
  sidebarHtml(): string | undefined {
    return this.emulator.ui.sidebars.at(-1)?.html;
  }

  /** The HTML of the dialog shown last (showModalDialog / showModelessDialog), if any. */
  htmlDialogHtml(): string | undefined {
    return this.emulator.ui.modalDialogs.at(-1)?.html;
  }

  /** What the page shows: the tabs, one page of rows of the sheet asked for, and the add-on's UI. */
  state(view: ViewRequest = {}): PreviewState {
    const ui = this.emulator.ui;
    const sidebar = ui.sidebars.at(-1);
    const dialog = ui.modalDialogs.at(-1);
    const selected = this.emulator.selections.at(-1);
    const selections = this.earlierSelections + this.emulator.selections.length;
    const spreadsheet = activeSpreadsheet(this.emulator);
    const tabs = spreadsheet.getSheets().filter((sheet) => !sheet.isSheetHidden());
    const active = spreadsheet.getActiveSheet().getName();
    const named = (name: string | undefined) => tabs.find((sheet) => sheet.getName() === name);
    const shown = named(view.sheet) ?? named(active) ?? tabs[0];
    return {
      menus: ui.menus,
      tabs: tabs.map((sheet) => sheet.getName()),
      activeSheet: named(active) ? active : null,
      sheet: shown ? this.sheetView(shown, view.row ?? 1) : null,
      sidebar: sidebar ? { title: sidebar.title, version: this.earlierSidebars + ui.sidebars.length } : null,
      selection: selected ? { sheet: selected.sheet, a1: selected.a1, version: selections } : null,
      htmlDialog: dialog ? { title: dialog.title, version: this.earlierHtmlDialogs + ui.modalDialogs.length } : null,
      lastRun: this.outcome ?? null,
    };
  }

  private sheetView(sheet: GoogleAppsScript.Spreadsheet.Sheet, row: number) {
    const frozenRows = sheet.getFrozenRows();
    const lastRow = sheet.getLastRow();
    // A row past the end shows the last page; a sheet of frozen rows alone has an empty body.
    const firstRow = pageStart(Math.min(row, Math.max(lastRow, 1)), frozenRows);
    const body = readSheet(sheet, { firstRow, numRows: ROWS_PER_PAGE });
    const head = readBlock(sheet, 1, frozenRows);
    const layers = (block: { firstRow: number; values: unknown[][] }) =>
      formulaLayers(this.emulator, sheet.getName(), block.firstRow, block.values.length, body.columnCount);
    return sheetView({ ...body, ...layers(body) }, { ...head, ...layers(head) }, chartViews(sheet));
  }

  // ---- the user's own work in the grid, as in Sheets ----

  /**
   * The user typed or pasted `rows` (text, read as Sheets reads typing) from the cell `a1`
   * of `sheetName`; the add-on's onEdit runs as Sheets runs the simple trigger.
   */
  edit(sheetName: string, a1: string, rows: readonly (readonly string[])[]): void {
    const sheet = activeSpreadsheet(this.emulator).getSheetByName(sheetName);
    const width = Math.max(0, ...rows.map((row) => row.length));
    if (!sheet || rows.length === 0 || width === 0) return;
    const start = sheet.getRange(a1);
    this.changeCells(sheet, start.getRow(), start.getColumn(), rows.length, width, (range) =>
      range.setValues(rows.map((row) => Array.from({ length: width }, (_, c) => row[c] ?? ''))),
    );
  }

  /** The user pressed Delete on the cells of `a1`: their contents go, their formats stay. */
  clearCells(sheetName: string, a1: string): void {
    const sheet = activeSpreadsheet(this.emulator).getSheetByName(sheetName);
    if (!sheet) return;
    const area = sheet.getRange(a1);
    this.changeCells(sheet, area.getRow(), area.getColumn(), area.getNumRows(), area.getNumColumns(), (range) =>
      range.clearContent(),
    );
  }

  private changeCells(
    sheet: GoogleAppsScript.Spreadsheet.Sheet,
    row: number,
    column: number,
    rows: number,
    columns: number,
    change: (range: GoogleAppsScript.Spreadsheet.Range) => void,
  ): void {
    const before = captureWorkbook(this.emulator);
    // Pasting past the edge grows the sheet, as Sheets does.
    if (row + rows - 1 > sheet.getMaxRows())
      sheet.insertRowsAfter(sheet.getMaxRows(), row + rows - 1 - sheet.getMaxRows());
    if (column + columns - 1 > sheet.getMaxColumns()) {
      sheet.insertColumnsAfter(sheet.getMaxColumns(), column + columns - 1 - sheet.getMaxColumns());
    }
    const range = sheet.getRange(row, column, rows, columns);
    const oldValue = rows === 1 && columns === 1 ? range.getValue() : undefined;
    change(range);
    this.beforeEdit = before;
    this.runOnEdit(editEvent(activeSpreadsheet(this.emulator), range, oldValue));
    this.save();
  }

  /** Sheets runs a simple onEdit trigger in AuthMode.LIMITED; a failure is logged, the edit stays. */
  private runOnEdit(event: object): void {
    if (!this.isCallable('onEdit')) return;
    this.emulator.setAuthMode(AuthMode.LIMITED);
    try {
      this.addon.call('onEdit', event);
    } catch (error) {
      this.addon.consoleLog.push(`error: onEdit: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      this.emulator.setAuthMode(AuthMode.FULL);
    }
  }

  /** Undoes the user's last edit in the grid (and what onEdit did after it). */
  undo(): boolean {
    const before = this.beforeEdit;
    if (!before) return false;
    this.beforeEdit = undefined;
    this.earlierSidebars += this.emulator.ui.sidebars.length;
    this.earlierHtmlDialogs += this.emulator.ui.modalDialogs.length;
    this.earlierSelections += this.emulator.selections.length;
    this.addon = this.open(restoreWorkbook(before, this.filesDir));
    this.save();
    return true;
  }

  /** The user added a sheet from the tab bar: `Sheet2`, `Sheet3`… at the end, made active. */
  addSheet(): string {
    const spreadsheet = activeSpreadsheet(this.emulator);
    this.beforeEdit = captureWorkbook(this.emulator);
    const name = spreadsheet.insertSheet(spreadsheet.getNumSheets()).getName();
    this.save();
    return name;
  }

  /** Renames a tab; a taken name is refused with Sheets' sentence. */
  renameSheet(name: string, newName: string): void {
    const sheet = activeSpreadsheet(this.emulator).getSheetByName(name);
    if (!sheet || newName.trim() === '' || newName === name) return;
    const before = captureWorkbook(this.emulator);
    sheet.setName(newName.trim());
    this.beforeEdit = before;
    this.save();
  }

  /** Deletes a tab; the last one cannot go, as in Sheets. */
  deleteSheet(name: string): void {
    const spreadsheet = activeSpreadsheet(this.emulator);
    const sheet = spreadsheet.getSheetByName(name);
    if (!sheet) return;
    const before = captureWorkbook(this.emulator);
    spreadsheet.deleteSheet(sheet);
    this.beforeEdit = before;
    this.save();
  }
}
