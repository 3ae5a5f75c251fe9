/**
 * `npm run bench`: generates seeded registers of 1 000 / 10 000 / 50 000 tactics with eight
 * quarters of history, drives every operation through the built add-on on the emulator,
 * times the pure core, runs naive equivalents at the small size, and writes
 * bench/results.md and bench/results.json. `-- --only rollup` prints the roll-up's rows alone.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { performance } from 'node:perf_hooks';
import type { LoadedAddon } from '../local/appsScriptRuntime';
import { HISTORY_HEADERS } from '../src/domain/history/historySchema';
import { SHEET } from '../src/domain/register/schema';
import { checkInMarkdown, measureCheckIns } from './checkIns';
import { costModelText, estimateSeconds, MS_PER_CELL, MS_PER_CELL_MEASURED } from './costModel';
import { indexCacheSize, qoqCoreMs, sidebarCoreMs } from './formulaCore';
import { importMarkdown, measureImport } from './importBench';
import { toMarkdown } from './markdown';
import { installCellCounter, type Measured, measure, TIMED_RUNS } from './measure';
import { naiveOperations } from './naiveRuns';
import {
  addonWith,
  operationsFor,
  PROGRESS_RECALCULATION,
  QOQ_IDS,
  qoqIdColumn,
  ROLLUP_BUILD,
  rollupOperations,
} from './operations';
import { measurePureCore, measureWholeHistoryCore } from './pureCore';
import { generateRegister, SEED, SNAPSHOT_QUARTER } from './registerFixture';
import type { BenchResults, NaiveResult, OperationResult, OtherCore, PromiseCheck, SizeResult } from './results';
import { rollupCoreMs } from './rollupCore';
import { CHECK_ROWS, measureStrategyCheck, strategyCheckMarkdown } from './strategyCheck';

/** A typical team (20 strategies, 100 tactics, a year of history) beside an organisation's registers. */
const SIZES: readonly { readonly tactics: number; readonly quarters: number }[] = [
  { tactics: 100, quarters: 4 },
  { tactics: 1_000, quarters: 8 },
  { tactics: 10_000, quarters: 8 },
  { tactics: 50_000, quarters: 8 },
];
/** The most chunks of the history index the add-on puts in the document cache (historyIndexSource.ts). */
const MAX_CACHED_CHUNKS = 60;
const NAIVE_SIZE = 1_000;
const CORE_SIZE = 50_000;
// tsx runs this file where it lies: __dirname is bench/.
const OUT_DIR = __dirname;

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function withEstimates(name: string, measured: Measured): OperationResult {
  return {
    name,
    ...measured,
    estSeconds: estimateSeconds(measured),
    estSecondsMeasuredCell: estimateSeconds(measured, MS_PER_CELL_MEASURED),
  };
}

/** Grid cells of every sheet (max rows × max columns) now, plus one more snapshot's rows, as Sheets counts cells. */
function cellsAfterSnapshot(addon: LoadedAddon, items: number): number {
  const sheets = addon.emulator.spreadsheet.sheets;
  const now = sheets.reduce((total, sheet) => total + sheet.maxRows * sheet.maxColumns, 0);
  const history = sheets.find((sheet) => sheet.name === SHEET.history);
  return now + items * (history?.maxColumns ?? 0);
}

/** The history formulas must answer with numbers, not error sentences, or the timing means nothing. */
function checkFormulaAnswers(addon: LoadedAddon, data: ReturnType<typeof generateRegister>): void {
  const ids = [[data.strategies[0]?.id ?? ''], [data.tactics[0]?.id ?? '']];
  const answers = [
    addon.call('QOQ_CHANGE', ids, 'Current') as unknown[][],
    addon.call('STRATEGY_DRIFT', [[data.strategies[0]?.id ?? '']]) as unknown[][],
  ];
  if (!answers.flat().every((row) => typeof row[0] === 'number')) {
    throw new Error(`A history formula did not answer with numbers: ${JSON.stringify(answers)}`);
  }
}

function today(): Date {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
}

function run(): BenchResults {
  const started = performance.now();
  const loadBefore = os.loadavg();
  installCellCounter();
  const sizes: SizeResult[] = [];
  const naive: NaiveResult[] = [];
  let pureCore: BenchResults['pureCore'] = null;
  let otherCore: OtherCore | null = null;

  for (const { tactics, quarters } of SIZES) {
    log(`${tactics} tactics, ${quarters} quarters: generating`);
    const data = generateRegister(tactics, today(), quarters);
    const addon = addonWith(data);
    checkFormulaAnswers(addon, data);
    const indexCache = indexCacheSize(data);
    const operations: OperationResult[] = [];
    for (const operation of operationsFor(addon, data, indexCache.chunks <= MAX_CACHED_CHUNKS)) {
      log(`${tactics} tactics: ${operation.name}`);
      const result = withEstimates(operation.name, measure(operation, operation.runs));
      operations.push(operation.note ? { ...result, note: operation.note } : result);
    }
    if (tactics === NAIVE_SIZE) {
      for (const pair of naiveOperations(
        addon,
        operations.map((op) => op.name),
      )) {
        log(`${tactics} tactics: naive ${pair.naive.name}`);
        const addonResult = operations.find((op) => op.name === pair.addonOperation);
        if (!addonResult) throw new Error(`No add-on result for ${pair.addonOperation}`);
        naive.push({
          tactics,
          operation: pair.addonOperation,
          naiveName: pair.naive.name,
          addon: addonResult,
          naive: withEstimates(pair.naive.name, measure(pair.naive)),
        });
      }
    }
    if (tactics === CORE_SIZE) {
      log(`${tactics} tactics: pure core`);
      const phases = measurePureCore(data, today());
      const totalMs = phases.reduce((sum, phase) => sum + phase.cpuMs, 0);
      pureCore = { tactics, phases, totalMs, wholeHistoryMs: measureWholeHistoryCore(data, today()) };
      log(`${tactics} tactics: sidebar and QOQ_CHANGE core`);
      otherCore = { tactics, sidebarMs: sidebarCoreMs(data, today()), ...qoqCoreMs(data, qoqIdColumn(data)) };
    }
    sizes.push({
      tactics,
      quarters,
      strategies: data.strategies.length,
      historyRows: data.historyRows.length - 1,
      spreadsheetCellsAfterSnapshot: cellsAfterSnapshot(addon, data.strategies.length + data.tactics.length),
      indexCache,
      operations,
    });
  }

  log(`STRATEGY_CHECK over ${CHECK_ROWS.toLocaleString('en')} rows`);
  const strategyCheck = measureStrategyCheck();
  const checkIns = measureCheckIns(log);

  const constantCalls: Record<string, boolean> = {};
  // As the promise says: an organisation's sizes. A team's register may take one more or one fewer write.
  const organisations = sizes.filter((size) => size.tactics >= NAIVE_SIZE);
  for (const op of sizes[0]?.operations ?? []) {
    const counts = organisations.map((size) => JSON.stringify(size.operations.find((o) => o.name === op.name)?.calls));
    constantCalls[op.name] = counts.every((count) => count === counts[0]);
  }
  const largest = sizes[sizes.length - 1];
  const find = (start: string) => largest?.operations.find((op) => op.name.startsWith(start));
  // The whole-history read happens once per history the add-on did not write (or after an edit by hand).
  const steady = (largest?.operations ?? []).filter((op) => !op.name.includes('without a ledger'));
  const wholeRead = (largest?.operations ?? []).find((op) => op.name.includes('without a ledger'));
  const slowestBy = (estimate: (op: OperationResult) => number) =>
    [...steady].sort((a, b) => estimate(b) - estimate(a))[0];
  const slowest = slowestBy((op) => op.estSecondsMeasuredCell);
  const slowestGoogle = slowestBy((op) => op.estSeconds);
  const overMinute = steady.filter((op) => op.estSecondsMeasuredCell >= 60).map((op) => op.name);
  const items = (largest?.strategies ?? 0) + (largest?.tactics ?? 0);
  const appendCells = items * HISTORY_HEADERS.length;
  const progress = find('STRATEGY_PROGRESS');
  const recalculation = find(PROGRESS_RECALCULATION);
  const byName = (start: string) =>
    sizes.map((size) => ({ size, op: size.operations.find((candidate) => candidate.name.startsWith(start)) }));
  const callLimit = (what: string, start: string, limit: number): PromiseCheck => {
    const most = Math.max(...byName(start).map(({ op }) => op?.totalCalls ?? Number.POSITIVE_INFINITY));
    return {
      promise: `${what}: at most ${limit} service calls at every size`,
      measured: `${most}`,
      pass: most <= limit,
    };
  };
  const lateReads = sizes.flatMap((size) =>
    size.operations
      .filter((op) => op.readsAfterWrite > 0)
      .map((op) => `${op.name} at ${size.tactics}: ${op.readsAfterWrite}`),
  );
  const google = (start: string) => find(start)?.estSeconds ?? Number.POSITIVE_INFINITY;
  const team = sizes[0]?.operations.find((op) => op.name.startsWith('Snapshot'));
  const promises: PromiseCheck[] = [
    callLimit('Snapshot + variance', 'Snapshot', 80),
    callLimit('Build QoQ variance', 'Variance (two latest', 60),
    callLimit('Sidebar load', 'Sidebar load', 8),
    callLimit('Health check', 'Health check', 15),
    callLimit('Build roll-up', 'Build roll-up', 50),
    {
      promise: 'No operation reads the spreadsheet after its first write to it',
      measured: lateReads.join('; ') || 'none does',
      pass: lateReads.length === 0,
    },
    {
      promise: `At ${CORE_SIZE.toLocaleString('en')} tactics on Google's per-cell bound (${MS_PER_CELL.toFixed(4)} ms): snapshot + variance ≤ 300 s, variance ≤ 150 s`,
      measured: `${google('Snapshot').toFixed(0)} s and ${google('Variance (two latest').toFixed(0)} s`,
      pass: google('Snapshot') <= 300 && google('Variance (two latest') <= 150,
    },
    {
      promise: `A typical team's snapshot (${sizes[0]?.strategies ?? '?'} strategies, ${sizes[0]?.tactics ?? '?'} tactics, ${sizes[0]?.quarters ?? '?'} quarters) ≤ 3 s on Google's bound`,
      measured: `${team?.estSeconds.toFixed(2) ?? '?'} s (${team?.estSecondsMeasuredCell.toFixed(2) ?? '?'} s on the tighter bound)`,
      pass: (team?.estSeconds ?? Number.POSITIVE_INFINITY) <= 3,
    },
    {
      promise: 'Every operation makes the same service calls at 1k, 10k and 50k tactics',
      measured:
        Object.entries(constantCalls)
          .filter(([, same]) => !same)
          .map(([name]) => `differs: ${name}`)
          .join('; ') || 'all the same',
      pass: Object.values(constantCalls).every(Boolean),
    },
    {
      promise: `Snapshot + variance pure-core CPU < 2 s at ${CORE_SIZE.toLocaleString('en')} tactics`,
      measured: `${Math.round(pureCore?.totalMs ?? Number.NaN)} ms`,
      pass: (pureCore?.totalMs ?? Number.POSITIVE_INFINITY) < 2_000,
    },
    {
      promise: `Estimated Apps Script time < 60 s for every operation at ${CORE_SIZE.toLocaleString('en')} tactics (per-cell cost ${MS_PER_CELL_MEASURED} ms, the tighter of the two published bounds)`,
      measured: `slowest: ${slowest?.name ?? '?'}, ${slowest?.estSecondsMeasuredCell.toFixed(1) ?? '?'} s; ≥ 60 s: ${overMinute.join('; ') || 'none'}. Not counted: the one whole read of a history without a ledger, ${wholeRead?.estSecondsMeasuredCell.toFixed(0) ?? '?'} s`,
      pass: overMinute.length === 0,
    },
    {
      promise: `… and with Google's looser per-cell bound (${MS_PER_CELL.toFixed(4)} ms)`,
      measured: `slowest: ${slowestGoogle?.name ?? '?'}, ${slowestGoogle?.estSeconds.toFixed(0) ?? '?'} s. On this bound no design meets 60 s: appending one snapshot of ${items.toLocaleString('en')} items alone moves ${appendCells.toLocaleString('en')} cells = ${((appendCells * MS_PER_CELL) / 1_000).toFixed(0)} s`,
      pass: (slowestGoogle?.estSeconds ?? Number.POSITIVE_INFINITY) < 60,
    },
    {
      promise: `STRATEGY_PROGRESS over ${CORE_SIZE.toLocaleString('en')} rows < 100 ms`,
      measured: `${progress?.cpuMs.toFixed(1) ?? '?'} ms CPU, ${progress?.totalCalls ?? '?'} service calls`,
      pass: (progress?.cpuMs ?? Number.POSITIVE_INFINITY) < 100,
    },
    {
      promise: `The emulator recalculates a ${(largest?.strategies ?? 0).toLocaleString('en')}-row Progress column after one edit in < 1 s, the edit's own 2 service calls only`,
      measured: `${recalculation?.cpuMs.toFixed(1) ?? '?'} ms CPU, ${recalculation?.totalCalls ?? '?'} service calls`,
      pass: (recalculation?.cpuMs ?? Number.POSITIVE_INFINITY) < 1_000 && recalculation?.totalCalls === 2,
    },
  ];
  return {
    generatedAt: new Date().toISOString(),
    seed: SEED,
    machine: {
      node: process.version,
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown',
      loadAverageBefore: loadBefore,
      loadAverageAfter: os.loadavg(),
      wallSeconds: (performance.now() - started) / 1_000,
    },
    method: [
      `Registers: seeded generator (mulberry32, seed ${SEED} + size); one strategy per 5 tactics; 8 quarters of Snapshot History built with buildSnapshotRows (4 for the typical team of 100 tactics); the snapshot takes ${SNAPSHOT_QUARTER}.`,
      'Every operation runs through the built dist/Code.js (loadAddon over the emulator), called by name as Sheets, the menu or the sidebar would; custom functions run in AuthMode.CUSTOM_FUNCTION with 2D arrays as arguments.',
      "The emulator computes formula cells (HyperFormula) after every write; a custom function a write makes recalculate runs as an execution of its own, so its service calls are not the operation's. Formulas in the benchmark's sheets: the variance sheet's SPARKLINE trends, and the Progress column of the recalculation row.",
      `CPU: process.cpuUsage() (user + system) around the call, median of ${TIMED_RUNS} runs after one warm-up run; it includes the emulator's own work and GC threads. Service calls and cells are those of the last timed run (steady state, not a first run that creates sheets).`,
      'Peak heap: node --expose-gc; a full GC, then the warm-up run samples v8 used_heap_size at every service call and at the end; reported above the post-GC baseline (an approximation: a peak between two calls can be missed).',
      `QOQ_CHANGE: ${QOQ_IDS.toLocaleString('en')} IDs in one call comparing the two latest quarters; "cold" gives the history a new version first, with the ledger a snapshot leaves (every cached index stale), "warm" runs after a call that filled the document cache.`,
      'The history is generated straight into the sheet, so one variance build first reads it whole and keeps its ledger and digest, as the add-on\'s own snapshots would have; the operation "Variance, history without a ledger" measures that whole read.',
      'Snapshot runs are undone between runs (the appended rows removed, the history version, ledger and digest put back, uncounted), so each run appends to the same 8-quarter history.',
      'Caveat: the bundle runs in node:vm, where each lookup of a global (Math, Object…) goes through the context object and is ~15× slower than in plain V8; hot loops that touch globals (isDate, rowVersion) are overstated in the emulator CPU column. The pure-core tables run outside node:vm.',
    ],
    costModel: costModelText(),
    sizes,
    pureCore,
    otherCore,
    strategyCheck,
    checkIns,
    importPlan: measureImport(),
    naive,
    constantCalls,
    promises,
  };
}

// `npm run bench -- --only check-ins` measures the check-in rows alone, merged into the last full run's results the same way.
if (process.argv.includes('--only') && process.argv.includes('check-ins')) {
  log('check-ins only');
  const checkIns = measureCheckIns(log);
  const jsonFile = path.join(OUT_DIR, 'results.json');
  const earlier = fs.existsSync(jsonFile) ? (JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as BenchResults) : undefined;
  if (earlier) {
    const merged: BenchResults = { ...earlier, checkIns };
    fs.writeFileSync(jsonFile, `${JSON.stringify(merged, null, 2)}\n`);
    fs.writeFileSync(path.join(OUT_DIR, 'results.md'), toMarkdown(merged));
  }
  process.stdout.write(`${checkInMarkdown(checkIns).join('\n')}\n`);
  process.exit(0);
}

// `npm run bench -- --only strategy-check` measures that section alone and puts it into the results the last
// full run wrote, leaving every other figure as that run measured it.
if (process.argv.includes('--only') && process.argv.includes('strategy-check')) {
  log('STRATEGY_CHECK only');
  const strategyCheck = measureStrategyCheck();
  const jsonFile = path.join(OUT_DIR, 'results.json');
  const earlier = fs.existsSync(jsonFile) ? (JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as BenchResults) : undefined;
  if (earlier) {
    const merged: BenchResults = { ...earlier, strategyCheck };
    fs.writeFileSync(jsonFile, `${JSON.stringify(merged, null, 2)}\n`);
    fs.writeFileSync(path.join(OUT_DIR, 'results.md'), toMarkdown(merged));
  }
  process.stdout.write(`${strategyCheckMarkdown(strategyCheck).join('\n')}\n`);
  process.exit(0);
}

// `npm run bench -- --only import` measures the import alone, merged into the last full run's results the same way.
if (process.argv.includes('--only') && process.argv.includes('import')) {
  log('Import only');
  const importPlan = measureImport();
  const jsonFile = path.join(OUT_DIR, 'results.json');
  const earlier = fs.existsSync(jsonFile) ? (JSON.parse(fs.readFileSync(jsonFile, 'utf8')) as BenchResults) : undefined;
  if (earlier) {
    const merged: BenchResults = { ...earlier, importPlan };
    fs.writeFileSync(jsonFile, `${JSON.stringify(merged, null, 2)}\n`);
    fs.writeFileSync(path.join(OUT_DIR, 'results.md'), toMarkdown(merged));
  }
  process.stdout.write(`${importMarkdown(importPlan).join('\n')}\n`);
  process.exit(0);
}

// `npm run bench -- --only rollup` measures Build roll-up and ROLLUP_PROGRESS at every size
// (service calls, emulator CPU) and the roll-up's pure core, and prints them; the full run
// has the same rows among its operations.
if (process.argv.includes('--only') && process.argv.includes('rollup')) {
  process.stdout.write(`${rollupOnly().join('\n')}\n`);
  process.exit(0);
}

function rollupOnly(): string[] {
  installCellCounter();
  const lines = [
    '| tactics | strategies | operation | service calls | calls by method | emulator CPU ms | pure core ms (parse + check + model + layout) |',
    '|---:|---:|---|---:|---|---:|---|',
  ];
  for (const { tactics, quarters } of SIZES) {
    log(`${tactics} tactics: roll-up`);
    const data = generateRegister(tactics, today(), quarters);
    const addon = addonWith(data);
    const core = rollupCoreMs(data, today());
    const coreText = `${core.totalMs.toFixed(1)} (${[core.parseMs, core.healthCheckMs, core.modelMs, core.layoutMs].map((ms) => ms.toFixed(1)).join(' + ')})`;
    const ids = data.strategies.map((strategy) => [strategy.id]);
    for (const operation of rollupOperations(addon, ids)) {
      const measured = measure(operation);
      const calls = Object.entries(measured.calls)
        .map(([name, count]) => `${name} ${count}`)
        .join(', ');
      lines.push(
        `| ${tactics} | ${data.strategies.length} | ${operation.name} | ${measured.totalCalls} | ${calls} | ${measured.cpuMs.toFixed(0)} | ${operation.name === ROLLUP_BUILD ? coreText : ''} |`,
      );
    }
  }
  return lines;
}

const results = run();
const markdown = toMarkdown(results);
fs.mkdirSync(OUT_DIR, { recursive: true });
fs.writeFileSync(path.join(OUT_DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
fs.writeFileSync(path.join(OUT_DIR, 'results.md'), markdown);
process.stdout.write(`${markdown}\n`);
log(`wrote ${path.join(OUT_DIR, 'results.md')} and results.json`);
