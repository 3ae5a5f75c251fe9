import { currentReviewPeriod, overdueReview } from '../../../../src/domain/register/rules/overdueReview';
import { DEFAULT_SETTINGS, type Settings } from '../../../../src/domain/register/types';
import { aStrategy, aTactic } from '../fixtures';

const LOS_ANGELES = 'America/Los_Angeles';
const NOW = new Date('2026-05-15T18:00:00Z');
const QUARTERLY: Settings = DEFAULT_SETTINGS;
const MONTHLY: Settings = { ...DEFAULT_SETTINGS, reviewCadenceMonths: 1 };
const JULY_FISCAL_YEAR: Settings = { ...DEFAULT_SETTINGS, fiscalYearStartMonth: 7 };

describe('the current review period', () => {
  it('starts at midnight of the quarter’s first day in the spreadsheet’s time zone', () => {
    expect(currentReviewPeriod(NOW, LOS_ANGELES, QUARTERLY)).toEqual({
      start: new Date('2026-04-01T07:00:00Z'),
      name: 'the current quarter (2026-Q2)',
      unit: 'quarter',
    });
  });

  it('names fiscal quarters when the fiscal year starts in July', () => {
    expect(currentReviewPeriod(NOW, 'Etc/UTC', JULY_FISCAL_YEAR).name).toBe('the current quarter (FY2026-Q4)');
  });

  it('is the current month with a monthly cadence', () => {
    expect(currentReviewPeriod(NOW, 'Asia/Tokyo', MONTHLY)).toEqual({
      start: new Date('2026-04-30T15:00:00Z'),
      name: 'the current month (2026-05)',
      unit: 'month',
    });
  });
});

describe('overdue-review', () => {
  const period = currentReviewPeriod(NOW, LOS_ANGELES, QUARTERLY);

  it('accepts an item reviewed in the current quarter, even a minute after it began', () => {
    const strategy = aStrategy({ lastReviewed: new Date('2026-04-01T07:01:00Z') });
    expect(overdueReview('strategy', 'Strategies', strategy, period, LOS_ANGELES)).toEqual([]);
  });

  it('flags a review on the last evening of the previous quarter in the spreadsheet’s zone', () => {
    const tactic = aTactic({ id: 'T7', row: 9, lastReviewed: new Date('2026-04-01T06:59:00Z') });
    expect(overdueReview('tactic', 'Tactics', tactic, period, LOS_ANGELES)).toEqual([
      {
        rule: 'overdue-review',
        at: { sheet: 'Tactics', row: 9, column: 'Last reviewed' },
        id: 'T7',
        message:
          'Tactic T7 is active and was last reviewed on 2026-03-31, before the current quarter (2026-Q2); review it this quarter and enter the date in Last reviewed.',
        blocking: false,
      },
    ]);
  });

  it('flags an item never reviewed', () => {
    const [finding] = overdueReview('strategy', 'Strategies', aStrategy({ lastReviewed: null }), period, LOS_ANGELES);
    expect(finding?.message).toBe(
      'Strategy S1 is active and has never been reviewed; review it this quarter and enter the date in Last reviewed.',
    );
  });

  it('asks for a review this month with a monthly cadence', () => {
    const monthly = currentReviewPeriod(NOW, LOS_ANGELES, MONTHLY);
    const strategy = aStrategy({ lastReviewed: new Date('2026-04-20T12:00:00Z') });
    const [finding] = overdueReview('strategy', 'Strategies', strategy, monthly, LOS_ANGELES);
    expect(finding?.message).toBe(
      'Strategy S1 is active and was last reviewed on 2026-04-20, before the current month (2026-05); review it this month and enter the date in Last reviewed.',
    );
  });

  it('does not flag a review dated in the future', () => {
    const strategy = aStrategy({ lastReviewed: new Date('2026-09-01T00:00:00Z') });
    expect(overdueReview('strategy', 'Strategies', strategy, period, LOS_ANGELES)).toEqual([]);
  });

  it('does not flag an item new this quarter: its Start falls on the quarter’s first day or later', () => {
    const firstMorning = aStrategy({ lastReviewed: null, start: new Date('2026-04-01T07:00:00Z') });
    const nextYear = aTactic({ lastReviewed: null, start: new Date('2027-01-04T08:00:00Z') });
    expect(overdueReview('strategy', 'Strategies', firstMorning, period, LOS_ANGELES)).toEqual([]);
    expect(overdueReview('tactic', 'Tactics', nextYear, period, LOS_ANGELES)).toEqual([]);
  });

  it('flags an item that started last quarter and was never reviewed', () => {
    const lastEvening = aStrategy({ lastReviewed: null, start: new Date('2026-04-01T06:59:00Z') });
    expect(overdueReview('strategy', 'Strategies', lastEvening, period, LOS_ANGELES)).toHaveLength(1);
  });
});
