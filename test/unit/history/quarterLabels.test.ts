import { assertQuarterLabel, parseQuarterPair } from '../../../src/domain/history/quarterOrder';

describe('quarter labels typed by a user', () => {
  it('are written back in their canonical form', () => {
    expect(assertQuarterLabel(' 2026 q3 ')).toBe('2026-Q3');
    expect(assertQuarterLabel('fy2027-q1')).toBe('FY2027-Q1');
  });

  it('are refused with a sentence when they name no quarter', () => {
    expect(() => assertQuarterLabel('last quarter')).toThrow(
      '"last quarter" is not a quarter; write it like 2026-Q3 or FY2027-Q1.',
    );
  });

  it('pair up with a space, a comma, an arrow or "to"', () => {
    for (const typed of ['2026-Q1 2026-Q3', '2026-Q1, 2026-Q3', '2026-Q1 → 2026-Q3', '2026-Q1 to 2026-q3']) {
      expect(parseQuarterPair(typed)).toEqual(['2026-Q1', '2026-Q3']);
    }
    expect(parseQuarterPair('2026-Q1 2026-Q2 2026-Q3')).toBeUndefined();
  });
});
