import { columnSpans, formatRuns, valueBands } from '../domain/history/sparseLayers';
import type { VarianceSheet } from '../domain/history/varianceLayout';
import { SHEET } from '../domain/register/schema';
import { literal } from './rowCells';
import { ensureSize } from './sheetSize';
import type { Sheet, Spreadsheet } from './types';

/** The number format a cleared cell already has, so runs of it need no write. */
const DEFAULT_FORMAT = 'General';

/**
 * Rebuilds the QoQ Variance sheet from scratch: formats first (so user text stays text),
 * then the values in at most two calls (the tactic table no wider than itself), colours and notes only down the columns that have any,
 * the trend formulas in one call, and a chart over the progress table placed to the right
 * of the tables. Writes are bounded by the sheet's width; cells moved stay close to the
 * values alone.
 */
export function writeVarianceSheet(spreadsheet: Spreadsheet, layout: VarianceSheet, chartTable: unknown[][]): Sheet {
  const sheet = spreadsheet.getSheetByName(SHEET.variance) ?? spreadsheet.insertSheet(SHEET.variance);
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.clear();
  sheet.clearNotes();

  const rows = layout.values.length;
  const width = layout.values[0]?.length ?? 0;
  const chartColumn = width + 2;
  const chartWidth = chartTable[0]?.length ?? 0;
  ensureSize(sheet, Math.max(rows, chartTable.length), chartWidth > 0 ? chartColumn + chartWidth - 1 : width);

  for (const run of formatRuns(layout.numberFormats, DEFAULT_FORMAT)) {
    sheet.getRange(run.firstRow, run.column, run.rows, 1).setNumberFormat(run.format);
  }
  for (const band of valueBands(layout.values)) {
    const values = layout.values.slice(band.firstRow - 1, band.firstRow - 1 + band.rows);
    sheet.getRange(band.firstRow, 1, band.rows, band.width).setValues(values.map((row) => row.slice(0, band.width)));
  }
  for (const span of columnSpans(layout.backgrounds, (colour) => colour !== null, null)) {
    sheet.getRange(span.firstRow, span.column, span.cells.length, 1).setBackgrounds(span.cells);
  }
  for (const span of columnSpans(layout.notes, (note) => note !== '', '')) {
    sheet.getRange(span.firstRow, span.column, span.cells.length, 1).setNotes(span.cells);
  }
  sheet.getRange(1, 1).setFontWeight('bold');
  const trend = layout.trend;
  if (trend && trend.formulas.length > 0) {
    sheet.getRange(trend.firstRow, trend.column, trend.formulas.length, 1).setFormulas(trend.formulas);
  }
  if (chartWidth > 1 && chartTable.length > 1) {
    const data = sheet.getRange(1, chartColumn, chartTable.length, chartWidth);
    data.setNumberFormat('0%');
    data.setValues(chartTable.map((row) => row.map(literal)));
    const chart = sheet
      .newChart()
      .setChartType(Charts.ChartType.LINE)
      .addRange(data)
      .setPosition(chartTable.length + 2, chartColumn, 0, 0)
      .setOption('title', 'Progress per strategy across quarters')
      .setOption('vAxis.format', 'percent')
      .build();
    sheet.insertChart(chart);
  }
  return sheet;
}
