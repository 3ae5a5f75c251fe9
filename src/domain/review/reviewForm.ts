import { type FieldContext, numberRule, textRule } from '../edit/formFields';
import { checkForm, type FormCheck, type FormSchema, STRATEGY_FORM } from '../edit/formSchemas';
import type { ReviewDecisionLabel } from '../register/schema';

/**
 * One step of the quarterly review, for one strategy, as the sidebar sends it. Its
 * number fields are the strategy form's own rules, so a value the Edit form accepts the
 * review accepts too; like the form, it sends only the fields the reviewer changed.
 */
export interface ReviewInput {
  readonly strategyId: string;
  readonly learning: string;
  readonly decision: 'keep' | 'adjust' | 'pivot' | 'retire';
  /** The strategy's fields the reviewer changed, as typed; absent ones are not written. */
  readonly changes: Readonly<Partial<Record<'current' | 'confidence', string>>>;
  /** The new target as typed, when the decision is "adjust". */
  readonly newTarget?: string;
  readonly tactics: Readonly<Record<string, 'keep' | 'drop' | 'done'>>;
}

export const REVIEW_FORM = {
  learning: textRule('Learning', 'The learning'),
  current: STRATEGY_FORM.current,
  confidence: STRATEGY_FORM.confidence,
  newTarget: numberRule('Target', 'The new target', undefined, {
    required: 'Give the new target as a number, such as 0.25 or 25%.',
    percentable: true,
  }),
} satisfies FormSchema<string>;

export type ReviewField = keyof typeof REVIEW_FORM;

/** The word the Decision column keeps for each decision of the review. */
export const DECISION_LABELS: Readonly<Record<ReviewInput['decision'], ReviewDecisionLabel>> = {
  keep: 'Keep',
  adjust: 'Adjust',
  pivot: 'Pivot',
  retire: 'Retire',
};

/**
 * Checks one step's typed fields; the sidebar does it before moving on, the server before
 * writing. `context` is the strategy's (its numbers are percentages when its Unit is `%`).
 */
export function checkReviewStep(review: ReviewInput, context: FieldContext = {}): FormCheck<ReviewField> {
  const fields: Record<string, unknown> = { learning: review.learning, ...review.changes };
  if (review.decision === 'adjust') fields.newTarget = review.newTarget ?? '';
  return checkForm(REVIEW_FORM, fields, { ...context, existing: {} });
}
