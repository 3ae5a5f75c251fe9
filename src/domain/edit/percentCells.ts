import { isPercentUnit } from './formFields';

/** A `%` metric's value as its cells show it (22.75%, 8.0%), no digit hidden. */
export const PERCENT_VALUE_FORMAT = '0.0##%';

/** The numbers of a strategy's metric, which a `%` metric shows as percentages (0.08 as 8.0%). */
const METRIC_NUMBER_HEADERS = ['Baseline', 'Target', 'Current'] as const;

/**
 * The headers of a strategy row whose cells take the percentage format: those holding a
 * number, and none unless the row's Unit is `%`.
 */
export function percentHeaders(unit: unknown, cellOf: (header: string) => unknown): string[] {
  if (typeof unit !== 'string' || !isPercentUnit(unit)) return [];
  return METRIC_NUMBER_HEADERS.filter((header) => typeof cellOf(header) === 'number');
}
