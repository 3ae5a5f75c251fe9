import type { ReviewDraft } from '../../../src/server/api/wireTypes';
import {
  activeStrategies,
  openTactics,
  readReviewStep,
  replaceReview,
  reviewSummary,
  startReview,
} from '../../../src/ui/reviewModel';
import { aRegister, aStrategy, aTactic } from './fixtures';

const register = aRegister({
  currentQuarter: '2026-Q3',
  strategies: [
    aStrategy({ id: 'S1', confidence: 7 }),
    aStrategy({ id: 'S2', status: 'On hold' }),
    aStrategy({ id: 'S3', confidence: null }),
    aStrategy({ id: '', statement: 'Not yet numbered' }),
  ],
  tactics: [
    aTactic({ id: 'T1', strategyId: 'S1', status: 'In progress' }),
    aTactic({ id: 'T2', strategyId: 'S1', status: 'Done' }),
    aTactic({ id: 'T3', strategyId: 'S1', status: 'Planned' }),
    aTactic({ id: 'T4', strategyId: 'S3', status: 'Dropped' }),
  ],
});

const keepForm = {
  learning: ' Discovery calls matter. ',
  decision: 'keep' as const,
  newTarget: '',
  confidence: '8',
  tactics: { T1: 'done' as const },
};

describe('which items a review covers', () => {
  it('reviews active strategies that have an ID', () => {
    expect(activeStrategies(register).map((strategy) => strategy.id)).toEqual(['S1', 'S3']);
  });

  it('decides on tactics still planned or under way', () => {
    expect(openTactics(register, 'S1').map((tactic) => tactic.id)).toEqual(['T1', 'T3']);
    expect(openTactics(register, 'S3')).toEqual([]);
  });
});

describe('startReview', () => {
  it('starts at the first step with "keep" everywhere and the current confidence', () => {
    expect(startReview(register, null)).toEqual({
      quarter: '2026-Q3',
      step: 0,
      reviews: [
        { strategyId: 'S1', learning: '', decision: 'keep', confidence: 7, tactics: { T1: 'keep', T3: 'keep' } },
        { strategyId: 'S3', learning: '', decision: 'keep', confidence: null, tactics: {} },
      ],
    });
  });

  it('resumes a draft of this quarter at its step, keeping its answers for items still open', () => {
    const draft: ReviewDraft = {
      quarter: '2026-Q3',
      step: 1,
      reviews: [
        {
          strategyId: 'S1',
          learning: 'Calls work',
          decision: 'pivot',
          confidence: 5,
          tactics: { T1: 'drop', T2: 'done' },
        },
        { strategyId: 'S2', learning: 'Gone on hold', decision: 'retire', confidence: 1, tactics: {} },
      ],
    };
    const review = startReview(register, draft);
    expect(review.step).toBe(1);
    expect(review.reviews).toEqual([
      {
        strategyId: 'S1',
        learning: 'Calls work',
        decision: 'pivot',
        confidence: 5,
        tactics: { T1: 'drop', T3: 'keep' },
      },
      { strategyId: 'S3', learning: '', decision: 'keep', confidence: null, tactics: {} },
    ]);
  });

  it('sets aside a draft from another quarter', () => {
    const old: ReviewDraft = { quarter: '2026-Q2', step: 2, reviews: [] };
    expect(startReview(register, old)).toEqual(startReview(register, null));
  });

  it('keeps a resumed step within the review when strategies were retired meanwhile', () => {
    expect(startReview(register, { quarter: '2026-Q3', step: 9, reviews: [] }).step).toBe(2);
  });
});

describe('readReviewStep', () => {
  it('turns valid answers into the review the server receives, with no new target unless adjusting', () => {
    expect(readReviewStep('S1', keepForm)).toEqual({
      ok: true,
      review: {
        strategyId: 'S1',
        learning: 'Discovery calls matter.',
        decision: 'keep',
        confidence: 8,
        tactics: { T1: 'done' },
      },
    });
  });

  it('carries the new target when the decision is to adjust it', () => {
    const result = readReviewStep('S1', { ...keepForm, decision: 'adjust', newTarget: '4.5' });
    expect(result.ok && result.review.newTarget).toBe(4.5);
  });

  it('asks for a numeric new target when adjusting, and a confidence from 0 to 10', () => {
    expect(readReviewStep('S1', { ...keepForm, decision: 'adjust', newTarget: 'more', confidence: '12' })).toEqual({
      ok: false,
      errors: {
        confidence: 'Confidence must be a number from 0 to 10.',
        newTarget: 'Give the new target as a number, such as 25.',
      },
    });
  });

  it('leaves confidence unset when the field is blank', () => {
    const result = readReviewStep('S1', { ...keepForm, confidence: '' });
    expect(result.ok && result.review.confidence).toBeNull();
  });
});

describe('replaceReview and reviewSummary', () => {
  it("replaces one strategy's answers and counts the decisions", () => {
    const draft = replaceReview(startReview(register, null), {
      strategyId: 'S3',
      learning: '',
      decision: 'retire',
      confidence: 2,
      tactics: {},
    });
    expect(draft.reviews.map((review) => review.decision)).toEqual(['keep', 'retire']);
    expect(reviewSummary(draft.reviews)).toBe('1 kept, 0 adjusted, 0 pivoted, 1 retired.');
  });
});
