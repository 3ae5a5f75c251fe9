import { RegisterError } from '../../domain/errors';
import { parseHistory } from '../../domain/history/historyRead';
import { buildHistoryView, type HistoryView } from '../../domain/history/historyView';
import { progressChartTable } from '../../domain/history/progressChart';
import { buildVariance, defaultVarianceQuarters } from '../../domain/history/variance';
import { renderVarianceSheet } from '../../domain/history/varianceLayout';
import type { Spreadsheet } from '../../sheets/types';
import { writeVarianceSheet } from '../../sheets/varianceSheet';

/** History as readers see it (latest version of each quarter), from a grid already read. */
export function historyView(grid: readonly (readonly unknown[])[]): HistoryView {
  return buildHistoryView(parseHistory(grid).entries);
}

/**
 * Rebuilds the variance sheet for two quarters of a history view (default: the two
 * latest) and returns the pair compared. Everything is computed before the first write.
 */
export function rebuildVariance(
  spreadsheet: Spreadsheet,
  view: HistoryView,
  from?: string,
  to?: string,
): { from: string; to: string } {
  const pair = from !== undefined && to !== undefined ? { from, to } : defaultVarianceQuarters(view);
  if (!pair) {
    throw new RegisterError(
      'not-found',
      'There are no snapshots yet: take one with Extensions → Strategy Register → Take quarterly snapshot…',
    );
  }
  const model = buildVariance(view, pair.from, pair.to);
  if (!model.ok) throw new RegisterError('not-found', model.errors.join(' '));
  writeVarianceSheet(spreadsheet, renderVarianceSheet(model.value), progressChartTable(view, model.value.to));
  return { from: model.value.from, to: model.value.to };
}
