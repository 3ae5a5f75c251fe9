import type { ReviewDraft, StrategyView } from '../../../src/server/api/wireTypes';
import {
  activeStrategies,
  appliedThisQuarter,
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
    aStrategy({ id: 'S1', confidence: 7, current: 22 }),
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

const s1 = register.strategies[0] as StrategyView;

const keepForm = {
  learning: ' Discovery calls matter. ',
  decision: 'keep' as const,
  newTarget: '',
  current: '22',
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
  it('starts at the first step with "keep" everywhere and nothing changed', () => {
    expect(startReview(register, null)).toEqual({
      quarter: '2026-Q3',
      step: 0,
      reviews: [
        { strategyId: 'S1', learning: '', decision: 'keep', changes: {}, tactics: { T1: 'keep', T3: 'keep' } },
        { strategyId: 'S3', learning: '', decision: 'keep', changes: {}, tactics: {} },
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
          changes: { confidence: '5' },
          tactics: { T1: 'drop', T2: 'done' },
        },
        { strategyId: 'S2', learning: 'Gone on hold', decision: 'retire', changes: {}, tactics: {} },
      ],
    };
    const review = startReview(register, draft);
    expect(review.step).toBe(1);
    expect(review.reviews).toEqual([
      {
        strategyId: 'S1',
        learning: 'Calls work',
        decision: 'pivot',
        changes: { confidence: '5' },
        tactics: { T1: 'drop', T3: 'keep' },
      },
      { strategyId: 'S3', learning: '', decision: 'keep', changes: {}, tactics: {} },
    ]);
  });

  it('reads a draft an older sidebar kept, with numbers where text now goes, without losing its answers', () => {
    const old = {
      quarter: '2026-Q3',
      step: 1,
      reviews: [{ strategyId: 'S1', learning: 'Calls work', decision: 'adjust', confidence: 5, newTarget: 0.3 }],
    } as unknown as ReviewDraft;
    expect(startReview(register, old).reviews[0]).toEqual({
      strategyId: 'S1',
      learning: 'Calls work',
      decision: 'adjust',
      changes: {},
      newTarget: '0.3',
      tactics: { T1: 'keep', T3: 'keep' },
    });
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
  it('sends the learning, the decision and only the fields changed from the cells', () => {
    expect(readReviewStep(s1, keepForm)).toEqual({
      ok: true,
      review: {
        strategyId: 'S1',
        learning: ' Discovery calls matter. ',
        decision: 'keep',
        changes: { confidence: '8' },
        tactics: { T1: 'done' },
      },
    });
  });

  it('never sends a cell that cannot be read when the reviewer left it as it was', () => {
    const kept = { ...s1, fields: { ...s1.fields, confidence: '12', current: 'about 7' } };
    const form = { ...keepForm, confidence: '12', current: 'about 7' };
    expect(readReviewStep(kept, form)).toMatchObject({ ok: true, review: { changes: {} } });
  });

  it('carries the new target as typed when the decision is to adjust it', () => {
    const result = readReviewStep(s1, { ...keepForm, decision: 'adjust', newTarget: '4.5%' });
    expect(result.ok && result.review.newTarget).toBe('4.5%');
  });

  it('asks for a numeric new target when adjusting, and a confidence from 0 to 10, as the Edit form does', () => {
    expect(readReviewStep(s1, { ...keepForm, decision: 'adjust', newTarget: 'more', confidence: '12' })).toEqual({
      ok: false,
      errors: {
        confidence: 'Confidence must be a number from 0 to 10.',
        newTarget: 'The new target must be a number, such as 0.25, 25% or 1,250.',
      },
    });
    expect(readReviewStep(s1, { ...keepForm, decision: 'adjust' })).toEqual({
      ok: false,
      errors: { newTarget: 'Give the new target as a number, such as 0.25 or 25%.' },
    });
  });
});

describe('appliedThisQuarter', () => {
  const applied = { quarter: '2026-Q3', appliedOn: '2026-09-28', strategies: 2, tactics: 3 };

  it('says the review was done this quarter, until a review is started again', () => {
    const done = aRegister({ ...register, lastReview: applied });
    expect(appliedThisQuarter(done, null)).toEqual(applied);
    expect(appliedThisQuarter(done, { quarter: '2026-Q2', step: 1, reviews: [] })).toEqual(applied);
    expect(appliedThisQuarter(done, { quarter: '2026-Q3', step: 0, reviews: [] })).toBeNull();
  });

  it('starts afresh in a quarter whose review is not done', () => {
    expect(appliedThisQuarter(aRegister({ lastReview: { ...applied, quarter: '2026-Q2' } }), null)).toBeNull();
  });
});

describe('replaceReview and reviewSummary', () => {
  it("replaces one strategy's answers and counts the decisions", () => {
    const draft = replaceReview(startReview(register, null), {
      strategyId: 'S3',
      learning: '',
      decision: 'retire',
      changes: {},
      tactics: {},
    });
    expect(draft.reviews.map((review) => review.decision)).toEqual(['keep', 'retire']);
    expect(reviewSummary(draft.reviews)).toBe('1 kept, 0 adjusted, 0 pivoted, 1 retired.');
  });
});
