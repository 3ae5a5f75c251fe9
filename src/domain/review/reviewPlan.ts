import { idKey } from '../register/ids';
import type { StrategyHeader, TacticHeader } from '../register/schema';
import type { Strategy, Tactic } from '../register/types';

/** A strategy's quarterly review as the sidebar sends it. */
export interface ReviewInput {
  readonly strategyId: string;
  readonly learning: string;
  readonly decision: 'keep' | 'adjust' | 'pivot' | 'retire';
  readonly confidence: number | null;
  readonly newTarget?: number;
  readonly tactics: Readonly<Record<string, 'keep' | 'drop' | 'done'>>;
}

/** New cell values per 1-based row, by header; only the cells a review changes. */
export type RowPatches<H extends string> = Map<number, Partial<Record<H, unknown>>>;

export type ReviewPlan =
  | {
      readonly ok: true;
      readonly strategies: RowPatches<StrategyHeader>;
      readonly tactics: RowPatches<TacticHeader>;
      readonly reviewed: number;
    }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * What a quarterly review writes: learning, last reviewed (today), confidence, the
 * decision's effect (adjust → new target, retire → Retired) and each tactic's status
 * (drop → Dropped, done → Done; every reviewed tactic gets today's review date).
 */
export function planReview(
  reviews: readonly ReviewInput[],
  strategies: readonly Strategy[],
  tactics: readonly Tactic[],
  today: Date,
): ReviewPlan {
  const strategyById = new Map(strategies.map((strategy) => [idKey(strategy.id), strategy]));
  const tacticById = new Map(tactics.map((tactic) => [idKey(tactic.id), tactic]));
  const strategyPatches: RowPatches<StrategyHeader> = new Map();
  const tacticPatches: RowPatches<TacticHeader> = new Map();
  const errors: string[] = [];

  for (const review of reviews) {
    const strategy = strategyById.get(idKey(review.strategyId));
    if (!strategy || strategy.id === '') {
      errors.push(`No strategy has the ID ${JSON.stringify(review.strategyId)} any more; reload the sidebar.`);
      continue;
    }
    const patch: Partial<Record<StrategyHeader, unknown>> = { 'Last reviewed': today };
    if (review.learning.trim() !== '') patch.Learning = review.learning.trim();
    if (review.confidence !== null) {
      if (!(review.confidence >= 0 && review.confidence <= 10)) {
        errors.push(`The confidence for ${strategy.id} must be from 0 to 10.`);
      }
      patch.Confidence = review.confidence;
    }
    if (review.decision === 'retire') patch.Status = 'Retired';
    if (review.decision === 'adjust') {
      if (review.newTarget === undefined || !Number.isFinite(review.newTarget)) {
        errors.push(`Adjusting the target of ${strategy.id} needs the new target as a number.`);
      } else {
        patch.Target = review.newTarget;
      }
    }
    strategyPatches.set(strategy.row, patch);

    for (const [tacticId, decision] of Object.entries(review.tactics)) {
      const tactic = tacticById.get(idKey(tacticId));
      if (!tactic || idKey(tactic.strategyId) !== idKey(strategy.id)) {
        errors.push(`Tactic ${JSON.stringify(tacticId)} does not serve ${strategy.id} any more; reload the sidebar.`);
        continue;
      }
      const tacticPatch: Partial<Record<TacticHeader, unknown>> = { 'Last reviewed': today };
      if (decision === 'drop') tacticPatch.Status = 'Dropped';
      if (decision === 'done') tacticPatch.Status = 'Done';
      tacticPatches.set(tactic.row, tacticPatch);
    }
  }
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, strategies: strategyPatches, tactics: tacticPatches, reviewed: reviews.length };
}
