import {
  DRIFT_WEIGHTS,
  drift,
  strategyDrift,
  tacticChurn,
  targetChange,
  wordingDistance,
} from '../../../src/domain/history/drift';
import { Q2_TAKEN, Q3_TAKEN, strategy, tactic, viewOf } from './fixtures';

const plan = { statement: 'Grow EMEA revenue', baseline: 100, target: 200, tacticIds: ['T1', 'T2'] };

describe('drift', () => {
  it('is exactly 0 for an untouched strategy', () => {
    expect(drift(plan, { ...plan, tacticIds: ['T2', 'T1'] })).toEqual({ wording: 0, target: 0, tactics: 0, total: 0 });
  });

  it('weights wording, target and tactics 0.4 / 0.3 / 0.3', () => {
    expect(DRIFT_WEIGHTS).toEqual({ wording: 0.4, target: 0.3, tactics: 0.3 });
    expect(drift(plan, { statement: 'Hire', baseline: 100, target: null, tacticIds: [] }).total).toBe(1);
    expect(drift(plan, { ...plan, target: 300 }).total).toBe(0.15);
  });

  it('measures wording as the Jaccard distance of word sets, ignoring case, punctuation and order', () => {
    expect(wordingDistance('Grow EMEA revenue', 'grow, revenue (EMEA)!')).toBe(0);
    expect(wordingDistance('Grow EMEA revenue', 'Grow APAC revenue')).toBe(0.5);
    expect(wordingDistance('Grow revenue', 'Cut churn')).toBe(1);
    expect(wordingDistance('', '')).toBe(0);
    expect(wordingDistance('Réduire le churn 📉', 'réduire LE churn')).toBe(0);
  });

  it('measures the target change relative to the first target or baseline, capped at 1', () => {
    expect(targetChange(100, 200, 250)).toBe(0.25);
    expect(targetChange(8, 5, 4)).toBe(0.125);
    expect(targetChange(0, 0, 5)).toBe(1);
    expect(targetChange(100, 200, 900)).toBe(1);
    expect(targetChange(null, null, null)).toBe(0);
    expect(targetChange(100, null, 200)).toBe(1);
    expect(targetChange(100, 200, null)).toBe(1);
  });

  it('measures tactic churn as changed tactics over all tactics seen', () => {
    expect(tacticChurn(['T1', 'T2', 'T3'], ['T2', 'T3', 'T4'])).toBe(0.5);
    expect(tacticChurn([], [])).toBe(0);
    expect(tacticChurn(['T1'], [])).toBe(1);
  });

  it('compares a strategy in history with its first snapshot, ignoring dropped tactics', () => {
    const first = {
      quarter: '2026-Q2',
      takenAt: Q2_TAKEN,
      strategies: [strategy({ id: 'S1', statement: 'Grow EMEA revenue' })],
      tactics: [tactic({ id: 'T1', strategyId: 'S1' }), tactic({ id: 'T2', strategyId: 'S1' })],
    };
    const later = {
      quarter: '2026-Q3',
      takenAt: Q3_TAKEN,
      strategies: [strategy({ id: 'S1', statement: 'Grow APAC revenue', target: 250 })],
      tactics: [tactic({ id: 'T1', strategyId: 'S1' }), tactic({ id: 'T2', strategyId: 'S1', status: 'Dropped' })],
    };
    const view = viewOf(first, later);
    expect(strategyDrift(view, 'S1')).toEqual({ wording: 0.5, target: 0.25, tactics: 0.5, total: 0.425 });
    expect(strategyDrift(view, 'S1', '2026-Q2')?.total).toBe(0);
    expect(strategyDrift(view, 'S9')).toBeUndefined();
  });
});
