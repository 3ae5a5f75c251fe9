import { cellsOfForm, strategyFieldContext } from '../edit/formSchemas';
import { idKey } from '../register/ids';
import type { StrategyHeader, TacticHeader } from '../register/schema';
import type { Strategy, Tactic } from '../register/types';
import { failAll, ok, type Result } from '../result';
import { checkReviewStep, DECISION_LABELS, REVIEW_FORM, type ReviewInput } from './reviewForm';

/** New cell values per 1-based row, by header; only the cells a review changes. */
export type RowPatches<H extends string> = Map<number, Partial<Record<H, unknown>>>;

export type ReviewPlan = Result<ReviewPatches>;

export interface ReviewPatches {
  readonly strategies: RowPatches<StrategyHeader>;
  readonly tactics: RowPatches<TacticHeader>;
  readonly reviewed: number;
}

/**
 * What a quarterly review writes: the decision, last reviewed (today), the learning when
 * one was written, the fields the reviewer changed (current, confidence), the decision's
 * effect (adjust → new target, retire → Retired) and each tactic's status (drop →
 * Dropped, done → Done; every reviewed tactic gets today's review date). Nothing else.
 */
export function planReview(
  reviews: readonly ReviewInput[],
  strategies: readonly Strategy[],
  tactics: readonly Tactic[],
  today: Date,
  timeZone: string,
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
    if (!Object.keys(DECISION_LABELS).includes(review.decision)) {
      errors.push(`The decision for ${strategy.id} must be keep, adjust, pivot or retire.`);
      continue;
    }
    const decision = DECISION_LABELS[review.decision];
    const checked = checkReviewStep(review, strategyFieldContext(strategy.unit, strategy));
    if (!checked.ok) {
      errors.push(`${strategy.id}: ${Object.values(checked.fieldErrors).join(' ')}`);
      continue;
    }
    const { learning, ...changed } = checked.values;
    const patch: Partial<Record<StrategyHeader, unknown>> = { 'Last reviewed': today, Decision: decision };
    if (typeof learning === 'string' && learning !== '') patch.Learning = learning;
    for (const [header, value] of cellsOfForm(REVIEW_FORM, changed, timeZone)) {
      patch[header as StrategyHeader] = value;
    }
    if (review.decision === 'retire') patch.Status = 'Retired';
    strategyPatches.set(strategy.row, patch);

    for (const [tacticId, choice] of Object.entries(review.tactics ?? {})) {
      const tactic = tacticById.get(idKey(tacticId));
      if (!tactic || idKey(tactic.strategyId) !== idKey(strategy.id)) {
        errors.push(`Tactic ${JSON.stringify(tacticId)} does not serve ${strategy.id} any more; reload the sidebar.`);
        continue;
      }
      const tacticPatch: Partial<Record<TacticHeader, unknown>> = { 'Last reviewed': today };
      if (choice === 'drop') tacticPatch.Status = 'Dropped';
      if (choice === 'done') tacticPatch.Status = 'Done';
      tacticPatches.set(tactic.row, tacticPatch);
    }
  }
  if (errors.length > 0) return failAll(errors.map((message) => ({ code: 'bad-value', message })));
  return ok({ strategies: strategyPatches, tactics: tacticPatches, reviewed: reviews.length });
}
