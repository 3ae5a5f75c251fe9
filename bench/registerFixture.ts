/**
 * A seeded sales-organisation register for the benchmark: one strategy per five tactics,
 * varied wording, metrics that rise and fall, a few findings, and eight quarters of
 * history built with the add-on's own snapshot rows.
 */
import { HISTORY_HEADERS } from '../src/domain/history/historySchema';
import { buildSnapshotRows } from '../src/domain/history/snapshotRows';
import { STRATEGY_HEADERS, TACTIC_HEADERS } from '../src/domain/register/schema';
import type { Strategy, Tactic } from '../src/domain/register/types';
import { type Random, seededRandom } from './seededRandom';

export const TACTICS_PER_STRATEGY = 5;
export const HISTORY_QUARTERS = [
  '2024-Q3',
  '2024-Q4',
  '2025-Q1',
  '2025-Q2',
  '2025-Q3',
  '2025-Q4',
  '2026-Q1',
  '2026-Q2',
];
/** The quarter the benchmark's snapshot takes: the one after the last in history. */
export const SNAPSHOT_QUARTER = '2026-Q3';
export const SEED = 20_261_127;
/** Strategies supporting each strategy of the alignment tree. */
const ALIGNMENT_FANOUT = 10;

const REGIONS = ['North', 'South', 'East', 'West', 'Central', 'Nordics', 'Iberia', 'Benelux', 'DACH', 'APAC'];
const METRICS: readonly { metric: string; unit: string; baseline: number; target: number }[] = [
  { metric: 'Win rate', unit: '%', baseline: 0.2, target: 0.25 },
  { metric: 'Churn', unit: '%', baseline: 0.08, target: 0.06 },
  { metric: 'Pipeline', unit: 'EUR', baseline: 1_200_000, target: 1_800_000 },
  { metric: 'Days to close', unit: 'days', baseline: 94, target: 70 },
  { metric: 'Net revenue retention', unit: '%', baseline: 1.02, target: 1.1 },
];
const TEAMS = ['Account executives', 'Sales development', 'Customer success', 'Channel partners', 'Sales operations'];
const OWNERS = ['Jane Smith', 'Ahmed Karimi', 'Li Wei', 'María López', 'Sales operations'];
const VERBS = ['Run', 'Pilot', 'Train', 'Publish', 'Introduce', 'Review'];
const THINGS = [
  'a discovery call script',
  'weekly pipeline reviews',
  'a partner referral scheme',
  'win/loss interviews',
];

export interface RegisterData {
  readonly strategies: Strategy[];
  readonly tactics: Tactic[];
  /** Strategies sheet: header row, then one row per strategy (values as stored). */
  readonly strategyRows: unknown[][];
  readonly tacticRows: unknown[][];
  /** Snapshot History: header row, then eight quarters of snapshot rows. */
  readonly historyRows: unknown[][];
  /** Check-ins: header row, then the rows; null for a register that keeps none. */
  readonly checkInRows: unknown[][] | null;
}

function utcDay(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function strategyAt(n: number, random: Random, reviewed: Date): Strategy {
  const shape = random.pick(METRICS);
  const region = random.pick(REGIONS);
  const moved = random.next();
  return {
    row: n + 2,
    id: `S${n + 1}`,
    statement: `${shape.metric} in ${region}: from ${shape.baseline} to ${shape.target} (${n + 1})`,
    metric: shape.metric,
    unit: shape.unit,
    baseline: shape.baseline,
    target: shape.target,
    current: shape.baseline + (shape.target - shape.baseline) * moved,
    // One strategy in fifty names a person: the health check's individual-scope rule fires.
    stakeholders: n % 50 === 0 ? 'jane.smith@example.com' : random.pick(TEAMS),
    start: utcDay('2024-07-01'),
    due: utcDay('2027-06-30'),
    status: random.chance(0.9) ? 'Active' : random.pick(['On hold', 'Achieved', 'Retired'] as const),
    confidence: random.int(3, 9),
    // One in ten was not reviewed this quarter: overdue-review findings.
    lastReviewed: random.chance(0.9) ? reviewed : utcDay('2025-01-15'),
    learning: random.chance(0.2) ? 'Pricing mattered more than reach.' : '',
    decision: null,
    // An alignment tree ten wide: the first ten strategies are the top, each supported by ten below it.
    parent: n < ALIGNMENT_FANOUT ? '' : `S${Math.floor(n / ALIGNMENT_FANOUT)}`,
    weight: n % 4 === 0 ? 2 : null,
  };
}

function tacticAt(n: number, random: Random, reviewed: Date): Tactic {
  return {
    row: n + 2,
    id: `T${n + 1}`,
    strategyId: `S${Math.floor(n / TACTICS_PER_STRATEGY) + 1}`,
    statement: `${random.pick(VERBS)} ${random.pick(THINGS)} (${n + 1})`,
    stakeholders: random.pick(TEAMS),
    owner: random.pick(OWNERS),
    status: random.pick(['Planned', 'In progress', 'In progress', 'In progress', 'Done', 'Dropped'] as const),
    indicator: 'Meetings per week',
    target: random.int(10, 40),
    actual: random.int(0, 40),
    start: utcDay('2025-01-01'),
    due: utcDay('2026-12-31'),
    lastReviewed: random.chance(0.9) ? reviewed : utcDay('2025-01-20'),
    learning: '',
  };
}

/** How an item stood in an earlier quarter: values drift back, a few items did not exist yet. */
function strategyIn(strategy: Strategy, quartersAgo: number): Strategy {
  if (strategy.baseline === null || strategy.current === null) return strategy;
  const share = Math.max(0, 1 - quartersAgo / HISTORY_QUARTERS.length);
  return { ...strategy, current: strategy.baseline + (strategy.current - strategy.baseline) * share };
}

function tacticIn(tactic: Tactic, quartersAgo: number): Tactic {
  return { ...tactic, actual: Math.max(0, (tactic.actual ?? 0) - quartersAgo * 2), status: 'In progress' };
}

function strategyRow(s: Strategy): unknown[] {
  const cells: Record<string, unknown> = {
    ID: s.id,
    Strategy: s.statement,
    Metric: s.metric,
    Unit: s.unit,
    Baseline: s.baseline,
    Target: s.target,
    Current: s.current,
    Stakeholders: s.stakeholders,
    Start: s.start,
    Due: s.due,
    Status: s.status,
    Confidence: s.confidence,
    'Last reviewed': s.lastReviewed,
    Learning: s.learning,
    Parent: s.parent,
    Weight: s.weight,
  };
  return STRATEGY_HEADERS.map((header) => cells[header] ?? '');
}

function tacticRow(t: Tactic): unknown[] {
  const cells: Record<string, unknown> = {
    ID: t.id,
    'Strategy ID': t.strategyId,
    Tactic: t.statement,
    Stakeholders: t.stakeholders,
    Owner: t.owner,
    Status: t.status,
    Indicator: t.indicator,
    Target: t.target,
    Actual: t.actual,
    Start: t.start,
    Due: t.due,
    'Last reviewed': t.lastReviewed,
    Learning: t.learning,
  };
  return TACTIC_HEADERS.map((header) => cells[header] ?? '');
}

/** The register of `tactics` tactics (and a fifth as many strategies) with the latest `quarters` of history, the same for the same size. */
export function generateRegister(tactics: number, today: Date, quarters = HISTORY_QUARTERS.length): RegisterData {
  const random = seededRandom(SEED + tactics);
  const strategyCount = Math.ceil(tactics / TACTICS_PER_STRATEGY);
  const strategies = Array.from({ length: strategyCount }, (_, n) => strategyAt(n, random, today));
  const tacticRecords = Array.from({ length: tactics }, (_, n) => tacticAt(n, random, today));
  const historyRows: unknown[][] = [[...HISTORY_HEADERS]];
  const held = HISTORY_QUARTERS.slice(HISTORY_QUARTERS.length - quarters);
  held.forEach((quarter, position) => {
    const quartersAgo = held.length - position;
    // Items join over time: an item with a high number only appears in later quarters.
    const present = (n: number, count: number) => n < count * (0.85 + (0.15 * position) / held.length);
    const pastStrategies = strategies
      .filter((_, n) => present(n, strategyCount))
      .map((s) => strategyIn(s, quartersAgo));
    const pastTactics = tacticRecords.filter((_, n) => present(n, tactics)).map((t) => tacticIn(t, quartersAgo));
    const lastMonth = String(Number(quarter.slice(-1)) * 3).padStart(2, '0');
    const takenAt = new Date(`${quarter.slice(0, 4)}-${lastMonth}-28T17:00:00Z`);
    for (const row of buildSnapshotRows(pastStrategies, pastTactics, quarter, takenAt).rows) historyRows.push(row);
  });
  return {
    strategies,
    tactics: tacticRecords,
    strategyRows: [[...STRATEGY_HEADERS], ...strategies.map(strategyRow)],
    tacticRows: [[...TACTIC_HEADERS], ...tacticRecords.map(tacticRow)],
    historyRows,
    checkInRows: null,
  };
}
