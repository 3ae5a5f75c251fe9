import type { HistoryView } from './historyView';

/** Strategies the chart draws at most: beyond a dozen lines a chart stops being readable. */
export const CHART_SERIES = 12;

/**
 * The data behind the variance sheet's chart: one row per quarter, one column per
 * strategy of the latest compared snapshot (progress, blank where unknown).
 */
export function progressChartTable(view: HistoryView, toQuarter: string): unknown[][] {
  const ids = [...(view.snapshots.get(toQuarter)?.strategies.keys() ?? [])].slice(0, CHART_SERIES);
  if (ids.length === 0 || view.quarters.length === 0) return [];
  return [
    ['Quarter', ...ids],
    ...view.quarters.map((quarter) => {
      const snapshot = view.snapshots.get(quarter);
      return [quarter, ...ids.map((id) => snapshot?.strategies.get(id)?.progress ?? '')];
    }),
  ];
}
