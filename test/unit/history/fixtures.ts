import { parseHistory } from '../../../src/domain/history/historyRead';
import { HISTORY_HEADERS } from '../../../src/domain/history/historySchema';
import { buildHistoryView, type HistoryView } from '../../../src/domain/history/historyView';
import { buildSnapshotRows } from '../../../src/domain/history/snapshotRows';
import type { ReviewRules } from '../../../src/domain/history/variance';
import { DEFAULT_SETTINGS, type Strategy, type Tactic } from '../../../src/domain/register/types';

/** The register's settings and zone as the variance reads them: quarterly reviews, calendar year, UTC. */
export const REVIEW_RULES: ReviewRules = { timeZone: 'Etc/UTC', settings: DEFAULT_SETTINGS };

export const Q2_TAKEN = new Date('2026-06-30T17:00:00Z');
export const Q3_TAKEN = new Date('2026-09-30T17:00:00Z');

export function strategy(fields: Partial<Strategy> & { id: string }): Strategy {
  return {
    row: 2,
    statement: `Grow ${fields.id}`,
    metric: 'Revenue',
    unit: 'EUR',
    baseline: 100,
    target: 200,
    current: 150,
    stakeholders: 'Sales ops',
    start: new Date('2026-01-01T00:00:00Z'),
    due: new Date('2026-12-31T00:00:00Z'),
    status: 'Active',
    confidence: 7,
    lastReviewed: new Date('2026-06-15T00:00:00Z'),
    learning: '',
    decision: null,
    parent: '',
    weight: null,
    ...fields,
  };
}

export function tactic(fields: Partial<Tactic> & { id: string; strategyId: string }): Tactic {
  return {
    row: 2,
    statement: `Do ${fields.id}`,
    stakeholders: 'Account executives',
    owner: 'Ana',
    status: 'In progress',
    indicator: 'Calls',
    target: 10,
    actual: 5,
    start: new Date('2026-01-01T00:00:00Z'),
    due: new Date('2026-12-31T00:00:00Z'),
    lastReviewed: new Date('2026-06-15T00:00:00Z'),
    learning: '',
    ...fields,
  };
}

export interface RegisterState {
  readonly quarter: string;
  readonly takenAt: Date;
  readonly strategies: readonly Strategy[];
  readonly tactics: readonly Tactic[];
}

/** The Snapshot History grid after taking each snapshot in turn (headers in row 0). */
export function historyGrid(...snapshots: readonly RegisterState[]): unknown[][] {
  const grid: unknown[][] = [[...HISTORY_HEADERS]];
  for (const s of snapshots) grid.push(...buildSnapshotRows(s.strategies, s.tactics, s.quarter, s.takenAt).rows);
  return grid;
}

export function viewOf(...snapshots: readonly RegisterState[]): HistoryView {
  return buildHistoryView(parseHistory(historyGrid(...snapshots), 'Etc/UTC').entries);
}
