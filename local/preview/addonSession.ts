import * as vm from 'node:vm';
import { DIST_DIR, type LoadedAddon, loadAddon } from '../appsScriptRuntime';
import { AuthMode, type Emulator } from '../emulator';
import { FormulaResults, withResults } from './formulaResults';
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

  /** A function a formula names: Sheets matches custom function names in any case. */
  private formulaFunction(name: string): string | undefined {
    if (this.isCallable(name)) return name;
    const upper = name.toUpperCase();
    return Object.keys(this.addon.scope).find((key) => key.toUpperCase() === upper && this.isCallable(key));
  }

  /** Runs a function as Sheets runs a custom function: reads only, no dialogs. */
  private callAsCustomFunction(name: string, args: unknown[]): { value: unknown } | undefined {
    const callable = this.formulaFunction(name);
    if (!callable) return undefined;
    this.emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
    try {
      return { value: this.addon.call(callable, ...args) };
    } finally {
      this.emulator.setAuthMode(AuthMode.FULL);
    }
  }

  /** The results of the add-on's formulas, for one look at the workbook. */
  private formulaResults(): FormulaResults {
    const RealmDate = this.realm<DateConstructor>('Date');
    return new FormulaResults({
      spreadsheet: activeSpreadsheet(this.emulator),
      call: (name, args) => this.callAsCustomFunction(name, args),
      date: (ms) => new RealmDate(ms),
      now: () => Date.now(),
    });
  }

  /** The whole workbook with the add-on's formulas filled in, as the xlsx export writes it. */
  workbook(): WorkbookSnapshot {
    const spreadsheet = activeSpreadsheet(this.emulator);
    const workbook = readWorkbook(spreadsheet);
    const results = this.formulaResults();
    return {
      ...workbook,
      sheets: workbook.sheets.map((sheet) => {
        const found = spreadsheet.getSheetByName(sheet.name);
        return found ? withResults(sheet, results.forSheet(found)) : sheet;
      }),
    };
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
    const results = this.formulaResults().forSheet(sheet, firstRow + ROWS_PER_PAGE - 1);
    return sheetView(body, head, results, activeSpreadsheet(this.emulator).getSpreadsheetTimeZone());
  }
}
