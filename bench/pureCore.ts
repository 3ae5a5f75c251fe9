/**
 * The pure core of snapshot + variance, timed phase by phase on the same generated data
 * the bundle runs on: what Apps Script's V8 would compute, with no service calls at all.
 */
import { parseHistory } from '../src/domain/history/historyRead';
import { buildHistoryView, type HistoryView } from '../src/domain/history/historyView';
import { progressChartTable } from '../src/domain/history/progressChart';
import { buildSnapshotRows } from '../src/domain/history/snapshotRows';
import { buildVariance, type VarianceModel } from '../src/domain/history/variance';
import { renderVarianceSheet } from '../src/domain/history/varianceLayout';
import { healthCheck } from '../src/domain/register/healthCheck';
import { parseRegister, type Register } from '../src/domain/register/register';
import { DEFAULT_SETTINGS } from '../src/domain/register/types';
import { cpuMs, median, TIMED_RUNS } from './measure';
import { HISTORY_QUARTERS, type RegisterData, SNAPSHOT_QUARTER } from './registerFixture';

export interface CorePhase {
  readonly name: string;
  readonly cpuMs: number;
}

const PHASES = [
  'Parse register',
  'Health check',
  'Build snapshot rows',
  'Parse history',
  'History view',
  'Variance model',
  'Render variance sheet + chart table',
] as const;

/** One pass of the pipeline the snapshot runs, each phase timed separately. */
function onePass(data: RegisterData, now: Date): number[] {
  let register: Register | undefined;
  let rows: unknown[][] = [];
  let entries: ReturnType<typeof parseHistory>['entries'] = [];
  let view: HistoryView | undefined;
  let model: VarianceModel | undefined;
  const steps: (() => void)[] = [
    () => {
      const parsed = parseRegister(data.strategyRows, data.tacticRows);
      if (!parsed.ok) throw new Error(parsed.errors.join(' '));
      register = parsed.register;
    },
    () => {
      if (register) healthCheck(register, { now, timeZone: 'Etc/UTC', settings: DEFAULT_SETTINGS });
    },
    () => {
      if (register) rows = buildSnapshotRows(register.strategies, register.tactics, SNAPSHOT_QUARTER, now).rows;
    },
    () => {
      entries = parseHistory([...data.historyRows, ...rows]).entries;
    },
    () => {
      view = buildHistoryView(entries);
    },
    () => {
      if (!view) return;
      const result = buildVariance(view, HISTORY_QUARTERS[HISTORY_QUARTERS.length - 1] as string, SNAPSHOT_QUARTER);
      if (!result.ok) throw new Error(result.errors.join(' '));
      model = result.value;
    },
    () => {
      if (!model || !view) return;
      renderVarianceSheet(model);
      progressChartTable(view, SNAPSHOT_QUARTER);
    },
  ];
  return steps.map((step) => cpuMs(step));
}

/** Median CPU per phase over `TIMED_RUNS` passes after one warm-up pass. */
export function measurePureCore(data: RegisterData, now: Date): CorePhase[] {
  onePass(data, now);
  const passes = Array.from({ length: TIMED_RUNS }, () => onePass(data, now));
  return PHASES.map((name, index) => ({ name, cpuMs: median(passes.map((pass) => pass[index] ?? 0)) }));
}
