import { STRATEGY_HEADERS, TACTIC_HEADERS } from '../../../src/domain/register/schema';
import type { Strategy, Tactic } from '../../../src/domain/register/types';

/** Small named builders for register rows and sheet grids. */

export function aStrategy(fields: Partial<Strategy> = {}): Strategy {
  return {
    row: 2,
    id: 'S1',
    statement: 'Raise win rates by 25% with a formal sales process',
    metric: 'Win rate',
    unit: '%',
    baseline: 0.2,
    target: 0.25,
    current: 0.21,
    stakeholders: 'Account executives',
    start: new Date('2026-01-01T00:00:00Z'),
    due: new Date('2026-12-31T00:00:00Z'),
    status: 'Active',
    confidence: 7,
    lastReviewed: null,
    learning: '',
    decision: null,
    parent: '',
    weight: null,
    ...fields,
  };
}

export function aTactic(fields: Partial<Tactic> = {}): Tactic {
  return {
    row: 2,
    id: 'T1',
    strategyId: 'S1',
    statement: 'Have one rep meet 25% more prospects',
    stakeholders: 'Account executives',
    owner: 'Jane Smith',
    status: 'In progress',
    indicator: 'Prospect meetings per week',
    target: 10,
    actual: 8,
    start: new Date('2026-01-01T00:00:00Z'),
    due: new Date('2026-06-30T00:00:00Z'),
    lastReviewed: null,
    learning: '',
    ...fields,
  };
}

type Cells = Readonly<Record<string, unknown>>;

/** A sheet's getValues(): the header row, then one row per record, blank where a header is not given. */
export function grid(headers: readonly string[], rows: readonly Cells[]): unknown[][] {
  return [[...headers], ...rows.map((row) => headers.map((header) => (header in row ? row[header] : '')))];
}

export function strategyGrid(rows: readonly Cells[], headers: readonly string[] = STRATEGY_HEADERS): unknown[][] {
  return grid(headers, rows);
}

export function tacticGrid(rows: readonly Cells[], headers: readonly string[] = TACTIC_HEADERS): unknown[][] {
  return grid(headers, rows);
}

/** The seed example of the method: one measured strategy and one tactic that serves it. */
export const SEED_STRATEGY_ROW: Cells = {
  ID: 'S1',
  Strategy: 'Raise win rates by 25% with a formal sales process',
  Metric: 'Win rate',
  Unit: '%',
  Baseline: 0.2,
  Target: 0.25,
  Current: 0.21,
  Stakeholders: 'Account executives',
  Start: new Date('2026-01-01T00:00:00Z'),
  Due: new Date('2027-06-30T00:00:00Z'),
  Status: 'Active',
  Confidence: 6,
};

export const SEED_TACTIC_ROW: Cells = {
  ID: 'T1',
  'Strategy ID': 'S1',
  Tactic: 'Have one rep meet 25% more prospects',
  Stakeholders: 'Account executives',
  Owner: 'Jane Smith',
  Status: 'In progress',
  Indicator: 'Prospect meetings per week',
  Target: 10,
  Actual: 8,
};
