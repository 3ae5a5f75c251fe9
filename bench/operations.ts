/**
 * The add-on's operations as the benchmark drives them: through the BUILT dist/Code.js
 * (loadAddon), over an emulator seeded with a generated register, exactly as a menu,
 * the sidebar or a formula cell would call them.
 */
import { type LoadedAddon, loadAddon } from '../local/appsScriptRuntime';
import { AuthMode, type Emulator } from '../local/emulator';
import type { SheetImpl } from '../local/emulator/sheet';
import { DIGEST_SHEET } from '../src/domain/history/digestGrid';
import { HISTORY_LEDGER_KEY } from '../src/domain/history/historyLedger';
import { HISTORY_VERSION_KEY } from '../src/domain/history/historyVersion';
import { SHEET, STRATEGY_HEADERS } from '../src/domain/register/schema';
import type { Operation } from './measure';
import { type RegisterData, SNAPSHOT_QUARTER } from './registerFixture';

export const QOQ_IDS = 10_000;

export interface BenchOperation extends Operation {
  readonly name: string;
  /** Timed runs, when fewer than the default say nothing new (see `note`). */
  readonly runs?: number;
  readonly note?: string;
}

/**
 * The built add-on over a spreadsheet holding `data` (stored exactly, uncounted). The
 * history is written directly, so one variance build reads it whole and keeps its ledger
 * and digest, as the add-on's own snapshots would have: the state every run starts from.
 */
export function addonWith(data: RegisterData): LoadedAddon {
  const addon = loadAddon();
  addon.emulator.seedSheet(SHEET.strategies, data.strategyRows, { raw: true });
  addon.emulator.seedSheet(SHEET.tactics, data.tacticRows, { raw: true });
  addon.emulator.seedSheet(SHEET.history, data.historyRows, { raw: true });
  expectOk(addon.call('buildVarianceNow', null, null), 'The first variance');
  addon.emulator.calls.reset();
  return addon;
}

type DocumentProperties = GoogleAppsScript.Properties.Properties;

/** Saves the history version, ledger and digest sheet; the function returned puts them back. */
function saveHistoryIndex(emulator: Emulator, properties: () => DocumentProperties): () => void {
  const saved = [HISTORY_VERSION_KEY, HISTORY_LEDGER_KEY].map((key) => [key, properties().getProperty(key)] as const);
  const digest = emulator.spreadsheet.getSheetByName(DIGEST_SHEET);
  const values = digest?.getDataRange().getValues() ?? [];
  return () => {
    for (const [key, value] of saved) {
      if (value === null) properties().deleteProperty(key);
      else properties().setProperty(key, value);
    }
    if (!digest || values.length === 0) return;
    const width = values[0]?.length ?? 0;
    digest.getRange(1, 1, values.length, width).setValues(values);
    const extra = digest.getLastRow() - values.length;
    if (extra > 0) digest.getRange(values.length + 1, 1, extra, width).clearContent();
  };
}

/** What a snapshot leaves for formulas: a new history version, with the ledger and digest that describe it. */
function newHistoryVersion(emulator: Emulator, properties: DocumentProperties, version: string): void {
  const ledger = JSON.parse(properties.getProperty(HISTORY_LEDGER_KEY) ?? 'null') as { v: string } | null;
  const digest = emulator.spreadsheet.getSheetByName(DIGEST_SHEET);
  if (!ledger || !digest) throw new Error('The benchmark history has no ledger or digest');
  properties.setProperty(HISTORY_VERSION_KEY, version);
  properties.setProperty(HISTORY_LEDGER_KEY, JSON.stringify({ ...ledger, v: version }));
  // The digest's stamp (row 1, column 2) names the history version it summarises.
  digest.getRange(1, 2).setValue(version);
}

function sheetImpl(emulator: Emulator, name: string): SheetImpl {
  const sheet = emulator.spreadsheet.sheets.find((candidate) => candidate.name === name);
  if (!sheet) throw new Error(`The benchmark spreadsheet has no sheet ${name}`);
  return sheet;
}

function expectOk(result: unknown, what: string): void {
  const outcome = result as { ok?: boolean; message?: string } | undefined;
  if (outcome?.ok !== true) throw new Error(`${what} failed: ${outcome?.message ?? String(result)}`);
}

/** A column of IDs as Sheets passes a range: strategies and tactics that are in history. */
export function qoqIdColumn(data: RegisterData): string[][] {
  return Array.from({ length: QOQ_IDS }, (_, n) => {
    const pool = n % 5 === 0 ? data.strategies : data.tactics;
    return [pool[(n * 7919) % pool.length]?.id ?? ''];
  });
}

/** Three same-shaped columns (baseline, target, current), `rows` long, as a formula's ranges arrive. */
function progressColumns(data: RegisterData, rows: number): [unknown[][], unknown[][], unknown[][]] {
  const pick = (n: number) => data.strategies[n % data.strategies.length];
  const column = (read: (n: number) => unknown) => Array.from({ length: rows }, (_, n) => [read(n)]);
  return [
    column((n) => pick(n)?.baseline ?? ''),
    column((n) => pick(n)?.target ?? ''),
    column((n) => pick(n)?.current ?? ''),
  ];
}

/** Every operation of the benchmark over one register; `addon` is seeded with `data`. */
export function operationsFor(addon: LoadedAddon, data: RegisterData, indexCacheable: boolean): BenchOperation[] {
  const emulator = addon.emulator;
  const onRegister = () => emulator;
  let empty: LoadedAddon | undefined;
  const history = sheetImpl(emulator, SHEET.history);
  let historyRows = 0;
  let historyMaxRows = 0;
  const ids = qoqIdColumn(data);
  const strategyIds = data.strategies.map((strategy) => [strategy.id]);
  const [baselines, targets, currents] = progressColumns(data, data.tactics.length);
  const properties = () =>
    (emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService).getDocumentProperties();
  let putBack: (() => void) | undefined;
  let version = 0;
  let warmed = false;
  const asCustomFunction = () => emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
  const asUser = () => emulator.setAuthMode(AuthMode.FULL);

  return [
    {
      name: 'Set up (empty spreadsheet)',
      emulator: () => empty?.emulator ?? emulator,
      prepare: () => {
        empty = loadAddon();
      },
      run: () => {
        empty?.call('setUpRegister');
      },
    },
    { name: 'Set up (re-run on filled register)', emulator: onRegister, run: () => addon.call('setUpRegister') },
    { name: 'Health check', emulator: onRegister, run: () => addon.call('runHealthCheck') },
    {
      name: `Snapshot ${SNAPSHOT_QUARTER} (+ variance rebuild)`,
      emulator: onRegister,
      prepare: () => {
        historyRows = history.cells.lastRow();
        historyMaxRows = history.maxRows;
        putBack = saveHistoryIndex(emulator, properties);
      },
      run: () => expectOk(addon.call('takeSnapshotNow', SNAPSHOT_QUARTER, false), 'The snapshot'),
      // Takes the appended quarter out again, with the ledger and digest of the history
      // before it, so every run appends to the same history.
      restore: () => {
        history.cells.deleteRows(historyRows, history.cells.lastRow() - historyRows);
        history.maxRows = historyMaxRows;
        putBack?.();
      },
    },
    {
      name: 'Variance (two latest snapshots)',
      emulator: onRegister,
      run: () => expectOk(addon.call('buildVarianceNow', null, null), 'The variance'),
    },
    {
      name: 'Variance, history without a ledger (read whole; ledger and digest kept)',
      emulator: onRegister,
      // As for a history written or edited by hand: the ledger no longer describes it.
      prepare: () => properties().deleteProperty(HISTORY_LEDGER_KEY),
      run: () => expectOk(addon.call('buildVarianceNow', null, null), 'The variance'),
    },
    { name: 'Sidebar load (getRegister)', emulator: onRegister, run: () => addon.call('getRegister') },
    {
      name: 'STRATEGY_PROGRESS over a column (one row per tactic)',
      emulator: onRegister,
      prepare: asCustomFunction,
      run: () => addon.call('STRATEGY_PROGRESS', baselines, targets, currents),
      restore: asUser,
    },
    {
      name: `QOQ_CHANGE over ${QOQ_IDS.toLocaleString('en')} IDs, cold cache`,
      emulator: onRegister,
      // A new history version makes every cached index stale, as a snapshot does.
      prepare: () => {
        version += 1;
        newHistoryVersion(emulator, properties(), `bench-${version}`);
        asCustomFunction();
      },
      run: () => addon.call('QOQ_CHANGE', ids, 'Current'),
      restore: asUser,
    },
    {
      name: `QOQ_CHANGE over ${QOQ_IDS.toLocaleString('en')} IDs, warm cache`,
      emulator: onRegister,
      prepare: () => {
        asCustomFunction();
        if (!warmed) addon.call('QOQ_CHANGE', ids, 'Current');
        warmed = true;
      },
      run: () => addon.call('QOQ_CHANGE', ids, 'Current'),
      restore: asUser,
      // An index too big for the cache is never cached: "warm" is the cold path again, timed once.
      ...(indexCacheable
        ? {}
        : { runs: 1, note: 'index too big for the document cache, so this is the cold path again (1 timed run)' }),
    },
    {
      name: 'STRATEGY_DRIFT over every strategy, cold cache',
      emulator: onRegister,
      prepare: () => {
        version += 1;
        newHistoryVersion(emulator, properties(), `bench-${version}`);
        asCustomFunction();
      },
      run: () => addon.call('STRATEGY_DRIFT', strategyIds),
      restore: asUser,
    },
    progressRecalculation(emulator, data),
    ...rollupOperations(addon, strategyIds),
  ];
}

/** Build roll-up (menu and sidebar) and ROLLUP_PROGRESS over every strategy ID in one call. */
export function rollupOperations(addon: LoadedAddon, strategyIds: string[][]): BenchOperation[] {
  const emulator = addon.emulator;
  return [
    {
      name: ROLLUP_BUILD,
      emulator: () => emulator,
      run: () => expectOk(addon.call('buildRollupNow'), 'The roll-up'),
    },
    {
      name: 'ROLLUP_PROGRESS over every strategy',
      emulator: () => emulator,
      prepare: () => emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION),
      run: () => addon.call('ROLLUP_PROGRESS', strategyIds),
      restore: () => emulator.setAuthMode(AuthMode.FULL),
    },
  ];
}

export const ROLLUP_BUILD = 'Build roll-up (group table, chart, alignment tree)';

export const PROGRESS_RECALCULATION = 'Progress column recalculated after one Current edit (one row per strategy)';

/**
 * The emulator's recalculation, timed: the Progress column holds Set up register's formula
 * `=STRATEGY_PROGRESS(E2:E, F2:F, G2:G)` over every strategy, and one Current cell is
 * edited. The edit makes two service calls; the formula's run is an execution of its own.
 */
function progressRecalculation(emulator: Emulator, data: RegisterData): BenchOperation {
  const column = (header: string) => STRATEGY_HEADERS.indexOf(header as (typeof STRATEGY_HEADERS)[number]) + 1;
  const letter = (n: number) => String.fromCharCode(64 + n);
  const [baseline, target, current] = ['Baseline', 'Target', 'Current'].map(column) as [number, number, number];
  const formula = `=STRATEGY_PROGRESS(${[baseline, target, current].map((n) => `${letter(n)}2:${letter(n)}`).join(', ')})`;
  const strategies = () =>
    (emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp)
      .getActiveSpreadsheet()
      .getSheetByName(SHEET.strategies) as GoogleAppsScript.Spreadsheet.Sheet;
  let edits = 0;
  let sheet: GoogleAppsScript.Spreadsheet.Sheet | undefined;
  return {
    name: PROGRESS_RECALCULATION,
    emulator: () => emulator,
    prepare: () => {
      emulator.seedSheet(SHEET.strategies, [[formula]], { row: 2, column: column('Progress') });
      sheet = strategies();
    },
    run: () => {
      edits += 1;
      sheet?.getRange(2, current).setValue((data.strategies[0]?.current ?? 0) + edits / 1000);
    },
    // The register goes back as it was: no formula in Progress, the first Current as generated.
    restore: () => {
      emulator.seedSheet(SHEET.strategies, [['']], { row: 2, column: column('Progress') });
      emulator.seedSheet(SHEET.strategies, [[data.strategies[0]?.current ?? '']], { row: 2, column: current });
    },
  };
}
