import { stakeholderGroupsOf } from '../../../src/domain/register/stakeholders';
import {
  buildStrategyCards,
  NO_FILTER,
  orphanTactics,
  progressDisplay,
  reviewLabel,
  stakeholderGroupOptions,
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
  settings: {
    fiscalYearStartMonth: 1,
    reviewCadence: 'quarterly',
    stakeholderGroups: ['Customer success', 'Finance'],
    checkInCadenceDays: 14,
  },
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
    expect(stakeholderGroupsOf(' Account executives; Sales ops,\nIT ,, ')).toEqual([
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

describe('cells that cannot be read', () => {
  it('shows the confidence and the progress as the cells stand, never as "not set"', () => {
    const kept = aStrategy({ id: 'S1', confidence: null, current: null, progress: null });
    const card = buildStrategyCards(
      aRegister({
        strategies: [
          {
            ...kept,
            fields: { ...kept.fields, confidence: '12', current: 'about 7' },
            problems: { confidence: 'Confidence of S1 … outside 0–10.', current: 'Current of S1 … text.' },
          },
        ],
      }),
      NO_FILTER,
    )[0];
    expect([card?.confidence, card?.progress.label]).toEqual([
      'Confidence: 12, not 0–10',
      'Unknown: Current "about 7" is not a number',
    ]);
  });
});
