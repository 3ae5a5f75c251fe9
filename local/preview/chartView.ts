/**
 * An embedded chart as the page draws it, from what the add-on gave its EmbeddedChartBuilder:
 * the type, the options it set (title, axis format, stacking, colours) and the data of its ranges, read as
 * Sheets reads a chart's range: the first row names the series, the first column holds the
 * labels along the axis.
 */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface ChartSeries {
  readonly name: string;
  /** One value per label; null where the cell is blank or not a number. */
  readonly values: readonly (number | null)[];
}

export interface ChartView {
  readonly type: string;
  readonly title: string;
  /** The cell the chart's top-left corner is anchored to. */
  readonly anchor: string;
  /** The vertical axis reads as percentages (`vAxis.format` = percent). */
  readonly percent: boolean;
  /** Series drawn on top of one another (`isStacked`). */
  readonly stacked: boolean;
  /** The series' colours as the add-on chose them (`colors`); empty for the page's own. */
  readonly colours: readonly string[];
  readonly labels: readonly string[];
  readonly series: readonly ChartSeries[];
}

const text = (value: unknown): string =>
  Object.prototype.toString.call(value) === '[object Date]'
    ? (value as Date).toISOString().slice(0, 10)
    : String(value ?? '');

function dataOf(rows: readonly (readonly unknown[])[]): Pick<ChartView, 'labels' | 'series'> {
  const [header = [], ...body] = rows;
  return {
    labels: body.map((row) => text(row[0])),
    series: header.slice(1).map((name, index) => ({
      name: text(name),
      values: body.map((row) => {
        const value = row[index + 1];
        return typeof value === 'number' && Number.isFinite(value) ? value : null;
      }),
    })),
  };
}

export function chartViews(sheet: Sheet): ChartView[] {
  return sheet.getCharts().map((chart) => {
    const options = chart.getOptions();
    const title = options.get('title');
    const format = options.get('vAxis.format');
    const colours = options.get('colors');
    const info = chart.getContainerInfo();
    const rows = chart.getRanges().flatMap((range) => range.getValues());
    return {
      type: String(chart.modify().getChartType()),
      title: typeof title === 'string' ? title : '',
      anchor: sheet.getRange(info.getAnchorRow(), info.getAnchorColumn()).getA1Notation(),
      percent: format === 'percent',
      stacked: options.get('isStacked') === true,
      colours: Array.isArray(colours) ? colours.map(String) : [],
      ...dataOf(rows),
    };
  });
}
