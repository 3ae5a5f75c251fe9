import type { HealthCheckContext } from '../register/healthCheck';
import { isActiveStrategyStatus, isActiveTacticStatus } from '../register/rules/activity';
import { currentReviewPeriod, overdueReview } from '../register/rules/overdueReview';
import { SHEET } from '../register/schema';
import { failAll, ok, type Result } from '../result';
import type { Effect } from '../sheetLayout';
import { drift, driftSideOf } from './drift';
import { digestOfView, type HistoryDigest, trendOf } from './historyDigest';
import type { HistoryEntry } from './historyRead';
import { type HistoryView, isLiveTactic, type QuarterSnapshot } from './historyView';
import { canonicalQuarter, compareQuarterLabels } from './quarterOrder';
import { type Realignment, realignmentOf, usesAlignment } from './realignment';

export type { Effect };
export type Direction = 'up' | 'down';

export interface NumberChange {
  readonly before: number | null;
  readonly after: number | null;
  /** after − before; null unless both are numbers. */
  readonly change: number | null;
  /** change / |before|; null when before is 0 or missing (never NaN or Infinity). */
  readonly changePercent: number | null;
  readonly effect: Effect;
}

export interface TextChange {
  readonly before: string | null;
  readonly after: string | null;
  readonly changed: boolean;
}

/** `both`: in both snapshots; `added`: new in the later one; `gone`: only in the earlier one. */
export type Presence = 'both' | 'added' | 'gone';

export interface StrategyVariance {
  readonly id: string;
  /** The later wording (the earlier one for a strategy that is gone). */
  readonly statement: string;
  readonly presence: Presence;
  readonly target: NumberChange;
  readonly current: NumberChange;
  /** Progress as a fraction; `points` is the change in percentage points. */
  readonly progress: NumberChange & { readonly points: number | null };
  readonly status: TextChange;
  readonly reworded: boolean;
  /** The earlier wording when reworded, else null. */
  readonly oldStatement: string | null;
  /** Its Parent before and after, when it changed (see realignment.ts). */
  readonly realigned: Realignment | null;
  /** Tactics in the plan (status not Dropped); a tactic moved here counts as added, moved away as dropped. */
  readonly tactics: { readonly before: number; readonly after: number };
  readonly addedTactics: readonly string[];
  readonly droppedTactics: readonly string[];
  /** Progress in every snapshot, oldest first (null where absent or blank). */
  readonly trend: readonly (number | null)[];
  /** Drift from the strategy's first snapshot to the later quarter; null when gone. */
  readonly drift: number | null;
  /** From baseline vs target: `down` for a decreasing metric such as churn. */
  readonly direction: Direction | null;
  /** What differs between the two snapshots of a strategy in both (`Target`, `Tactics`…), in table order. */
  readonly whatChanged: readonly StrategyField[];
  readonly changed: boolean;
  /** STRATEGY_FORECAST when each snapshot was taken (blank in snapshots older than check-ins). */
  readonly forecast: NumberChange;
  /** Check-ins in the later snapshot's quarter; null when it kept none. */
  readonly checkIns: number | null;
}

export type StrategyField =
  | 'Wording'
  | 'Baseline'
  | 'Target'
  | 'Current'
  | 'Progress'
  | 'Status'
  | 'Tactics'
  | 'Parent';
export type TacticField = 'Wording' | 'Strategy' | 'Status' | 'Target' | 'Actual';

/**
 * `moved`: kept but under another strategy; `changed`: its wording, status, target or actual
 * differs. Dropped covers removal and status Dropped.
 */
export type TacticFlag = 'added' | 'dropped' | 'moved' | 'changed' | 'unchanged';

export interface TacticVariance {
  readonly id: string;
  readonly statement: string;
  /** The earlier wording when reworded, else null. */
  readonly oldStatement: string | null;
  readonly strategy: TextChange;
  readonly status: TextChange;
  readonly target: NumberChange;
  readonly actual: NumberChange;
  /** What differs between the two snapshots of a tactic in both, in table order. */
  readonly whatChanged: readonly TacticField[];
  readonly flag: TacticFlag;
}

export interface VarianceSummary {
  readonly strategiesChanged: number;
  readonly strategiesAdded: number;
  /** Strategies whose status became Retired, plus those gone from the register. */
  readonly strategiesRetired: number;
  readonly tacticsAdded: number;
  readonly tacticsDropped: number;
  readonly tacticsMoved: number;
  /**
   * Items of the later snapshot the health check's overdue-review rule flags at the moment
   * it was taken (active, not reviewed in that review period); null when its time is unknown.
   */
  readonly overdueReviews: number | null;
  /** Mean drift of the strategies in the later snapshot; null when it has none. */
  readonly meanDrift: number | null;
}

export interface VarianceModel {
  readonly from: string;
  readonly to: string;
  /** Every quarter with a snapshot, oldest first: the trend's x axis. */
  readonly quarters: readonly string[];
  readonly summary: VarianceSummary;
  readonly strategies: readonly StrategyVariance[];
  readonly tactics: readonly TacticVariance[];
}

export type VarianceResult = Result<VarianceModel>;

function numberChange(before: number | null, after: number | null, effectOf: (change: number) => Effect): NumberChange {
  const change = before !== null && after !== null ? after - before : null;
  const changePercent = change !== null && before !== null && before !== 0 ? change / Math.abs(before) : null;
  return {
    before,
    after,
    change,
    changePercent,
    effect: change === null || change === 0 ? 'neutral' : effectOf(change),
  };
}

const neutral = (): Effect => 'neutral';
const risingIsGood = (change: number): Effect => (change > 0 ? 'good' : 'bad');

function directionOf(entry: HistoryEntry | undefined): Direction | null {
  if (!entry || entry.baseline === null || entry.target === null || entry.target === entry.baseline) return null;
  return entry.target > entry.baseline ? 'up' : 'down';
}

function textChange(before: string | undefined, after: string | undefined): TextChange {
  const b = before ?? null;
  const a = after ?? null;
  return { before: b, after: a, changed: b !== a };
}

function difference(a: readonly string[], b: readonly string[]): string[] {
  const other = new Set(b);
  return a.filter((id) => !other.has(id));
}

/** Drift from the strategy's first plan to `to`; a strategy the digest lacks is new in `to`, so 0. */
function driftAt(digest: HistoryDigest, to: QuarterSnapshot, id: string): number | null {
  const later = driftSideOf(to, id);
  if (!later) return null;
  return drift(digest.strategies.get(id)?.first ?? later, later).total;
}

function strategyRow(
  digest: HistoryDigest,
  from: QuarterSnapshot,
  to: QuarterSnapshot,
  id: string,
  aligned: boolean,
): StrategyVariance {
  const before = from.strategies.get(id);
  const after = to.strategies.get(id);
  const latest = after ?? before;
  const direction = directionOf(latest);
  const currentEffect = (change: number): Effect =>
    direction === null ? 'neutral' : change > 0 === (direction === 'up') ? 'good' : 'bad';
  const progress = numberChange(before?.progress ?? null, after?.progress ?? null, risingIsGood);
  const tacticsBefore = before ? (from.liveTactics.get(id) ?? []) : [];
  const tacticsAfter = after ? (to.liveTactics.get(id) ?? []) : [];
  const reworded = before !== undefined && after !== undefined && before.statement !== after.statement;
  const addedTactics = difference(tacticsAfter, tacticsBefore);
  const droppedTactics = difference(tacticsBefore, tacticsAfter);
  const status = textChange(before?.status, after?.status);
  const realigned = realignmentOf(from, to, id, aligned);
  const whatChanged: StrategyField[] = [];
  if (before && after) {
    const differs: [StrategyField, boolean][] = [
      ['Wording', reworded],
      ['Baseline', before.baseline !== after.baseline],
      ['Target', before.target !== after.target],
      ['Current', before.current !== after.current],
      ['Progress', before.progress !== after.progress],
      ['Status', status.changed],
      ['Tactics', addedTactics.length > 0 || droppedTactics.length > 0],
      ['Parent', realigned !== null],
    ];
    for (const [field, changed] of differs) if (changed) whatChanged.push(field);
  }
  return {
    id,
    statement: latest?.statement ?? '',
    presence: before && after ? 'both' : after ? 'added' : 'gone',
    target: numberChange(before?.target ?? null, after?.target ?? null, neutral),
    current: numberChange(before?.current ?? null, after?.current ?? null, currentEffect),
    progress: { ...progress, points: progress.change === null ? null : Math.round(progress.change * 1e11) / 1e9 },
    status,
    reworded,
    oldStatement: reworded && before ? before.statement : null,
    realigned,
    tactics: { before: tacticsBefore.length, after: tacticsAfter.length },
    addedTactics,
    droppedTactics,
    trend: trendOf(digest, id),
    drift: driftAt(digest, to, id),
    direction,
    whatChanged,
    changed: !before || !after || whatChanged.length > 0,
    forecast: numberChange(before?.forecast ?? null, after?.forecast ?? null, risingIsGood),
    checkIns: after?.checkIns ?? null,
  };
}

function tacticRow(from: QuarterSnapshot, to: QuarterSnapshot, id: string): TacticVariance {
  const before = from.tactics.get(id);
  const after = to.tactics.get(id);
  const liveBefore = before !== undefined && isLiveTactic(before);
  const liveAfter = after !== undefined && isLiveTactic(after);
  const strategy = textChange(before?.strategyId, after?.strategyId);
  const status = textChange(before?.status, after?.status);
  const reworded = before !== undefined && after !== undefined && before.statement !== after.statement;
  const whatChanged: TacticField[] = [];
  if (before && after) {
    const differs: [TacticField, boolean][] = [
      ['Wording', reworded],
      ['Strategy', strategy.changed],
      ['Status', status.changed],
      ['Target', before.target !== after.target],
      ['Actual', before.current !== after.current],
    ];
    for (const [field, changed] of differs) if (changed) whatChanged.push(field);
  }
  let flag: TacticFlag = 'unchanged';
  if (!liveBefore && liveAfter) flag = 'added';
  else if (liveBefore && !liveAfter) flag = 'dropped';
  else if (liveBefore && liveAfter && strategy.changed) flag = 'moved';
  else if (whatChanged.length > 0) flag = 'changed';
  const target = after?.target ?? before?.target ?? null;
  const startValue = before?.current ?? null;
  const towardTarget = (change: number): Effect => {
    if (target === null || startValue === null || target === startValue) return 'neutral';
    return change > 0 === target > startValue ? 'good' : 'bad';
  };
  return {
    id,
    statement: (after ?? before)?.statement ?? '',
    oldStatement: reworded && before ? before.statement : null,
    strategy,
    status,
    target: numberChange(before?.target ?? null, after?.target ?? null, neutral),
    actual: numberChange(startValue, after?.current ?? null, towardTarget),
    whatChanged,
    flag,
  };
}

function unionOfKeys(later: ReadonlyMap<string, unknown>, earlier: ReadonlyMap<string, unknown>): string[] {
  const ids = [...later.keys()];
  for (const id of earlier.keys()) if (!later.has(id)) ids.push(id);
  return ids;
}

/** The register's settings and time zone, as the health check reads them. */
export type ReviewRules = Pick<HealthCheckContext, 'timeZone' | 'settings'>;

/** How many items of `to` the health check's overdue-review rule flags at the moment `to` was taken. */
function overdueReviews(to: QuarterSnapshot, rules: ReviewRules): number | null {
  if (to.takenAt === null) return null;
  const period = currentReviewPeriod(to.takenAt, rules.timeZone, rules.settings);
  const overdue = (kind: 'strategy' | 'tactic', entry: HistoryEntry): boolean =>
    overdueReview(kind, SHEET.history, entry, period, rules.timeZone).length > 0;
  let count = 0;
  for (const s of to.strategies.values()) if (isActiveStrategyStatus(s.status) && overdue('strategy', s)) count += 1;
  for (const t of to.tactics.values()) if (isActiveTacticStatus(t.status) && overdue('tactic', t)) count += 1;
  return count;
}

function missingQuarter(view: HistoryView, label: string): string {
  if (view.quarters.length === 0) return 'Snapshot History holds no snapshots yet; take a quarterly snapshot first.';
  return `There is no snapshot for ${JSON.stringify(label)}; Snapshot History holds ${view.quarters.join(', ')}.`;
}

/**
 * Compares two snapshots: every strategy and tactic in either of them, with before → after
 * values, good/bad colouring hints, trend across all snapshots and drift from first plan.
 */
export function varianceOfView(
  view: HistoryView,
  fromQuarter: string,
  toQuarter: string,
  rules: ReviewRules,
): VarianceResult {
  // Earlier → later, whichever order the quarters came in.
  const [fromLabel, toLabel] =
    compareQuarterLabels(fromQuarter, toQuarter) <= 0 ? [fromQuarter, toQuarter] : [toQuarter, fromQuarter];
  const from = view.snapshots.get(canonicalQuarter(fromLabel));
  const to = view.snapshots.get(canonicalQuarter(toLabel));
  if (!from || !to) {
    const missing = view.quarters.length === 0 ? [fromLabel] : [...(from ? [] : [fromLabel]), ...(to ? [] : [toLabel])];
    return failAll(missing.map((label) => ({ code: 'not-found' as const, message: missingQuarter(view, label) })));
  }
  return ok(varianceFromSnapshots(digestOfView(view), from, to, rules));
}

/** The variance from a digest and the two compared snapshots (no other history needed). */
export function varianceFromSnapshots(
  digest: HistoryDigest,
  from: QuarterSnapshot,
  to: QuarterSnapshot,
  rules: ReviewRules,
): VarianceModel {
  const aligned = usesAlignment(from);
  const strategies = unionOfKeys(to.strategies, from.strategies).map((id) =>
    strategyRow(digest, from, to, id, aligned),
  );
  const tactics = unionOfKeys(to.tactics, from.tactics).map((id) => tacticRow(from, to, id));
  const drifts = strategies.flatMap((s) => (s.drift === null ? [] : [s.drift]));
  const countFlag = (flag: TacticFlag): number => tactics.filter((t) => t.flag === flag).length;
  const summary: VarianceSummary = {
    strategiesChanged: strategies.filter((s) => s.presence === 'both' && s.changed).length,
    strategiesAdded: strategies.filter((s) => s.presence === 'added').length,
    strategiesRetired: strategies.filter(
      (s) => s.presence === 'gone' || (s.status.changed && s.status.after?.trim().toLowerCase() === 'retired'),
    ).length,
    tacticsAdded: countFlag('added'),
    tacticsDropped: countFlag('dropped'),
    tacticsMoved: countFlag('moved'),
    overdueReviews: overdueReviews(to, rules),
    meanDrift: drifts.length === 0 ? null : drifts.reduce((sum, d) => sum + d, 0) / drifts.length,
  };
  const quarters = digest.quarters.map((stamp) => stamp.quarter);
  return { from: from.quarter, to: to.quarter, quarters, summary, strategies, tactics };
}
