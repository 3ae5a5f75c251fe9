import { isoDay } from '../../isoDay';
import { quarterLabel, quarterOf, quarterStart, zonedDateParts } from '../../quarter';
import { startOfZonedDay } from '../../timeZone';
import { itemName } from '../naming';
import type { Finding, Settings } from '../types';

/**
 * Every active item is reviewed at least once per review period: the current (fiscal)
 * quarter, or the current month with a monthly cadence, in the spreadsheet's time zone.
 * A blank Last reviewed counts as never reviewed; a date in the future is not overdue.
 * An item new this period — its Start falls in the period or later — is not overdue
 * either: its first review is due next period. Without a Start, Last reviewed alone decides.
 */

export interface ReviewPeriod {
  /** First instant of the current period; a review before it is overdue. */
  readonly start: Date;
  /** "the current quarter (2026-Q3)" or "the current month (2026-07)". */
  readonly name: string;
  readonly unit: 'quarter' | 'month';
}

function twoDigits(n: number): string {
  return String(n).padStart(2, '0');
}

/** The review period `now` falls in, under the settings' cadence and fiscal year. */
export function currentReviewPeriod(now: Date, timeZone: string, settings: Settings): ReviewPeriod {
  if (settings.reviewCadenceMonths === 1) {
    const today = zonedDateParts(now, timeZone);
    return {
      start: startOfZonedDay({ year: today.year, month: today.month, day: 1 }, timeZone),
      name: `the current month (${today.year}-${twoDigits(today.month)})`,
      unit: 'month',
    };
  }
  const quarter = quarterOf(now, timeZone, settings.fiscalYearStartMonth);
  return {
    start: quarterStart(quarter, timeZone),
    name: `the current quarter (${quarterLabel(quarter)})`,
    unit: 'quarter',
  };
}

interface Reviewable {
  readonly row: number;
  readonly id: string;
  readonly statement: string;
  readonly start: Date | null;
  readonly lastReviewed: Date | null;
}

/** A finding when an item (already known to be active) was not reviewed in the current period. */
export function overdueReview(
  kind: 'strategy' | 'tactic',
  sheet: string,
  item: Reviewable,
  period: ReviewPeriod,
  timeZone: string,
): Finding[] {
  const reviewed = item.lastReviewed;
  if (reviewed !== null && reviewed.getTime() >= period.start.getTime()) return [];
  if (item.start !== null && item.start.getTime() >= period.start.getTime()) return [];
  const when =
    reviewed === null
      ? 'has never been reviewed'
      : `was last reviewed on ${isoDay(reviewed, timeZone)}, before ${period.name}`;
  return [
    {
      rule: 'overdue-review',
      at: { sheet, row: item.row, column: 'Last reviewed' },
      id: item.id,
      message: `${itemName(kind, item)} is active and ${when}; review it this ${period.unit} and enter the date in Last reviewed.`,
      blocking: false,
    },
  ];
}
