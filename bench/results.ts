import type { CheckInBenchResult } from './checkIns';
/** The shape of bench/results.json, shared by the runner and the Markdown writer. */
import type { Measured } from './measure';
import type { CorePhase } from './pureCore';
import type { ImportBenchResult } from './importBench';
import type { StrategyCheckResult } from './strategyCheck';

export interface OperationResult extends Measured {
  readonly name: string;
  /** Estimated Apps Script seconds with Google's per-cell figure (upper bound). */
  readonly estSeconds: number;
  /** The same with a user's measured per-cell figure. */
  readonly estSecondsMeasuredCell: number;
  readonly note?: string;
}

export interface SizeResult {
  readonly tactics: number;
  /** Quarters of Snapshot History before the snapshot. */
  readonly quarters: number;
  readonly strategies: number;
  readonly historyRows: number;
  /** Cells of every sheet's grid (max rows × max columns) after one more snapshot. */
  readonly spreadsheetCellsAfterSnapshot: number;
  /** The QOQ_CHANGE history index as the document cache would hold it (two latest quarters; cached only up to 60 chunks). */
  readonly indexCache: { readonly characters: number; readonly chunks: number };
  readonly operations: OperationResult[];
}

/** The pure core of the sidebar load and of QOQ_CHANGE on a cache miss, outside node:vm. */
export interface OtherCore {
  readonly tactics: number;
  readonly sidebarMs: number;
  readonly indexMs: number;
  readonly lookupsMs: number;
}

export interface NaiveResult {
  readonly tactics: number;
  readonly operation: string;
  readonly naiveName: string;
  readonly addon: OperationResult;
  readonly naive: OperationResult;
}

export interface PromiseCheck {
  readonly promise: string;
  readonly measured: string;
  readonly pass: boolean;
}

export interface BenchResults {
  readonly generatedAt: string;
  readonly seed: number;
  readonly machine: {
    readonly node: string;
    readonly cpus: number;
    readonly cpuModel: string;
    readonly loadAverageBefore: readonly number[];
    readonly loadAverageAfter: readonly number[];
    readonly wallSeconds: number;
  };
  readonly method: readonly string[];
  readonly costModel: readonly string[];
  readonly sizes: SizeResult[];
  readonly pureCore: {
    readonly tactics: number;
    readonly phases: CorePhase[];
    readonly totalMs: number;
    /** The same snapshot reading the whole history (no ledger). */
    readonly wholeHistoryMs: number;
  } | null;
  readonly otherCore: OtherCore | null;
  /** Absent from results written before it was measured. */
  readonly strategyCheck?: StrategyCheckResult;
  /** Absent from results written before it was measured. */
  readonly checkIns?: CheckInBenchResult;
  readonly importPlan?: ImportBenchResult;
  readonly naive: NaiveResult[];
  readonly constantCalls: Record<string, boolean>;
  readonly promises: PromiseCheck[];
}
