import type { VarianceSheet } from '../domain/history/varianceLayout';
import { SHEET } from '../domain/register/schema';
import { a1Of, applyFormatAreas, gridFormatAreas } from './numberFormats';
import { cellsIn, sectionAreas, valueBands } from './sheetLayers';
import { applyGeneral, literal, textInputBlock } from './textInput';
import type { Sheet, Spreadsheet } from './types';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** The number format a cleared cell already has, so areas of it need no write. */
const DEFAULT_FORMAT = 'General';
/** The chart's table, beside the variance tables, in the progress columns' format. */
const CHART_FORMAT = '0.0%';

/** The variance sheet as found before an operation writes anything. */
export interface VarianceTarget {
  readonly sheet: Sheet | null;
  readonly charts: readonly Chart[];
  readonly maxRows: number;
  readonly maxColumns: number;
}

/** Reads ahead what rebuilding the variance sheet needs to know (four calls when it exists). */
export function prepareVarianceSheet(spreadsheet: Spreadsheet): VarianceTarget {
  const sheet = spreadsheet.getSheetByName(SHEET.variance);
  if (!sheet) return { sheet, charts: [], maxRows: 0, maxColumns: 0 };
  return { sheet, charts: sheet.getCharts(), maxRows: sheet.getMaxRows(), maxColumns: sheet.getMaxColumns() };
}

/**
 * Rebuilds the QoQ Variance sheet from scratch, reading nothing: formats first (one range
 * list per format, so user text stays text), then the values (trend formulas among them) in
 * at most two writes, the colours and notes of each table in one write each, and the chart
 * over the progress table placed to the right of the tables, changed in place when there
 * is one. Writes are a fixed number whatever the rows; cells moved stay close to the values.
 */
export function writeVarianceSheet(
  spreadsheet: Spreadsheet,
  target: VarianceTarget,
  layout: VarianceSheet,
  chartTable: unknown[][],
): Sheet {
  const sheet = target.sheet ?? spreadsheet.insertSheet(SHEET.variance);
  const created = target.sheet === null;
  sheet.clear();
  sheet.clearNotes();

  // Text goes as textInput.ts says; the trend's formulas are put in after.
  const text = textInputBlock(layout.values, (r, c) => layout.numberFormats[r]?.[c] ?? DEFAULT_FORMAT, 1, 1);
  const values = withTrend(layout, text.values);
  const rows = values.length;
  const width = values[0]?.length ?? 0;
  const chartColumn = width + 2;
  const chartWidth = chartTable[0]?.length ?? 0;
  const hasChart = chartWidth > 1 && chartTable.length > 1;
  const needRows = Math.max(rows, hasChart ? chartTable.length : 0);
  const needColumns = hasChart ? chartColumn + chartWidth - 1 : width;
  const maxRows = created ? sheet.getMaxRows() : target.maxRows;
  const maxColumns = created ? sheet.getMaxColumns() : target.maxColumns;
  if (needRows > maxRows) sheet.insertRowsAfter(maxRows, needRows - maxRows);
  if (needColumns > maxColumns) sheet.insertColumnsAfter(maxColumns, needColumns - maxColumns);

  const formats = new Map(gridFormatAreas(layout.numberFormats, DEFAULT_FORMAT));
  const chartArea = hasChart ? sheet.getRange(1, chartColumn, chartTable.length, chartWidth) : undefined;
  if (hasChart) {
    const chartA1 = a1Of(1, chartColumn, chartTable.length, chartWidth);
    formats.set(CHART_FORMAT, [...(formats.get(CHART_FORMAT) ?? []), chartA1]);
  }
  applyFormatAreas(sheet, formats);
  applyGeneral(sheet, text.generalAreas);

  for (const band of valueBands(values)) {
    sheet.getRange(band.row, band.column, band.rows, band.columns).setValues(cellsIn(values, band, ''));
  }
  for (const area of sectionAreas(values, layout.backgrounds, (colour) => colour !== null)) {
    sheet
      .getRange(area.row, area.column, area.rows, area.columns)
      .setBackgrounds(cellsIn(layout.backgrounds, area, null));
  }
  const title = sheet.getRange(1, 1);
  title.setFontWeight('bold');
  for (const area of sectionAreas(values, layout.notes, (note) => note !== '')) {
    const notes = cellsIn(layout.notes, area, '');
    const range = area.rows === 1 && area.columns === 1 && area.row === 1 && area.column === 1 ? title : undefined;
    if (range) range.setNote(notes[0]?.[0] ?? '');
    else sheet.getRange(area.row, area.column, area.rows, area.columns).setNotes(notes);
  }
  if (chartArea) {
    chartArea.setValues(chartTable.map((row) => row.map(literal)));
    placeChart(sheet, target.charts, chartArea, chartTable.length + 2, chartColumn);
  } else {
    for (const chart of target.charts) sheet.removeChart(chart);
  }
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

/** The progress chart over `data`: the one already there changed in place, else a new one. */
function placeChart(
  sheet: Sheet,
  charts: readonly Chart[],
  data: GoogleAppsScript.Spreadsheet.Range,
  row: number,
  column: number,
): void {
  const [kept, ...extra] = charts;
  for (const chart of extra) sheet.removeChart(chart);
  if (kept) {
    sheet.updateChart(kept.modify().clearRanges().addRange(data).setPosition(row, column, 0, 0).build());
    return;
  }
  const chart = sheet
    .newChart()
    .setChartType(Charts.ChartType.LINE)
    .addRange(data)
    .setPosition(row, column, 0, 0)
    .setOption('title', 'Progress per strategy across quarters')
    .setOption('vAxis.format', 'percent')
    .build();
  sheet.insertChart(chart);
}
