import type { Register } from '../../../src/domain/register/register';
import type { Finding } from '../../../src/domain/register/types';
import { groupTable } from '../../../src/domain/rollup/groupTable';
import { aTactic } from '../register/fixtures';
import { measured } from './fixtures';

// Half of 2026-01-01 → 2026-12-31 has passed: on track from 0.475, at risk from 0.375.
const MID_YEAR = new Date('2026-07-02T12:00:00Z');

const REGISTER: Register = {
  strategies: [
    measured(0.5, { row: 2, id: 'S1', stakeholders: 'Account executives; Sales ops' }),
    measured(0.4, { row: 3, id: 'S2', stakeholders: 'Customer success', confidence: 5 }),
    measured(0.2, { row: 4, id: 'S3', stakeholders: 'sales ops', confidence: null }),
    measured(0.1, { row: 5, id: 'S4', stakeholders: 'Account executives', status: 'Retired' }),
    measured(0.3, { row: 6, id: 'S5', stakeholders: '', start: null }),
    measured(1, { row: 7, id: 'S6', stakeholders: 'Customer success' }),
  ],
  tactics: [aTactic({ row: 2, id: 'T1', strategyId: 's1' }), aTactic({ row: 3, id: 'T2', strategyId: 'S4' })],
  parseFindings: [],
  missingColumns: [],
};

function overdue(sheet: string, row: number): Finding {
  return { rule: 'overdue-review', at: { sheet, row }, id: '', message: '', blocking: false };
}

const FINDINGS = [overdue('Strategies', 3), overdue('Tactics', 2), overdue('Tactics', 3)];

const states = (counts: Partial<Record<string, number>>) => ({
  'On track': 0,
  'At risk': 0,
  'Off track': 0,
  Done: 0,
  'Not tracked': 0,
  ...counts,
});

describe('the group table', () => {
  const rows = groupTable(REGISTER, {
    now: MID_YEAR,
    timeZone: 'Etc/UTC',
    settingsGroups: ['Sales ops', 'Marketing'],
    findings: FINDINGS,
  });

  it("lists Settings' groups first, then the others alphabetically, then strategies naming none", () => {
    expect(rows.map((row) => row.group)).toEqual([
      'Sales ops',
      'Marketing',
      'Account executives',
      'Customer success',
      '',
    ]);
  });

  it('counts a strategy naming two groups in both, any case, and leaves retired strategies out', () => {
    expect(rows.map((row) => row.strategies)).toEqual([2, 0, 1, 2, 1]);
  });

  it("counts each strategy's on-track state for the day, as ON_TRACK gives it", () => {
    expect(rows.map((row) => row.states)).toEqual([
      states({ 'On track': 1, 'Off track': 1 }),
      states({}),
      states({ 'On track': 1 }),
      states({ 'At risk': 1, Done: 1 }),
      states({ 'Not tracked': 1 }),
    ]);
  });

  it('takes the mean progress and confidence of the strategies that have one', () => {
    expect(rows.map((row) => row.meanProgress)).toEqual([0.35, null, 0.5, 0.7, 0.3]);
    expect(rows.map((row) => row.meanConfidence)).toEqual([7, null, 7, 6, 7]);
  });

  it("counts the health check's overdue reviews of the group's strategies and their tactics", () => {
    expect(rows.map((row) => row.overdueReviews)).toEqual([1, 0, 1, 1, 0]);
  });

  it('leaves stale check-ins unknown until that rule can be evaluated', () => {
    expect(rows.every((row) => row.staleCheckIns === null)).toBe(true);
  });

  it('leaves overdue reviews unknown when the review columns are missing', () => {
    const missing = { sheet: 'Tactics', header: 'Last reviewed', index: 11, lookAlike: false, message: '' };
    const [first] = groupTable(
      { ...REGISTER, missingColumns: [missing] },
      { now: MID_YEAR, timeZone: 'Etc/UTC', settingsGroups: [], findings: FINDINGS },
    );
    expect(first?.overdueReviews).toBeNull();
  });
});
