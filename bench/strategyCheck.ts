/**
 * STRATEGY_CHECK as Sheets runs it: Apps Script evaluates the whole of dist/Code.js again
 * for every custom-function call, so the bundle's load time is paid per call, then the
 * formula reads its five columns. Both are measured here over a seeded 10 000-row column.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vm from 'node:vm';
import { DIST_DIR, loadAddon } from '../local/appsScriptRuntime';
import { AuthMode, createEmulator } from '../local/emulator';
import { cpuMs, measure, median } from './measure';
import { seededRandom } from './seededRandom';

export const CHECK_ROWS = 10_000;
const LOAD_RUNS = 15;

export interface StrategyCheckResult {
  readonly measuredAt: string;
  readonly rows: number;
  readonly bundleBytes: number;
  /** CPU ms to compile and run dist/Code.js's top level in a fresh node:vm context, median of the runs. */
  readonly loadMs: number;
  readonly loadRunsMs: readonly number[];
  /** CPU ms of one STRATEGY_CHECK call over the rows (bundle already loaded), median of the runs. */
  readonly callMs: number;
  readonly callRunsMs: readonly number[];
  readonly totalCalls: number;
  /** How the rows were answered: OK, a finding, or blank. */
  readonly answers: Readonly<Record<string, number>>;
}

const STATEMENTS = [
  'Increase win rate from 20% to 25% by 2027-Q2',
  'Reduce churn in the mid-market segment',
  'Grow net revenue retention to 110%',
  'Hire two solutions engineers for EMEA',
  'Launch a partner referral scheme',
  'Run weekly pipeline reviews with every region',
  'CRM migration fully implemented',
  'Publish 12 customer case studies',
  'Shorten days to close for enterprise deals',
  'Achieve 110% of the SAO plan',
];
const METRICS = [
  'Win rate',
  'Churn',
  'Net revenue retention',
  'Open roles filled',
  'Referral deals',
  '',
  'Days to close',
];
const STAKEHOLDERS = [
  'Account executives',
  'Sales development, Customer success',
  'Jane Smith',
  'sales-ops@example.com',
  'Mid Market',
  'Simon or Charles',
  'Demand Gen',
  '',
];

/** Five same-shaped columns, as a formula's ranges arrive. */
function checkColumns(rows: number): unknown[][][] {
  const random = seededRandom(20_261_201);
  const columns: unknown[][][] = [[], [], [], [], []];
  for (let n = 0; n < rows; n += 1) {
    const metric = random.pick(METRICS);
    const baseline = metric === '' ? '' : random.int(0, 50);
    const cells = [`${random.pick(STATEMENTS)} (${n + 1})`, metric, baseline, metric === '' ? '' : random.int(51, 100)];
    cells.push(random.pick(STAKEHOLDERS));
    cells.forEach((cell, index) => {
      columns[index]?.push([cell]);
    });
  }
  return columns;
}

/** Compiles and runs the bundle's top level once in a fresh scope; the suffix keeps V8 from reusing an earlier compile. */
function loadOnce(code: string, globals: Record<string, unknown>, run: number): number {
  return cpuMs(() => {
    const scope = vm.createContext({ ...globals });
    vm.runInContext(`${code}\n//${run}`, scope);
  });
}

export function measureStrategyCheck(): StrategyCheckResult {
  const file = path.join(DIST_DIR, 'Code.js');
  const code = fs.readFileSync(file, 'utf8');
  const globals = createEmulator({ filesDir: DIST_DIR }).globals as Record<string, unknown>;
  loadOnce(code, globals, -1);
  const loadRunsMs = Array.from({ length: LOAD_RUNS }, (_, run) => loadOnce(code, globals, run));

  const addon = loadAddon();
  addon.emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
  const columns = checkColumns(CHECK_ROWS);
  let answer: unknown[][] = [];
  const measured = measure({
    emulator: () => addon.emulator,
    run: () => {
      answer = addon.call('STRATEGY_CHECK', ...columns) as unknown[][];
    },
  });
  const answers: Record<string, number> = {};
  for (const [cell] of answer) {
    const kind = cell === 'OK' ? 'OK' : cell === '' ? 'blank' : 'a finding';
    answers[kind] = (answers[kind] ?? 0) + 1;
  }
  if (answer.length !== CHECK_ROWS) throw new Error(`STRATEGY_CHECK answered ${answer.length} rows`);
  return {
    measuredAt: new Date().toISOString(),
    rows: CHECK_ROWS,
    bundleBytes: Buffer.byteLength(code),
    loadMs: median(loadRunsMs),
    loadRunsMs,
    callMs: measured.cpuMs,
    callRunsMs: measured.cpuRunsMs,
    totalCalls: measured.totalCalls,
    answers,
  };
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** The same measurement before the lint read statements (a number check and a short verb list), for comparison. */
const BEFORE_READING =
  '| before the reading (2026-12-01, same machine) | 198.6 KB | 5.0 | 33 | 2 | a finding 5,726, OK 4,274 |';

/** The section of bench/results.md. */
export function strategyCheckMarkdown(result: StrategyCheckResult): string[] {
  const answers = Object.entries(result.answers)
    .map(([kind, count]) => `${kind} ${count.toLocaleString('en')}`)
    .join(', ');
  return [
    `## STRATEGY_CHECK over ${result.rows.toLocaleString('en')} rows`,
    '',
    `Measured ${result.measuredAt}. Apps Script evaluates the whole bundle again on every custom-function call, so a call costs the load plus the formula. Load: compile and run dist/Code.js in a fresh node:vm context (a new source suffix each run, so no compile is reused), CPU, median of 15 runs. Call: the built add-on in AuthMode.CUSTOM_FUNCTION, one call over five 10 000-row columns (seeded mix of outcomes, actions, people and teams), CPU, median of 5 runs.`,
    '',
    '| build | dist/Code.js | load per call, CPU ms | STRATEGY_CHECK call, CPU ms | service calls | answers |',
    '|---|---:|---:|---:|---:|---|',
    BEFORE_READING,
    `| this build | ${kb(result.bundleBytes)} | ${result.loadMs.toFixed(1)} | ${result.callMs.toFixed(1)} | ${result.totalCalls} | ${answers} |`,
    '',
  ];
}
