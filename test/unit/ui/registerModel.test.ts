import {
  buildStrategyCards,
  NO_FILTER,
  orphanTactics,
  progressDisplay,
  reviewLabel,
  splitStakeholders,
  stakeholderGroupOptions,
  strategyForm,
} from '../../../src/ui/registerModel';
import { aRegister, aStrategy, aTactic } from './fixtures';

const winRate = aStrategy({ id: 'S1', stakeholders: 'Account executives; Sales ops' });
const churn = aStrategy({ id: 'S2', row: 3, stakeholders: 'customer success', status: 'On hold' });
const crm = aStrategy({ id: 'S3', row: 4, stakeholders: 'Sales ops\nIT', status: 'Active' });
const register = aRegister({
  strategies: [winRate, churn, crm],
  tactics: [
    aTactic({ id: 'T1', strategyId: 'S1' }),
    aTactic({ id: 'T2', strategyId: 'S9' }),
    aTactic({ id: 'T3', strategyId: 'S1' }),
  ],
  settings: { fiscalYearStartMonth: 1, reviewCadence: 'quarterly', stakeholderGroups: ['Customer success', 'Finance'] },
});

const ids = (cards: readonly { strategy: { id: string } }[]) => cards.map((card) => card.strategy.id);

describe('progressDisplay', () => {
  it('clamps the bar to 0–100 but labels the true value', () => {
    expect(progressDisplay(1.2)).toEqual({ barPercent: 100, label: '120%' });
    expect(progressDisplay(-0.15)).toEqual({ barPercent: 0, label: '-15%' });
    expect(progressDisplay(0.5)).toEqual({ barPercent: 50, label: '50%' });
  });

  it('says so when there is no progress to show', () => {
    expect(progressDisplay(null)).toEqual({ barPercent: 0, label: 'No progress yet' });
  });
});

describe('reviewLabel', () => {
  it('tells overdue, reviewed and never-reviewed items apart', () => {
    expect(reviewLabel({ overdue: true, lastReviewed: null })).toBe('Review overdue (never reviewed)');
    expect(reviewLabel({ overdue: true, lastReviewed: '2026-03-02' })).toBe('Review overdue (last 2026-03-02)');
    expect(reviewLabel({ overdue: false, lastReviewed: '2026-08-01' })).toBe('Reviewed 2026-08-01');
  });
});

describe('stakeholder groups', () => {
  it('splits a cell on commas, semicolons and new lines', () => {
    expect(splitStakeholders(' Account executives; Sales ops,\nIT ,, ')).toEqual([
      'Account executives',
      'Sales ops',
      'IT',
    ]);
  });

  it('offers the settings groups first, then the other groups in use, each once whatever its case', () => {
    expect(stakeholderGroupOptions(register)).toEqual([
      'Customer success',
      'Finance',
      'Account executives',
      'IT',
      'Sales ops',
    ]);
  });
});

describe('buildStrategyCards', () => {
  it('shows every strategy in sheet order with its own tactics when nothing is filtered', () => {
    const cards = buildStrategyCards(register, NO_FILTER);
    expect(ids(cards)).toEqual(['S1', 'S2', 'S3']);
    expect(cards[0]?.tactics.map((tactic) => tactic.id)).toEqual(['T1', 'T3']);
    expect(cards[0]?.confidence).toBe('Confidence 7/10');
  });

  it('filters by status', () => {
    expect(ids(buildStrategyCards(register, { status: 'Active', group: '' }))).toEqual(['S1', 'S3']);
  });

  it('filters by stakeholder group without regard to case', () => {
    expect(ids(buildStrategyCards(register, { status: '', group: 'Customer Success' }))).toEqual(['S2']);
    expect(ids(buildStrategyCards(register, { status: 'Active', group: 'sales ops' }))).toEqual(['S1', 'S3']);
  });

  it('matches whole groups only', () => {
    expect(ids(buildStrategyCards(register, { status: '', group: 'Sales' }))).toEqual([]);
  });
});

describe('orphanTactics', () => {
  it('lists the tactics whose strategy does not exist', () => {
    expect(orphanTactics(register).map((tactic) => tactic.id)).toEqual(['T2']);
  });
});

describe('strategyForm', () => {
  it('turns a stored strategy into the text the inputs show, blanks for missing values', () => {
    const form = strategyForm(aStrategy({ id: 'S1', baseline: 0, current: null, start: null, confidence: null }));
    expect([form.baseline, form.target, form.current, form.start, form.confidence]).toEqual(['0', '25', '', '', '']);
  });
});
