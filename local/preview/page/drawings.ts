import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Title,
  Tooltip,
} from 'chart.js';
import type { ChartView } from '../chartView';
import type { CellView } from '../previewState';
import { el } from './dom';

/**
 * What Sheets draws rather than writes: SPARKLINE cells (as SVG) and embedded charts (with
 * Chart.js, bundled into the page: nothing is fetched from elsewhere).
 */

Chart.register(
  CategoryScale,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  BarController,
  BarElement,
  Legend,
  Title,
  Tooltip,
);

const SVG = 'http://www.w3.org/2000/svg';
const SPARK_WIDTH = 90;
const SPARK_HEIGHT = 16;
const SERIES_COLOURS = ['#4285f4', '#db4437', '#f4b400', '#0f9d58', '#ab47bc', '#00acc1', '#ff7043', '#9e9d24'];

/** A SPARKLINE as Sheets draws it: a line by default, bars or columns when `charttype` says so. */
export function sparklineElement(spec: NonNullable<CellView['sp']>): SVGSVGElement {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('class', 'sparkline');
  svg.setAttribute('viewBox', `0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}`);
  svg.setAttribute('preserveAspectRatio', 'none');
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `Sparkline of ${spec.data.length} values`);
  const data = spec.data;
  if (data.length === 0) return svg;
  const low = Math.min(...data, spec.options.charttype === 'column' ? 0 : Number.POSITIVE_INFINITY);
  const high = Math.max(...data);
  const span = high - low || 1;
  const colour = spec.options.color ?? '#4285f4';
  const y = (value: number) => SPARK_HEIGHT - 1 - ((value - low) / span) * (SPARK_HEIGHT - 2);
  if (spec.options.charttype === 'column' || spec.options.charttype === 'bar') {
    const width = SPARK_WIDTH / data.length;
    data.forEach((value, i) => {
      const bar = document.createElementNS(SVG, 'rect');
      bar.setAttribute('x', String(i * width + 1));
      bar.setAttribute('width', String(Math.max(1, width - 2)));
      bar.setAttribute('y', String(y(value)));
      bar.setAttribute('height', String(Math.max(1, SPARK_HEIGHT - y(value))));
      bar.setAttribute('fill', colour);
      svg.append(bar);
    });
    return svg;
  }
  const step = data.length > 1 ? SPARK_WIDTH / (data.length - 1) : 0;
  const line = document.createElementNS(SVG, 'polyline');
  line.setAttribute('points', data.map((value, i) => `${(i * step).toFixed(2)},${y(value).toFixed(2)}`).join(' '));
  line.setAttribute('fill', 'none');
  line.setAttribute('stroke', colour);
  line.setAttribute('stroke-width', '1.5');
  svg.append(line);
  return svg;
}

let drawnCharts: Chart[] = [];

/** The sheet's embedded charts, drawn from the options the add-on gave its chart builder. */
export function renderCharts(host: HTMLElement, charts: readonly ChartView[]): void {
  for (const chart of drawnCharts) chart.destroy();
  drawnCharts = [];
  host.hidden = charts.length === 0;
  host.replaceChildren(
    ...charts.map((view) => {
      const canvas = el('canvas', { attrs: { role: 'img', 'aria-label': view.title || 'Chart' } });
      const figure = el(
        'figure',
        {
          className: 'embedded-chart',
          attrs: { 'data-anchor': view.anchor, 'data-series': String(view.series.length) },
        },
        [canvas, el('figcaption', { text: `${view.title || 'Chart'} (anchored at ${view.anchor})` })],
      );
      drawnCharts.push(
        new Chart(canvas, {
          type: view.type === 'COLUMN' || view.type === 'BAR' ? 'bar' : 'line',
          data: {
            labels: [...view.labels],
            datasets: view.series.map((series, i) => ({
              label: series.name,
              data: [...series.values],
              borderColor: view.colours[i] ?? SERIES_COLOURS[i % SERIES_COLOURS.length],
              backgroundColor: view.colours[i] ?? SERIES_COLOURS[i % SERIES_COLOURS.length],
              spanGaps: true,
            })),
          },
          options: {
            animation: false,
            responsive: true,
            maintainAspectRatio: false,
            ...(view.type === 'BAR' ? { indexAxis: 'y' as const } : {}),
            plugins: { title: { display: view.title !== '', text: view.title }, legend: { position: 'right' } },
            scales: {
              x: view.stacked ? { stacked: true } : {},
              y: {
                ...(view.stacked ? { stacked: true } : {}),
                ...(view.percent ? { ticks: { callback: (value) => `${Math.round(Number(value) * 100)}%` } } : {}),
              },
            },
          },
        }),
      );
      return figure;
    }),
  );
}
