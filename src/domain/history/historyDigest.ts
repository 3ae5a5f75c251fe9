import { type DriftSide, driftSideOf } from './drift';
import type { HistoryView, QuarterSnapshot } from './historyView';
import { compareQuarterLabels } from './quarterOrder';

/**
 * What the QoQ Variance needs from older snapshots, kept small: per strategy its first plan
 * (for drift) and its progress in every snapshot (for the trend and the chart). A new
 * snapshot then needs only the previous quarter's snapshot plus this digest.
 */

export interface QuarterStamp {
  readonly quarter: string;
  readonly takenAt: Date | null;
}

export interface StrategyDigest {
  readonly firstQuarter: string;
  /** The strategy as its first snapshot held it, live tactic IDs included. */
  readonly first: DriftSide;
  /** Progress in each snapshot that holds the strategy (null when blank there). */
  readonly progress: ReadonlyMap<string, number | null>;
}

export interface HistoryDigest {
  /** Every quarter with a snapshot, oldest first, with its Taken at. */
  readonly quarters: readonly QuarterStamp[];
  readonly strategies: ReadonlyMap<string, StrategyDigest>;
}

/** The digest of a whole history. */
export function digestOfView(view: HistoryView): HistoryDigest {
  const quarters: QuarterStamp[] = [];
  // Built with plain mutable maps here (fresh, unshared) to stay linear in the history's size.
  const building = new Map<string, { firstQuarter: string; first: DriftSide; progress: Map<string, number | null> }>();
  for (const quarter of view.quarters) {
    const snapshot = view.snapshots.get(quarter);
    if (!snapshot) continue;
    quarters.push({ quarter, takenAt: snapshot.takenAt });
    for (const [id, entry] of snapshot.strategies) {
      const known = building.get(id);
      if (known) {
        known.progress.set(quarter, entry.progress);
        continue;
      }
      const first = driftSideOf(snapshot, id);
      if (first) building.set(id, { firstQuarter: quarter, first, progress: new Map([[quarter, entry.progress]]) });
    }
  }
  return { quarters, strategies: building };
}

/**
 * The strategies after `snapshot` is recorded as quarter `snapshot.quarter`, forgetting what
 * that quarter held before when `replacing`. One pass, one progress copy per changed strategy;
 * strategies the snapshot does not touch are shared with the input, which is never changed.
 */
function recordSnapshot(
  before: ReadonlyMap<string, StrategyDigest>,
  snapshot: QuarterSnapshot,
  replacing: boolean,
): Map<string, StrategyDigest> {
  const quarter = snapshot.quarter;
  const strategies = new Map<string, StrategyDigest>();
  for (const [id, strategy] of before) {
    if (replacing && strategy.firstQuarter === quarter) continue;
    const entry = snapshot.strategies.get(id);
    const forget = replacing && strategy.progress.has(quarter);
    if (!entry && !forget) {
      strategies.set(id, strategy);
      continue;
    }
    const progress = new Map(strategy.progress);
    // Deleting first keeps the replaced quarter last, where a digest of the whole history has it.
    if (forget) progress.delete(quarter);
    if (entry) progress.set(quarter, entry.progress);
    strategies.set(id, { ...strategy, progress });
  }
  for (const [id, entry] of snapshot.strategies) {
    if (strategies.has(id)) continue;
    const first = driftSideOf(snapshot, id);
    if (first) strategies.set(id, { firstQuarter: quarter, first, progress: new Map([[quarter, entry.progress]]) });
  }
  return strategies;
}

/**
 * The digest after `snapshot` is added as the newest quarter, or replaces the newest quarter
 * (same label). Undefined when the snapshot is older than the digest's newest quarter: the
 * caller then rebuilds the digest from the full history. The input digest is not changed.
 */
export function advanceDigest(digest: HistoryDigest, snapshot: QuarterSnapshot): HistoryDigest | undefined {
  const newest = digest.quarters[digest.quarters.length - 1];
  const replacing = newest !== undefined && newest.quarter === snapshot.quarter;
  if (newest !== undefined && !replacing && compareQuarterLabels(snapshot.quarter, newest.quarter) <= 0) {
    return undefined;
  }
  const strategies = recordSnapshot(digest.strategies, snapshot, replacing);
  const kept = replacing ? digest.quarters.slice(0, -1) : digest.quarters;
  return { quarters: [...kept, { quarter: snapshot.quarter, takenAt: snapshot.takenAt }], strategies };
}

/** Progress of a strategy in every quarter of the digest, oldest first (null where absent or blank). */
export function trendOf(digest: HistoryDigest, strategyId: string): (number | null)[] {
  const progress = digest.strategies.get(strategyId)?.progress;
  return digest.quarters.map(({ quarter }) => progress?.get(quarter) ?? null);
}
