/**
 * The quarterly review as data: one step per active strategy, then a summary step.
 * The draft the server keeps is exactly this state, so a review can resume anywhere.
 */
import { strategyFieldContext } from '../domain/edit/formSchemas';
import { checkReviewStep } from '../domain/review/reviewForm';
import type {
  AppliedReview,
  RegisterView,
  ReviewDecision,
  ReviewDraft,
  StrategyReview,
  StrategyView,
  TacticDecision,
  TacticView,
} from '../server/api/wireTypes';

export const DECISIONS: readonly { readonly value: ReviewDecision; readonly label: string }[] = [
  { value: 'keep', label: 'Keep as is' },
  { value: 'adjust', label: 'Adjust the target' },
  { value: 'pivot', label: 'Pivot the tactics' },
  { value: 'retire', label: 'Retire the strategy' },
];

export const TACTIC_DECISIONS: readonly { readonly value: TacticDecision; readonly label: string }[] = [
  { value: 'keep', label: 'Keep' },
  { value: 'drop', label: 'Drop' },
  { value: 'done', label: 'Done' },
];

const CLOSED_TACTIC_STATUSES = new Set(['Done', 'Dropped']);

export function activeStrategies(view: RegisterView): StrategyView[] {
  return view.strategies.filter((strategy) => strategy.status === 'Active' && strategy.id !== '');
}

/** The tactics a review decides on: those of the strategy still planned or under way. */
export function openTactics(view: RegisterView, strategyId: string): TacticView[] {
  return view.tactics.filter(
    (tactic) => tactic.strategyId === strategyId && !CLOSED_TACTIC_STATUSES.has(tactic.status),
  );
}

export function blankReview(view: RegisterView, strategy: StrategyView): StrategyReview {
  const tactics: Record<string, TacticDecision> = {};
  for (const tactic of openTactics(view, strategy.id)) tactics[tactic.id] = 'keep';
  return { strategyId: strategy.id, learning: '', decision: 'keep', changes: {}, tactics };
}

/** A saved step as this sidebar reads it, whatever an older sidebar stored (a draft cut short, other fields). */
function savedStep(review: StrategyReview): StrategyReview {
  const { strategyId, learning, decision, changes, newTarget, tactics } = review;
  return {
    strategyId,
    learning: typeof learning === 'string' ? learning : '',
    decision,
    changes: typeof changes === 'object' && changes !== null ? changes : {},
    ...(newTarget === undefined || newTarget === null ? {} : { newTarget: String(newTarget) }),
    tactics: typeof tactics === 'object' && tactics !== null ? tactics : {},
  };
}

/**
 * The review applied this quarter, when there is one and no review was started again
 * since: the review screen then says it was done instead of starting over.
 */
export function appliedThisQuarter(view: RegisterView, draft: ReviewDraft | null): AppliedReview | null {
  const applied = view.lastReview;
  if (!applied || applied.quarter !== view.currentQuarter) return null;
  return draft && draft.quarter === view.currentQuarter ? null : applied;
}

/**
 * The review to show: the saved draft when it is for this quarter (its answers kept for
 * strategies still active, tactics still open), fresh answers otherwise.
 */
export function startReview(view: RegisterView, draft: ReviewDraft | null): ReviewDraft {
  const strategies = activeStrategies(view);
  const saved = draft && draft.quarter === view.currentQuarter ? draft : null;
  const reviews = strategies.map((strategy) => {
    const blank = blankReview(view, strategy);
    const found = saved?.reviews.find((review) => review.strategyId === strategy.id);
    if (!found) return blank;
    const previous = savedStep(found);
    const tactics: Record<string, TacticDecision> = {};
    for (const id of Object.keys(blank.tactics)) tactics[id] = previous.tactics[id] ?? 'keep';
    return { ...previous, tactics };
  });
  const step = saved ? Math.min(Math.max(0, saved.step), strategies.length) : 0;
  return { quarter: view.currentQuarter, step, reviews };
}

export function replaceReview(draft: ReviewDraft, review: StrategyReview): ReviewDraft {
  return {
    ...draft,
    reviews: draft.reviews.map((existing) => (existing.strategyId === review.strategyId ? review : existing)),
  };
}

/** One step as typed; `current` and `confidence` open on the strategy's cells as they stand. */
export interface ReviewStepForm {
  readonly learning: string;
  readonly decision: ReviewDecision;
  readonly newTarget: string;
  readonly current: string;
  readonly confidence: string;
  readonly tactics: Readonly<Record<string, TacticDecision>>;
}

export type ReviewStepResult =
  | { readonly ok: true; readonly review: StrategyReview }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/**
 * Checks one step with the domain's review form and turns it into the review sent to the
 * server: only the fields that differ from the strategy's cells, so an untouched one
 * (confidence 12, a note typed into Current) is never written back.
 */
export function readReviewStep(strategy: StrategyView, form: ReviewStepForm): ReviewStepResult {
  const changes: Record<string, string> = {};
  if (form.current !== strategy.fields.current) changes.current = form.current;
  if (form.confidence !== strategy.fields.confidence) changes.confidence = form.confidence;
  const review: StrategyReview = {
    strategyId: strategy.id,
    learning: form.learning,
    decision: form.decision,
    changes,
    ...(form.decision === 'adjust' ? { newTarget: form.newTarget } : {}),
    tactics: { ...form.tactics },
  };
  const checked = checkReviewStep(review, strategyFieldContext(strategy.unit, strategy));
  return checked.ok ? { ok: true, review } : { ok: false, errors: checked.fieldErrors };
}

/** "2 kept, 1 adjusted, 0 pivoted, 1 retired" for the summary step. */
export function reviewSummary(reviews: readonly StrategyReview[]): string {
  const count = (decision: ReviewDecision) => reviews.filter((review) => review.decision === decision).length;
  return `${count('keep')} kept, ${count('adjust')} adjusted, ${count('pivot')} pivoted, ${count('retire')} retired.`;
}
