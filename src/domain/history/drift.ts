import type { HistoryView, QuarterSnapshot } from './historyView';
import { firstQuarterOf } from './historyView';
import { canonicalQuarter, compareQuarterLabels } from './quarterOrder';

/**
 * Drift: how far a strategy has moved from its first snapshot, 0 (as planned) to 1.
 *
 * total = 0.4 × wording + 0.3 × target + 0.3 × tactics, where
 * - wording: Jaccard distance of the statements' word sets (lower case, punctuation
 *   dropped), so reordering words is no change and a new sentence is 1;
 * - target: |t1 − t0| / max(|t0|, |baseline0|, 1e-9), capped at 1; 0 when both are blank,
 *   1 when a target was set or removed;
 * - tactics: tactics added, dropped or moved in/out divided by all tactic IDs seen in
 *   either snapshot (Jaccard distance of the two tactic sets); 0 when both are empty.
 */
export const DRIFT_WEIGHTS = { wording: 0.4, target: 0.3, tactics: 0.3 } as const;

const TINY = 1e-9;

export interface DriftSide {
  readonly statement: string;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly tacticIds: readonly string[];
}

export interface Drift {
  readonly wording: number;
  readonly target: number;
  readonly tactics: number;
  readonly total: number;
}

/** Words of a statement: lower case, letters and digits of any script, punctuation dropped. */
export function wordsOf(statement: string): Set<string> {
  return new Set(
    statement
      .normalize('NFKC')
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word !== ''),
  );
}

function jaccardDistance(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (a.size === 0 && b.size === 0) return 0;
  let shared = 0;
  for (const item of a) if (b.has(item)) shared += 1;
  return 1 - shared / (a.size + b.size - shared);
}

export function wordingDistance(before: string, after: string): number {
  return jaccardDistance(wordsOf(before), wordsOf(after));
}

export function targetChange(baseline0: number | null, target0: number | null, target1: number | null): number {
  if (target0 === null && target1 === null) return 0;
  if (target0 === null || target1 === null) return 1;
  const scale = Math.max(Math.abs(target0), Math.abs(baseline0 ?? 0), TINY);
  return Math.min(1, Math.abs(target1 - target0) / scale);
}

export function tacticChurn(before: readonly string[], after: readonly string[]): number {
  return jaccardDistance(new Set(before), new Set(after));
}

/** Drift between a first and a later version of a strategy; identical versions give exactly 0. */
export function drift(first: DriftSide, later: DriftSide): Drift {
  const wording = wordingDistance(first.statement, later.statement);
  const target = targetChange(first.baseline, first.target, later.target);
  const tactics = tacticChurn(first.tacticIds, later.tacticIds);
  const weighted = DRIFT_WEIGHTS.wording * wording + DRIFT_WEIGHTS.target * target + DRIFT_WEIGHTS.tactics * tactics;
  // Rounded so that sums of the weights read as the decimals they are (0.425, not 0.42500000000000004).
  const total = Math.min(1, Math.round(weighted * 1e12) / 1e12);
  return { wording, target, tactics, total };
}

/** A strategy as a snapshot holds it, or undefined when the snapshot lacks it. */
export function driftSideOf(snapshot: QuarterSnapshot | undefined, strategyId: string): DriftSide | undefined {
  const entry = snapshot?.strategies.get(strategyId);
  if (!snapshot || !entry) return undefined;
  return {
    statement: entry.statement,
    baseline: entry.baseline,
    target: entry.target,
    tacticIds: snapshot.liveTactics.get(strategyId) ?? [],
  };
}

/**
 * Drift of a strategy from its first snapshot to the given quarter (default: its latest
 * snapshot). Undefined when the strategy is in no snapshot up to that quarter.
 */
export function strategyDrift(view: HistoryView, strategyId: string, atQuarter?: string): Drift | undefined {
  const firstQuarter = firstQuarterOf(view, strategyId);
  if (firstQuarter === undefined) return undefined;
  const at = atQuarter === undefined ? latestQuarterOf(view, strategyId) : canonicalQuarter(atQuarter);
  if (at === undefined || compareQuarterLabels(at, firstQuarter) < 0) return undefined;
  const first = driftSideOf(view.snapshots.get(firstQuarter), strategyId);
  const later = driftSideOf(view.snapshots.get(at), strategyId);
  return first && later ? drift(first, later) : undefined;
}

function latestQuarterOf(view: HistoryView, strategyId: string): string | undefined {
  for (let i = view.quarters.length - 1; i >= 0; i -= 1) {
    const quarter = view.quarters[i];
    if (quarter !== undefined && view.snapshots.get(quarter)?.strategies.has(strategyId)) return quarter;
  }
  return undefined;
}
