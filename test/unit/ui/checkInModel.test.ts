import type { ItemCheckInsView } from '../../../src/server/api/wireTypes';
import { type CheckInRow, lastCheckInLine } from '../../../src/ui/checkInModel';

const NONE: ItemCheckInsView = {
  count: 0,
  last: null,
  daysSince: null,
  stale: false,
  trend: [],
  quarter: [],
  forecast: null,
  forecastProblem: null,
};

const row = (fields: Partial<CheckInRow>): CheckInRow => ({
  kind: 'strategy',
  id: 'S1',
  statement: 'Grow pipeline',
  stakeholders: '',
  targetText: '1250',
  currentText: '1100',
  percent: false,
  checkIns: NONE,
  ...fields,
});

describe('the line under an item to check in', () => {
  it('says where an item never checked in stands, beside its target', () => {
    expect(lastCheckInLine(row({}))).toBe('No check-in yet · now 1100 · target 1250');
    expect(lastCheckInLine(row({ currentText: '', targetText: '' }))).toBe('No check-in yet · no target');
  });

  it('gives the last check-in, how long ago, and the target', () => {
    const last = {
      day: '2026-11-26',
      value: 1180,
      valueText: '1180',
      progress: 0.72,
      confidence: null,
      note: '',
      by: '',
    };
    const checkIns = { ...NONE, count: 1, last, daysSince: 5 };
    expect(lastCheckInLine(row({ checkIns }))).toBe('last 1180 on 2026-11-26 · 5 days ago · target 1250');
  });
});
