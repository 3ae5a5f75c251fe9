import * as vm from 'node:vm';
import { DIST_DIR, type LoadedAddon, loadAddon } from '../appsScriptRuntime';
import type { Emulator } from '../emulator';
import { type PreviewState, type RunOutcome, sheetViews } from './previewState';
import { encodeReturnValue } from './serialization';
import { readWorkbook } from './sheetAccess';
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

  /** Top-level functions a page may call: Apps Script hides names ending in `_`. */
  private isCallable(name: string): boolean {
    const scope = this.addon.scope;
    return (
      /^[A-Za-z$][\w$]*$/.test(name) &&
      !name.endsWith('_') &&
      Object.hasOwn(scope, name) &&
      typeof scope[name] === 'function'
    );
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
      const parseInRealm = vm.runInContext('JSON.parse', this.addon.scope) as JSON['parse'];
      const inRealm = parseInRealm(JSON.stringify(args)) as unknown[];
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

  state(): PreviewState {
    const ui = this.emulator.ui;
    const sidebar = ui.sidebars.at(-1);
    const dialog = ui.modalDialogs.at(-1);
    const selected = this.emulator.selections.at(-1);
    const selections = this.earlierSelections + this.emulator.selections.length;
    return {
      menus: ui.menus,
      sheets: sheetViews(readWorkbook(activeSpreadsheet(this.emulator))),
      sidebar: sidebar ? { title: sidebar.title, version: this.earlierSidebars + ui.sidebars.length } : null,
      selection: selected ? { sheet: selected.sheet, a1: selected.a1, version: selections } : null,
      htmlDialog: dialog ? { title: dialog.title, version: this.earlierHtmlDialogs + ui.modalDialogs.length } : null,
      lastRun: this.outcome ?? null,
    };
  }
}
