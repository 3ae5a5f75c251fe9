/**
 * A strategy card's check-in trend: its check-ins as progress over time, the target
 * (100 %) as a dotted line and the forecast line from Start to Due, in a small SVG drawn
 * by hand (a few shapes need no chart library). Values never become markup: only numbers
 * go into attributes, and the only text is a title set through textContent.
 */
import type { TrendPoints } from '../checkInModel';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 264;
const HEIGHT = 56;
const PAD = 4;

function shape(tag: string, attributes: Readonly<Record<string, string | number>>): SVGElement {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  return node;
}

/** Whole days since 1970 of an ISO day, so days space evenly whatever the zone. */
function dayNumber(isoDay: string): number {
  const [year, month, day] = isoDay.split('-').map(Number) as [number, number, number];
  return Date.UTC(year, month - 1, day) / 86_400_000;
}

export interface TrendSpan {
  readonly start: string | null;
  readonly due: string | null;
}

/** The chart, or null when there is nothing to draw (no check-in with a progress). */
export function trendChart(trend: TrendPoints, span: TrendSpan, label: string, stateClass: string): SVGElement | null {
  if (trend.points.length === 0) return null;
  const days = trend.points.map((point) => dayNumber(point.day));
  const first = span.start ? Math.min(dayNumber(span.start), ...days) : Math.min(...days);
  const last = Math.max(span.due ? dayNumber(span.due) : first + 1, ...days, first + 1);
  const values = [0, 1, ...trend.points.map((point) => point.progress)];
  if (trend.line) values.push(trend.line.atStart, trend.line.atDue);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const x = (day: number) => PAD + ((day - first) / (last - first)) * (WIDTH - 2 * PAD);
  const y = (progress: number) => HEIGHT - PAD - ((progress - low) / (high - low)) * (HEIGHT - 2 * PAD);
  const round = (n: number) => Math.round(n * 10) / 10;

  const svg = shape('svg', {
    class: `trend ${stateClass}`,
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    width: '100%',
    height: HEIGHT,
    role: 'img',
    'aria-label': label,
  });
  const title = document.createElementNS(SVG, 'title');
  title.textContent = label;
  svg.append(title);
  svg.append(shape('line', { class: 'trend-target', x1: PAD, x2: WIDTH - PAD, y1: round(y(1)), y2: round(y(1)) }));
  svg.append(shape('line', { class: 'trend-zero', x1: PAD, x2: WIDTH - PAD, y1: round(y(0)), y2: round(y(0)) }));
  if (trend.line && span.start && span.due) {
    const from = dayNumber(span.start);
    const to = dayNumber(span.due);
    svg.append(
      shape('line', {
        class: 'trend-forecast',
        x1: round(x(from)),
        y1: round(y(trend.line.atStart)),
        x2: round(x(to)),
        y2: round(y(trend.line.atDue)),
      }),
    );
  }
  const coordinates = trend.points.map((point, index) => `${round(x(days[index] ?? 0))},${round(y(point.progress))}`);
  svg.append(shape('polyline', { class: 'trend-line', points: coordinates.join(' ') }));
  for (const [index, point] of trend.points.entries()) {
    svg.append(
      shape('circle', { class: 'trend-point', cx: round(x(days[index] ?? 0)), cy: round(y(point.progress)), r: 2 }),
    );
  }
  return svg;
}
