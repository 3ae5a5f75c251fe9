import type { VarianceSheet } from '../domain/history/varianceLayout';
import { SHEET } from '../domain/register/schema';
import { literal } from './rowCells';
import { ensureSize } from './sheetSize';
import type { Sheet, Spreadsheet } from './types';

/**
 * Rebuilds the QoQ Variance sheet from scratch: formats first (so user text stays text),
 * then values, colours and notes in one call each, the trend formulas in one call, and a
 * chart over the progress table placed to the right of the tables.
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

  const range = sheet.getRange(1, 1, rows, width);
  range.setNumberFormats(layout.numberFormats);
  range.setValues(layout.values);
  range.setBackgrounds(layout.backgrounds);
  range.setNotes(layout.notes);
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
