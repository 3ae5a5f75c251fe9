import { CHECK_IN_FORMATS, CHECK_IN_HEADERS, type CheckInHeader } from '../../src/domain/checkins/checkInSchema';
import { PERCENT_VALUE_FORMAT } from '../../src/domain/edit/percentCells';
import type { Strategy, Tactic } from '../../src/domain/register/types';
import { STRATEGIES_NOW, TACTICS_NOW } from './demoItems';

/**
 * A quarter of weekly check-ins for the demo register: every active strategy and every
 * tactic in progress, Mondays from early September to the end of November, climbing to
 * the value the register holds now with the small ups and downs real numbers have. One
 * tactic stopped checking in three weeks ago, so the health check has a stale item.
 */

const FIRST_MONDAY = Date.UTC(2026, 8, 7);
const WEEKS = 13;
const WEEK_MS = 7 * 86_400_000;
/** T4 last checked in three weeks before the end of the quarter. */
const QUIET: Readonly<Record<string, number>> = { T4: 3 };

/** The same wobble every run: a number in [-1, 1] from the item and the week. */
function wobble(id: string, week: number): number {
  let seed = week * 7919;
  for (const char of id) seed = (seed * 31 + char.charCodeAt(0)) % 10_007;
  return ((seed % 200) - 100) / 100;
}

const NOTES: readonly string[] = [
  'Two large renewals moved to next month.',
  'New template adopted by the enterprise team.',
  'Pipeline review found stalled deals; chasing them.',
  'Holiday week: fewer calls than planned.',
  'Pricing change landed; watching the effect.',
];

interface Walk {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  readonly by: string;
  readonly decimals: number;
  readonly confidence: number | null;
}

/** Weekly values from `from` to `to`, the last week exactly `to`. */
function walkRows({ id, from, to, by, decimals, confidence }: Walk): unknown[][] {
  const rows: unknown[][] = [];
  const weeks = WEEKS - (QUIET[id] ?? 0);
  const round = (value: number) => Number(value.toFixed(decimals));
  for (let week = 0; week < weeks; week += 1) {
    const share = weeks === 1 ? 1 : week / (weeks - 1);
    const last = week === WEEKS - 1;
    const noise = last ? 0 : wobble(id, week) * Math.abs(to - from) * 0.08;
    const byHeader: Record<CheckInHeader, unknown> = {
      Date: new Date(FIRST_MONDAY + week * WEEK_MS),
      ID: id,
      Value: round(from + (to - from) * share + noise),
      Confidence: confidence === null ? '' : Math.max(0, Math.min(10, confidence + Math.round(wobble(id, week + 50)))),
      Note: week % 4 === 1 ? (NOTES[(week + id.length) % NOTES.length] ?? '') : '',
      By: by,
    };
    rows.push(CHECK_IN_HEADERS.map((header) => byHeader[header]));
  }
  return rows;
}

const firstGroup = (stakeholders: string) => stakeholders.split(/[;,]/)[0]?.trim() ?? '';

function strategyWalk(strategy: Omit<Strategy, 'row'>): Walk | undefined {
  const { baseline, current } = strategy;
  if (strategy.status !== 'Active' || baseline === null || current === null) return undefined;
  const decimals = strategy.unit === '%' ? 4 : 0;
  const from = baseline + (current - baseline) * 0.55;
  return {
    id: strategy.id,
    from,
    to: current,
    by: firstGroup(strategy.stakeholders),
    decimals,
    confidence: strategy.confidence,
  };
}

function tacticWalk(tactic: Omit<Tactic, 'row'>): Walk | undefined {
  if (tactic.status !== 'In progress' || tactic.actual === null || tactic.target === null) return undefined;
  const decimals = tactic.target <= 1 ? 2 : 0;
  const quiet = QUIET[tactic.id] ?? 0;
  // A tactic that stopped checking in last stood where it was weeks ago.
  const to = tactic.actual * (1 - 0.04 * quiet);
  return {
    id: tactic.id,
    from: tactic.actual * 0.6,
    to,
    by: firstGroup(tactic.stakeholders),
    decimals,
    confidence: null,
  };
}

/** The Check-ins sheet's rows, oldest first, strategies and tactics interleaved by day. */
export function demoCheckInRows(): unknown[][] {
  const walks = [...STRATEGIES_NOW.map(strategyWalk), ...TACTICS_NOW.map(tacticWalk)].filter(
    (walk): walk is Walk => walk !== undefined,
  );
  const rows = walks.flatMap(walkRows);
  return rows.sort((a, b) => (a[0] as Date).getTime() - (b[0] as Date).getTime());
}

/** One number format per cell of the sheet: a `%` metric's values as percentages, as a save writes them. */
export function demoCheckInFormats(rows: readonly (readonly unknown[])[]): string[][] {
  const percent = new Set(STRATEGIES_NOW.filter((strategy) => strategy.unit === '%').map((strategy) => strategy.id));
  const value = CHECK_IN_HEADERS.indexOf('Value');
  const plain = CHECK_IN_HEADERS.map((header) => CHECK_IN_FORMATS[header]);
  return [
    CHECK_IN_HEADERS.map(() => 'General'),
    ...rows.map((row) =>
      plain.map((format, column) => (column === value && percent.has(String(row[1])) ? PERCENT_VALUE_FORMAT : format)),
    ),
  ];
}
