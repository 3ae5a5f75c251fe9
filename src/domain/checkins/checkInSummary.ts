import { type OnTrackState, onTrack } from '../onTrack';
import { isActiveStrategy, isActiveTactic } from '../register/rules/activity';
import type { Strategy, Tactic } from '../register/types';
import type { Result } from '../result';
import { type CalendarDate, daysBetween } from '../timeZone';
import { forecastItemOf } from './checkInIndex';
import type { CheckInTarget } from './checkInRules';
import type { CheckIn } from './checkInSchema';
import { type ForecastLine, forecastLine } from './forecast';
import { daysWithoutCheckIn, isStale } from './staleCheckIns';

/** Check-ins drawn in a card's trend: half a year of weekly ones. */
export const TREND_POINTS = 26;
/** Check-ins of the quarter a review step lists: daily ones over a quarter and then some. */
export const QUARTER_POINTS = 100;

/** What the sidebar shows of one item's check-ins. */
export interface ItemCheckIns {
  readonly count: number;
  readonly last: CheckIn | undefined;
  /** Days since the last check-in, or since the Start when there is none; null without either. */
  readonly daysSince: number | null;
  /** Active, the log holds rows, and past the cadence: what the health check flags. */
  readonly stale: boolean;
  /** The latest check-ins with a value (at most TREND_POINTS), oldest first. */
  readonly trend: readonly CheckIn[];
  /** This quarter's check-ins (at most QUARTER_POINTS, the latest), oldest first. */
  readonly quarter: readonly CheckIn[];
  /** STRATEGY_FORECAST today, with its line, or why there is none. */
  readonly forecast: Result<ForecastLine>;
  /** The forecast judged on the Due day as ON_TRACK judges progress; undefined without a forecast. */
  readonly forecastState: OnTrackState | undefined;
}

/** What summing up an item's check-ins needs to know beyond them. */
export interface SummaryContext {
  readonly today: CalendarDate;
  readonly timeZone: string;
  readonly cadenceDays: number;
  /** Rows the Check-ins sheet holds: the stale rule applies once there is one. */
  readonly logRows: number;
  /** The first day of the current quarter. */
  readonly quarterFirst: CalendarDate;
  /** The register's sentence for each cell it cannot read (see `unreadableCells`). */
  readonly unreadable: ReadonlyMap<string, string>;
}

function isActive(target: CheckInTarget): boolean {
  return target.kind === 'strategy' ? isActiveStrategy(target.item as Strategy) : isActiveTactic(target.item as Tactic);
}

/** One item's check-ins (`own`, oldest first) as the sidebar's cards, check-in view and review show them. */
export function summariseCheckIns(
  target: CheckInTarget,
  own: readonly CheckIn[],
  context: SummaryContext,
): ItemCheckIns {
  const { today, timeZone } = context;
  const daysSince = daysWithoutCheckIn(own, target.item.start, today, timeZone);
  const item = forecastItemOf(target, context.unreadable, timeZone);
  const forecast = forecastLine(item, own, today);
  const state =
    forecast.ok && item.start && item.due ? onTrack(forecast.value.atDue, item.start, item.due, item.due) : undefined;
  const valued = own.filter((checkIn) => checkIn.value !== null && daysBetween(checkIn.day, today) >= 0);
  const quarter = own.filter((checkIn) => daysBetween(context.quarterFirst, checkIn.day) >= 0);
  return {
    count: own.length,
    last: own[own.length - 1],
    daysSince,
    stale: context.logRows > 0 && isActive(target) && isStale(daysSince, context.cadenceDays),
    trend: valued.slice(-TREND_POINTS),
    quarter: quarter.slice(-QUARTER_POINTS),
    forecast,
    forecastState: state?.ok ? state.value : undefined,
  };
}
