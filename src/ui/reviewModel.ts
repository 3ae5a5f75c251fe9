/**
 * The quarterly review as data: one step per active strategy, then a summary step.
 * The draft the server keeps is exactly this state, so a review can resume anywhere.
 */
import type {
  RegisterView,
  ReviewDecision,
  ReviewDraft,
  StrategyReview,
  StrategyView,
  TacticDecision,
  TacticView,
} from '../server/api/wireTypes';
import { parseNumberText } from './validation';

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
  return { strategyId: strategy.id, learning: '', decision: 'keep', confidence: strategy.confidence, tactics };
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
    const previous = saved?.reviews.find((review) => review.strategyId === strategy.id);
    if (!previous) return blank;
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

export interface ReviewStepForm {
  readonly learning: string;
  readonly decision: ReviewDecision;
  readonly newTarget: string;
  readonly confidence: string;
  readonly tactics: Readonly<Record<string, TacticDecision>>;
}

export type ReviewStepResult =
  | { readonly ok: true; readonly review: StrategyReview }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

/** Checks one step's answers and turns them into the review sent to the server. */
export function readReviewStep(strategyId: string, form: ReviewStepForm): ReviewStepResult {
  const errors: Record<string, string> = {};
  const confidence = parseNumberText(form.confidence);
  if (confidence === undefined || (confidence !== null && (confidence < 0 || confidence > 10))) {
    errors.confidence = 'Confidence must be a number from 0 to 10.';
  }
  const newTarget = parseNumberText(form.newTarget);
  if (form.decision === 'adjust' && (newTarget === null || newTarget === undefined)) {
    errors.newTarget = 'Give the new target as a number, such as 25.';
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const base = {
    strategyId,
    learning: form.learning.trim(),
    decision: form.decision,
    confidence: confidence ?? null,
    tactics: { ...form.tactics },
  };
  return {
    ok: true,
    review: form.decision === 'adjust' && typeof newTarget === 'number' ? { ...base, newTarget } : base,
  };
}

/** "2 kept, 1 adjusted, 0 pivoted, 1 retired" for the summary step. */
export function reviewSummary(reviews: readonly StrategyReview[]): string {
  const count = (decision: ReviewDecision) => reviews.filter((review) => review.decision === decision).length;
  return `${count('keep')} kept, ${count('adjust')} adjusted, ${count('pivot')} pivoted, ${count('retire')} retired.`;
}
