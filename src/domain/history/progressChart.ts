import { digestOfView, type HistoryDigest } from './historyDigest';
import type { HistoryView, QuarterSnapshot } from './historyView';

/** Strategies the chart draws at most: beyond a dozen lines a chart stops being readable. */
export const CHART_SERIES = 12;

/**
 * The data behind the variance sheet's chart: one row per quarter, one column per
 * strategy of the latest compared snapshot (progress, blank where unknown).
 */
export function progressChartTable(view: HistoryView, toQuarter: string): unknown[][] {
  const to = view.snapshots.get(toQuarter);
  return to ? progressChartOf(digestOfView(view), to) : [];
}

/** The chart's data from a digest and the later compared snapshot (no other history needed). */
export function progressChartOf(digest: HistoryDigest, to: QuarterSnapshot): unknown[][] {
  const ids = [...to.strategies.keys()].slice(0, CHART_SERIES);
  if (ids.length === 0 || digest.quarters.length === 0) return [];
  const series = ids.map((id) => digest.strategies.get(id)?.progress);
  return [
    ['Quarter', ...ids],
    ...digest.quarters.map(({ quarter }) => [quarter, ...series.map((progress) => progress?.get(quarter) ?? '')]),
  ];
}
