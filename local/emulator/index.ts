import * as path from 'node:path';
import * as vm from 'node:vm';
import { permittedIn } from './authMode';
import { CacheServiceImpl } from './cache';
import { ASSUMED_INPUT_RULES, type CellInputRules, rawCell } from './cellParsing';
import { DOCUMENTED_STORE_LIMITS, EmulatorContext, type StoreLimits } from './context';
import { ChartType } from './enums';
import type { FormulaRun } from './formulaEngine';
import type { Grid } from './grid';
import { HtmlServiceImpl } from './html';
import { LockServiceImpl, LockTable } from './lock';
import { PropertiesServiceImpl } from './properties';
import { RangeImpl } from './range';
import { ServiceCalls } from './serviceCalls';
import type { SheetImpl } from './sheet';
import type { SparklineSpec } from './sheetCells';
import { type Selection, SpreadsheetImpl, type Toast } from './spreadsheet';
import { SpreadsheetAppImpl } from './spreadsheetApp';
import { newUiLog, type UiLog } from './ui';
import { type AuthMode, LoggerImpl, ScriptAppImpl, SessionImpl, UtilitiesImpl } from './utilities';
import type { CellsSnapshot, WorkbookData } from './workbookData';
import { cellsSnapshot, exportWorkbook } from './workbookExport';
import { importWorkbook } from './workbookImport';

export { ASSUMED_INPUT_RULES, type CellInputRules } from './cellParsing';
export { DOCUMENTED_STORE_LIMITS, type StoreLimits } from './context';
export type { FormulaRun } from './formulaEngine';
export type { LockKind, LockTable } from './lock';
export { ServiceCalls } from './serviceCalls';
export type { SparklineSpec } from './sheetCells';
export type { Selection, Toast } from './spreadsheet';
export { Button, ButtonSet, type DialogRecord, type MenuItem, type MenuRecord, type UiLog } from './ui';
export { AuthMode } from './utilities';
export type * from './workbookData';

export interface EmulatorOptions {
  /** The spreadsheet's time zone (File → Settings), an IANA name. */
  readonly timeZone?: string;
  /** The script project's time zone (appsscript.json); defaults to the spreadsheet's. */
  readonly scriptTimeZone?: string;
  /** Folder of the pushed files that HtmlService serves by name. */
  readonly filesDir?: string;
  /** The add-on menu's title, which Sheets takes from the add-on's name. */
  readonly addonTitle?: string;
  /** The clock caches expire by, in epoch milliseconds. */
  readonly now?: () => number;
  readonly userEmail?: string;
  readonly locale?: string;
  /** How written strings are read where Sheets' behaviour is assumed; default ASSUMED_INPUT_RULES. */
  readonly inputRules?: Partial<CellInputRules>;
  /** Store limits other than the documented ones; default DOCUMENTED_STORE_LIMITS. */
  readonly limits?: Partial<StoreLimits>;
}

/** How a seeded row is stored: read as if typed by a user, or kept exactly as given. */
export interface SeedOptions {
  readonly raw?: boolean;
  /** Top-left cell, 1-based; default row 1, column 1. */
  readonly row?: number;
  readonly column?: number;
}

export interface Emulator {
  /** The globals Apps Script provides, to install in a `node:vm` context. */
  readonly globals: Record<string, unknown>;
  readonly calls: ServiceCalls;
  readonly ui: UiLog;
  readonly spreadsheet: SpreadsheetImpl;
  /** Simulates other executions holding locks. */
  readonly locks: LockTable;
  /** What `Logger.log` wrote. */
  readonly logs: string[];
  readonly toasts: readonly Toast[];
  /** Every selection the add-on made (`activate`, `setActiveRange`), oldest first. */
  readonly selections: readonly Selection[];
  /** Lets `Date` values and template scriptlets live in the add-on's `node:vm` realm. */
  adoptRealm(scope: Record<string, unknown>): void;
  /** Writes `rows` from the top-left cell of the named sheet (created when missing). Uncounted. */
  seedSheet(name: string, rows: readonly (readonly unknown[])[], options?: SeedOptions): void;
  /** Rows 1..lastRow × columns 1..lastColumn of a sheet; [] for an empty or missing sheet. Uncounted. */
  readValues(name: string): unknown[][];
  readFormulas(name: string): string[][];
  readDisplayValues(name: string): string[][];
  readNotes(name: string): string[][];
  /** The sentence behind each formula error value ('' elsewhere), as Sheets shows it on hover. Uncounted. */
  readFormulaErrors(name: string): string[][];
  /** What each SPARKLINE cell draws (null elsewhere). Uncounted. */
  readSparklines(name: string): (SparklineSpec | null)[][];
  /** Every custom function call recalculation made, each an execution of its own, oldest first. */
  readonly formulaRuns: readonly FormulaRun[];
  exportWorkbook(): WorkbookData;
  importWorkbook(data: WorkbookData): void;
  cellsSnapshot(): CellsSnapshot;
  /**
   * Runs later calls as Apps Script would in `mode`: NONE allows only building menus,
   * CUSTOM_FUNCTION allows reading but no writes or UI; LIMITED and FULL allow all (the default).
   */
  setAuthMode(mode: AuthMode): void;
}

/** A fresh in-memory Apps Script environment around one spreadsheet. */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const calls = new ServiceCalls();
  const ctx = new EmulatorContext(
    calls,
    options.now ?? Date.now,
    { ...ASSUMED_INPUT_RULES, ...options.inputRules },
    { ...DOCUMENTED_STORE_LIMITS, ...options.limits },
  );
  const ui = newUiLog();
  const timeZone = options.timeZone ?? 'Etc/UTC';
  const spreadsheet = new SpreadsheetImpl(ctx, timeZone);
  const filesDir = options.filesDir ?? path.resolve(__dirname, '../../dist');
  const addonTitle = options.addonTitle ?? 'Strategy Register';
  const properties = new PropertiesServiceImpl(ctx);
  const locks = new LockTable();
  const logs: string[] = [];
  const email = options.userEmail ?? 'user@example.com';
  const session = {
    activeUserEmail: email,
    effectiveUserEmail: email,
    scriptTimeZone: options.scriptTimeZone ?? timeZone,
    locale: options.locale ?? 'en',
  };
  const globals: Record<string, unknown> = {
    SpreadsheetApp: ctx.wrap(new SpreadsheetAppImpl(ctx, spreadsheet, ui, addonTitle), 'SpreadsheetApp'),
    HtmlService: ctx.wrap(new HtmlServiceImpl(ctx, filesDir), 'HtmlService'),
    PropertiesService: ctx.wrap(properties, 'PropertiesService'),
    LockService: ctx.wrap(new LockServiceImpl(ctx, locks), 'LockService'),
    CacheService: ctx.wrap(new CacheServiceImpl(ctx), 'CacheService'),
    Session: ctx.wrap(new SessionImpl(ctx, session), 'Session'),
    Utilities: ctx.wrap(new UtilitiesImpl(), 'Utilities'),
    Logger: ctx.wrap(new LoggerImpl(logs), 'Logger'),
    ScriptApp: ctx.wrap(new ScriptAppImpl(ctx), 'ScriptApp'),
    Charts: ctx.wrap({ ChartType }, 'Charts'),
  };
  const sheetNamed = (name: string): SheetImpl | undefined => spreadsheet.sheets.find((sheet) => sheet.name === name);
  const dataRange = (name: string): RangeImpl | undefined => {
    const sheet = sheetNamed(name);
    const lastRow = sheet?.cells.lastRow() ?? 0;
    const lastColumn = sheet?.cells.lastColumn() ?? 0;
    return sheet && lastRow > 0 ? new RangeImpl(sheet, 1, 1, lastRow, lastColumn) : undefined;
  };
  const readLayer = <T>(name: string, layer: (sheet: SheetImpl) => Grid<T>, blank: T): T[][] => {
    const sheet = sheetNamed(name);
    if (!sheet) return [];
    const grid = layer(sheet);
    return Array.from({ length: sheet.cells.lastRow() }, (_, r) =>
      Array.from({ length: sheet.cells.lastColumn() }, (_, c) => grid.get(r, c) ?? blank),
    );
  };
  return {
    globals,
    calls,
    ui,
    spreadsheet,
    locks,
    logs,
    toasts: spreadsheet.toasts,
    selections: spreadsheet.selections,
    adoptRealm(scope) {
      ctx.scriptGlobals = scope;
      if (vm.isContext(scope)) ctx.dateConstructor = vm.runInContext('Date', scope) as DateConstructor;
      spreadsheet.formulas.adoptFunctions(scope);
    },
    seedSheet(name, rows, seed = {}) {
      const sheet = sheetNamed(name) ?? spreadsheet._addSheet(name, spreadsheet.sheets.length);
      const top = (seed.row ?? 1) - 1;
      const left = (seed.column ?? 1) - 1;
      const width = rows.reduce((widest, row) => Math.max(widest, row.length), 0);
      sheet.maxRows = Math.max(sheet.maxRows, top + rows.length);
      sheet.maxColumns = Math.max(sheet.maxColumns, left + width);
      const writer = new RangeImpl(sheet, top + 1, left + 1, Math.max(1, rows.length), Math.max(1, width));
      rows.forEach((row, r) => {
        row.forEach((value, c) => {
          if (seed.raw) sheet.cells.values.set(top + r, left + c, rawCell(value));
          else writer._writeTyped(top + r, left + c, value);
        });
      });
      writer._recalculate();
    },
    readValues: (name) => dataRange(name)?.getValues() ?? [],
    readFormulas: (name) => dataRange(name)?.getFormulas() ?? [],
    readDisplayValues: (name) => dataRange(name)?.getDisplayValues() ?? [],
    readNotes: (name) => dataRange(name)?.getNotes() ?? [],
    readFormulaErrors: (name) => readLayer(name, (sheet) => sheet.cells.formulaErrors, ''),
    readSparklines: (name) =>
      readLayer<SparklineSpec | null>(name, (sheet) => sheet.cells.sparklines as Grid<SparklineSpec | null>, null),
    formulaRuns: spreadsheet.formulas.runs,
    exportWorkbook: () => exportWorkbook(spreadsheet, properties),
    importWorkbook: (data) => {
      spreadsheet.formulas.reset();
      importWorkbook(spreadsheet, properties, data);
      spreadsheet.formulas.structureChanged();
    },
    cellsSnapshot: () => cellsSnapshot(spreadsheet),
    setAuthMode: (mode) => calls.permitOnly(permittedIn(mode)),
  };
}
