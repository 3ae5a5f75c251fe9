import type { RegisterState } from './fixtures';
import { Q2_TAKEN, Q3_TAKEN, strategy, tactic } from './fixtures';

/**
 * Two quarters of a register. Between them: S1's target rises and it is reworded, T2 is
 * dropped, T5 added, T6 moves from S1 to S2, churn (S2, a decreasing metric) falls from
 * 8% to 6.5%, S3 leaves the register and S4 joins it.
 */
export const beforeEdits: RegisterState = {
  quarter: '2026-Q2',
  takenAt: Q2_TAKEN,
  strategies: [
    strategy({ id: 'S1', statement: 'Grow EMEA revenue', baseline: 100, target: 200, current: 120 }),
    strategy({ id: 'S2', statement: 'Cut churn', metric: 'Churn', unit: '%', baseline: 8, target: 5, current: 8 }),
    strategy({ id: 'S3', statement: 'Open the Nordics', baseline: 0, target: 10, current: 0 }),
  ],
  tactics: [
    tactic({ id: 'T1', strategyId: 'S1' }),
    tactic({ id: 'T2', strategyId: 'S1' }),
    tactic({ id: 'T6', strategyId: 'S1' }),
    tactic({ id: 'T3', strategyId: 'S2' }),
    tactic({ id: 'T4', strategyId: 'S3' }),
  ],
};

export const afterEdits: RegisterState = {
  quarter: '2026-Q3',
  takenAt: Q3_TAKEN,
  strategies: [
    strategy({
      id: 'S1',
      statement: 'Grow EMEA and APAC revenue',
      baseline: 100,
      target: 250,
      current: 160,
      lastReviewed: new Date('2026-09-01T00:00:00Z'),
    }),
    strategy({ id: 'S2', statement: 'Cut churn', metric: 'Churn', unit: '%', baseline: 8, target: 5, current: 6.5 }),
    strategy({ id: 'S4', statement: 'Win public sector deals', baseline: 0, target: 5, current: 1 }),
  ],
  tactics: [
    tactic({ id: 'T1', strategyId: 'S1', actual: 7, lastReviewed: new Date('2026-09-10T00:00:00Z') }),
    tactic({ id: 'T5', strategyId: 'S1' }),
    tactic({ id: 'T3', strategyId: 'S2', status: 'Done' }),
    tactic({ id: 'T6', strategyId: 'S2' }),
  ],
};
