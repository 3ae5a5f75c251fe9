/**
 * Import a plan from this sheet… over seeded source sheets of 50 to 5 000 rows, through
 * the built add-on (the menu item, its question answered Yes, into a register just set
 * up), and the import's pure pipeline (reading the plan and planning the append) at 1 000
 * to 50 000 rows outside node:vm. The calls must not grow with the rows.
 */
import { performance } from 'node:perf_hooks';
import { loadAddon } from '../local/appsScriptRuntime';
import type { Emulator } from '../local/emulator';
import { readPlan } from '../src/domain/import/importPlan';
import { planRegisterAppend } from '../src/domain/import/registerRows';
import { installCellCounter, measure, median } from './measure';
import { seededRandom } from './seededRandom';

export const IMPORT_SOURCE_ROWS: readonly number[] = [50, 500, 5_000];
export const IMPORT_CORE_ROWS: readonly number[] = [1_000, 10_000, 50_000];
const SOURCE = 'Q3 plan';
const CORE_RUNS = 5;

export interface ImportRun {
  readonly sourceRows: number;
  readonly strategies: number;
  readonly tactics: number;
  readonly totalCalls: number;
  readonly calls: Record<string, number>;
  readonly cells: number;
  readonly readsAfterWrite: number;
  readonly cpuMs: number;
  /** Service calls of the menu item as a whole: its question (a read of the sheet and the register), then the import. */
  readonly menuCalls: number;
  /** Service calls of the mapping editor's preview of the same sheet. */
  readonly previewCalls: number;
}

export interface ImportBenchResult {
  readonly measuredAt: string;
  readonly runs: readonly ImportRun[];
  /** CPU ms of readPlan + planRegisterAppend over the rows, median of the runs, by source rows. */
  readonly core: readonly { readonly sourceRows: number; readonly ms: number }[];
  /** The same service calls at every size, but for Sheet.insertRowsAfter where a sheet must grow past its rows. */
  readonly sameCalls: boolean;
}

const OBJECTIVES = [
  'Grow mid-market new business',
  'Keep customers we already have',
  'Make forecasting trustworthy',
  'Expand into the DACH market',
];
const KEY_RESULTS = ['New ARR ($k)', 'Win rate', 'Gross retention', 'Hire two AEs', 'Run QBRs', 'Cut sales cycle'];
const OWNERS = ['Sales leadership', 'RevOps', 'Customer success', 'Dana Ruiz', ''];
const STATUSES = ['On track', 'At risk', 'Not started', 'Complete', 'Delayed', ''];

/** A plan as a team keeps it: one objective per five key results, numbers partly as text, days as ISO text. */
export function importSource(rows: number): unknown[][] {
  const random = seededRandom(20_261_217 + rows);
  const grid: unknown[][] = [['Objective', 'Key result', 'Owner', 'Baseline', 'Target', 'Current', 'Due', 'Status']];
  for (let n = 0; n < rows; n += 1) {
    const group = Math.floor(n / 5);
    const objective = `${OBJECTIVES[group % OBJECTIVES.length]} (${group + 1})`;
    const measured = random.int(0, 2) > 0;
    const baseline = measured ? random.int(0, 2_000) : '';
    grid.push([
      objective,
      `${random.pick(KEY_RESULTS)} ${n + 1}`,
      random.pick(OWNERS),
      typeof baseline === 'number' && baseline > 999 ? baseline.toLocaleString('en') : baseline,
      measured ? `${random.int(10, 90)}%` : '',
      measured ? random.int(0, 2_000) : '',
      `2026-${String(random.int(7, 12)).padStart(2, '0')}-${String(random.int(10, 28))}`,
      random.pick(STATUSES),
    ]);
  }
  return grid;
}

function importRun(rows: number): ImportRun {
  const addon = loadAddon();
  addon.call('setUpRegister');
  addon.emulator.seedSheet(SOURCE, importSource(rows));
  addon.emulator.spreadsheet.getSheetByName(SOURCE)?.activate();
  const saved = addon.emulator.exportWorkbook();
  const emulator = (): Emulator => addon.emulator;
  let message = '';
  // The sidebar's Import runs the same locked import as the menu's Yes, without the question (an alert the measure refuses).
  const measured = measure({
    emulator,
    prepare: () => addon.emulator.importWorkbook(saved),
    run: () => {
      const result = addon.call('importPlanNow', SOURCE, null) as { ok: boolean; message: string };
      message = result.message;
    },
  });
  const counted = /^Imported (?:(\d+) strateg(?:y|ies))?(?: and )?(?:(\d+) tactics?)? from/.exec(message);
  if (!counted) throw new Error(`The import did not finish: ${message}`);
  const callsOf = (run: () => unknown) => {
    addon.emulator.importWorkbook(saved);
    addon.emulator.calls.reset();
    run();
    return addon.emulator.calls.total;
  };
  const menuCalls = callsOf(() => addon.call('importPlan'));
  if (!(addon.emulator.toasts.at(-1)?.message ?? '').startsWith('Imported '))
    throw new Error('The menu import did not finish.');
  const previewCalls = callsOf(() => addon.call('importPreview', SOURCE, null));
  addon.emulator.importWorkbook(saved);
  return {
    sourceRows: rows,
    strategies: Number(counted[1] ?? 0),
    tactics: Number(counted[2] ?? 0),
    totalCalls: measured.totalCalls,
    calls: measured.calls,
    cells: measured.cells,
    readsAfterWrite: measured.readsAfterWrite,
    cpuMs: measured.cpuMs,
    menuCalls,
    previewCalls,
  };
}

function coreMs(rows: number): number {
  const grid = importSource(rows);
  const context = { sheet: SOURCE, timeZone: 'Etc/UTC' };
  const times: number[] = [];
  for (let run = 0; run <= CORE_RUNS; run += 1) {
    const started = performance.now();
    const reading = readPlan(grid, context);
    if (!reading.ok) throw new Error(reading.problems[0]?.message);
    planRegisterAppend(reading.value, { strategies: [], tactics: [] });
    if (run > 0) times.push(performance.now() - started);
  }
  return median(times);
}

/** Calls by method without the ones that grow a sheet past its rows, which a large import needs once per sheet. */
function withoutGrowth(calls: Record<string, number>): string {
  return JSON.stringify(Object.entries(calls).filter(([method]) => method !== 'Sheet.insertRowsAfter'));
}

export function measureImport(): ImportBenchResult {
  installCellCounter();
  const runs = IMPORT_SOURCE_ROWS.map(importRun);
  const core = IMPORT_CORE_ROWS.map((sourceRows) => ({ sourceRows, ms: coreMs(sourceRows) }));
  return {
    measuredAt: new Date().toISOString(),
    runs,
    core,
    sameCalls: runs.every((run) => withoutGrowth(run.calls) === withoutGrowth(runs[0]?.calls ?? {})),
  };
}

const int = (value: number) => value.toLocaleString('en');

/** The section of bench/results.md. */
export function importMarkdown(result: ImportBenchResult): string[] {
  return [
    '## Import a plan from this sheet…',
    '',
    `Measured ${result.measuredAt}. The built add-on on the emulator, into a register just set up (each run from the same saved workbook), over a seeded plan of one objective per five key results, numbers partly typed as text (1,250 and 25%), days as ISO text. "Import" is the locked import the menu's Yes and the sidebar's Import both run (importPlanNow; CPU is the emulator's, median of 5 runs); "menu" is the whole menu item, question included, answered Yes; "preview" is the mapping editor's. The same calls at every size, but for one Sheet.insertRowsAfter per sheet that must grow past the 1,000 rows a new sheet has (Strategies, Tactics, Health check): ${result.sameCalls ? 'yes' : 'NO'}.`,
    '',
    '| source rows | strategies | tactics | import: service calls | reads after a write | cells moved | CPU ms | menu: calls | preview: calls |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...result.runs.map(
      (run) =>
        `| ${int(run.sourceRows)} | ${int(run.strategies)} | ${int(run.tactics)} | ${run.totalCalls} | ${run.readsAfterWrite} | ${int(run.cells)} | ${run.cpuMs.toFixed(0)} | ${run.menuCalls} | ${run.previewCalls} |`,
    ),
    '',
    'Pure pipeline (readPlan + planRegisterAppend, outside node:vm), CPU ms, median of 5 runs:',
    '',
    '| source rows | ms |',
    '|---:|---:|',
    ...result.core.map((entry) => `| ${int(entry.sourceRows)} | ${entry.ms.toFixed(1)} |`),
    '',
    `Calls of the import at ${int(result.runs.at(-1)?.sourceRows ?? 0)} source rows, by method: ${Object.entries(
      result.runs.at(-1)?.calls ?? {},
    )
      .map(([method, count]) => `${method} ${count}`)
      .join(', ')}.`,
    '',
  ];
}
