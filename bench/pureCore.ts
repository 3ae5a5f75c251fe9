/**
 * The pure core of snapshot + variance, timed phase by phase on the same generated data
 * the bundle runs on: what Apps Script's V8 would compute, with no service calls at all.
 * The phases are those of a snapshot that reads the previous quarter's block and the
 * digest; the whole-history pipeline (a history without a ledger) is timed as one figure.
 */
import { digestFromGrid, digestToGrid } from '../src/domain/history/digestGrid';
import { advanceDigest, digestOfView, type HistoryDigest } from '../src/domain/history/historyDigest';
import { parseHistory } from '../src/domain/history/historyRead';
import { HISTORY_HEADERS } from '../src/domain/history/historySchema';
import { buildHistoryView, type QuarterSnapshot } from '../src/domain/history/historyView';
import { progressChartOf, progressChartTable } from '../src/domain/history/progressChart';
import { buildSnapshotRows } from '../src/domain/history/snapshotRows';
import {
  type ReviewRules,
  type VarianceModel,
  varianceFromSnapshots,
  varianceOfView,
} from '../src/domain/history/variance';
import { renderVarianceSheet } from '../src/domain/history/varianceLayout';
import { healthCheck } from '../src/domain/register/healthCheck';
import { parseRegister, type Register } from '../src/domain/register/register';
import { DEFAULT_SETTINGS } from '../src/domain/register/types';
import { sentence } from '../src/domain/result';
import { cpuMs, median, TIMED_RUNS } from './measure';
import { HISTORY_QUARTERS, type RegisterData, SNAPSHOT_QUARTER } from './registerFixture';

/** The add-on's default settings in UTC, as the benchmark's spreadsheet has them. */
const REVIEW_RULES: ReviewRules = { timeZone: 'Etc/UTC', settings: DEFAULT_SETTINGS };

export interface CorePhase {
  readonly name: string;
  readonly cpuMs: number;
}

const PHASES = [
  'Parse register',
  'Health check',
  'Build snapshot rows',
  "Parse the previous quarter's block",
  'Read the digest',
  'Add the snapshot to the digest',
  'Variance model',
  'Render variance sheet + chart table',
  'Digest as a sheet grid',
] as const;

const STAMP = 'bench';
const PREVIOUS = HISTORY_QUARTERS[HISTORY_QUARTERS.length - 1] as string;

interface Prepared {
  readonly previousRows: unknown[][];
  readonly previousFirstRow: number;
  readonly digestGrid: unknown[][];
}

/** The previous quarter's rows and the digest grid as the sheets would hold them (untimed). */
function prepare(data: RegisterData): Prepared {
  const [header = [], ...rows] = data.historyRows;
  const first = rows.findIndex((row) => row[0] === PREVIOUS);
  const previousRows = [header, ...rows.filter((row) => row[0] === PREVIOUS)];
  const digest = digestOfView(buildHistoryView(parseHistory(data.historyRows, 'Etc/UTC').entries));
  const grid = digestToGrid(digest, STAMP);
  if (!grid || first < 0) throw new Error('The benchmark history has no digest or no previous quarter');
  return { previousRows, previousFirstRow: first + 2, digestGrid: grid.values };
}

/** One pass of the pipeline the snapshot runs, each phase timed separately. */
function onePass(data: RegisterData, prepared: Prepared, now: Date): number[] {
  let register: Register | undefined;
  let rows: unknown[][] = [];
  let previous: QuarterSnapshot | undefined;
  let digest: HistoryDigest | undefined;
  let to: QuarterSnapshot | undefined;
  let model: VarianceModel | undefined;
  const steps: (() => void)[] = [
    () => {
      const parsed = parseRegister(data.strategyRows, data.tacticRows, 'Etc/UTC');
      if (!parsed.ok) throw new Error(sentence(parsed));
      register = parsed.value;
    },
    () => {
      if (register) healthCheck(register, { now, timeZone: 'Etc/UTC', settings: DEFAULT_SETTINGS });
    },
    () => {
      if (register) rows = buildSnapshotRows(register.strategies, register.tactics, SNAPSHOT_QUARTER, now).rows;
    },
    () => {
      const entries = parseHistory(prepared.previousRows, 'Etc/UTC', prepared.previousFirstRow).entries;
      previous = buildHistoryView(entries).snapshots.get(PREVIOUS);
    },
    () => {
      digest = digestFromGrid(prepared.digestGrid, STAMP);
    },
    () => {
      to = buildHistoryView(parseHistory([HISTORY_HEADERS, ...rows], 'Etc/UTC').entries).snapshots.get(
        SNAPSHOT_QUARTER,
      );
      digest = digest && to ? advanceDigest(digest, to) : undefined;
    },
    () => {
      if (!digest || !previous || !to) throw new Error('The snapshot pipeline lost its digest');
      model = varianceFromSnapshots(digest, previous, to, REVIEW_RULES);
    },
    () => {
      if (!model || !digest || !to) return;
      renderVarianceSheet(model);
      progressChartOf(digest, to);
    },
    () => {
      if (digest) digestToGrid(digest, STAMP);
    },
  ];
  return steps.map((step) => cpuMs(step));
}

/** Median CPU per phase over `TIMED_RUNS` passes after one warm-up pass. */
export function measurePureCore(data: RegisterData, now: Date): CorePhase[] {
  const prepared = prepare(data);
  onePass(data, prepared, now);
  const passes = Array.from({ length: TIMED_RUNS }, () => onePass(data, prepared, now));
  return PHASES.map((name, index) => ({ name, cpuMs: median(passes.map((pass) => pass[index] ?? 0)) }));
}

/**
 * The same snapshot when the history must be read whole (no ledger, or one edited by
 * hand): parse and view every row, digest it, compare, render. Median CPU of the pass.
 */
export function measureWholeHistoryCore(data: RegisterData, now: Date): number {
  const pass = () => {
    const parsed = parseRegister(data.strategyRows, data.tacticRows, 'Etc/UTC');
    if (!parsed.ok) throw new Error(sentence(parsed));
    const { strategies, tactics } = parsed.value;
    healthCheck(parsed.value, { now, timeZone: 'Etc/UTC', settings: DEFAULT_SETTINGS });
    const rows = buildSnapshotRows(strategies, tactics, SNAPSHOT_QUARTER, now).rows;
    const view = buildHistoryView(parseHistory([...data.historyRows, ...rows], 'Etc/UTC').entries);
    const digest = digestOfView(view);
    const result = varianceOfView(view, PREVIOUS, SNAPSHOT_QUARTER, REVIEW_RULES);
    if (!result.ok) throw new Error(sentence(result));
    renderVarianceSheet(result.value);
    progressChartTable(view, SNAPSHOT_QUARTER);
    digestToGrid(digest, STAMP);
  };
  pass();
  return median(Array.from({ length: TIMED_RUNS }, () => cpuMs(pass)));
}
