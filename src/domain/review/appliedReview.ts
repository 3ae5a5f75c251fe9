/**
 * The record of the last quarterly review applied, kept in a document property so anyone
 * who opens the review that quarter sees it was done, and when, instead of a fresh start.
 */
export const APPLIED_REVIEW_KEY = 'review.applied';

export interface AppliedReview {
  /** The quarter reviewed (`2026-Q3`). */
  readonly quarter: string;
  /** The day it was applied, in the spreadsheet's time zone (`2026-09-28`). */
  readonly appliedOn: string;
  readonly strategies: number;
  readonly tactics: number;
}

export function serialiseAppliedReview(review: AppliedReview): string {
  return JSON.stringify(review);
}

/** The record a property holds; anything malformed (edited by hand, cut short) reads as none. */
export function parseAppliedReview(text: string | null | undefined): AppliedReview | null {
  if (typeof text !== 'string') return null;
  try {
    const value = JSON.parse(text) as Partial<Record<keyof AppliedReview, unknown>>;
    const { quarter, appliedOn, strategies, tactics } = value ?? {};
    if (typeof quarter !== 'string' || typeof appliedOn !== 'string') return null;
    if (!Number.isInteger(strategies) || !Number.isInteger(tactics)) return null;
    return { quarter, appliedOn, strategies: strategies as number, tactics: tactics as number };
  } catch {
    return null;
  }
}
