import type { VarianceSheet } from '../domain/history/varianceLayout';
import { SHEET } from '../domain/register/schema';
import {
  type GeneratedTarget,
  placeChart,
  prepareGeneratedSheet,
  removeCharts,
  writeGeneratedSheet,
} from './generatedSheet';
import { a1Of } from './numberFormats';
import { literal } from './textInput';
import type { Sheet, Spreadsheet } from './types';

/** The chart's table, beside the variance tables, in the progress columns' format. */
const CHART_FORMAT = '0.0%';

/** The variance sheet as found before an operation writes anything. */
export type VarianceTarget = GeneratedTarget;

/** Reads ahead what rebuilding the variance sheet needs to know (four calls when it exists). */
export function prepareVarianceSheet(spreadsheet: Spreadsheet): VarianceTarget {
  return prepareGeneratedSheet(spreadsheet, SHEET.variance);
}

/**
 * Rebuilds the QoQ Variance sheet from scratch, reading nothing (see `writeGeneratedSheet`):
 * the values carry the trend formulas, and the chart over the progress table is placed to
 * the right of the tables, changed in place when there is one.
 */
export function writeVarianceSheet(
  spreadsheet: Spreadsheet,
  target: VarianceTarget,
  layout: VarianceSheet,
  chartTable: unknown[][],
): Sheet {
  const width = layout.values[0]?.length ?? 0;
  const chartColumn = width + 2;
  const chartWidth = chartTable[0]?.length ?? 0;
  const hasChart = chartWidth > 1 && chartTable.length > 1;
  const sheet = writeGeneratedSheet(spreadsheet, target, {
    grids: layout,
    withFormulas: (values) => withTrend(layout, values),
    ...(hasChart
      ? {
          extent: { rows: chartTable.length, columns: chartColumn + chartWidth - 1 },
          extraFormats: new Map([[CHART_FORMAT, [a1Of(1, chartColumn, chartTable.length, chartWidth)]]]),
        }
      : {}),
  });
  if (!hasChart) {
    removeCharts(sheet, target.charts);
    return sheet;
  }
  const chartArea = sheet.getRange(1, chartColumn, chartTable.length, chartWidth);
  chartArea.setValues(chartTable.map((row) => row.map(literal)));
  placeChart(sheet, target.charts, [chartArea], { row: chartTable.length + 2, column: chartColumn }, (builder) =>
    builder
      .setChartType(Charts.ChartType.LINE)
      .setOption('title', 'Progress per strategy across quarters')
      .setOption('vAxis.format', 'percent'),
  );
  return sheet;
}

/** `values` with the trend column's SPARKLINE formulas in place: one write sets both. */
function withTrend(layout: VarianceSheet, values: unknown[][]): unknown[][] {
  const { trend } = layout;
  if (!trend) return values;
  trend.formulas.forEach(([formula], index) => {
    const row = values[trend.firstRow - 1 + index];
    if (row && formula) row[trend.column - 1] = formula;
  });
  return values;
}
