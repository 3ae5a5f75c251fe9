import { CHECK_IN_HEADERS } from '../../src/domain/checkins/checkInSchema';
import { HISTORY_COLUMN_FORMATS, HISTORY_HEADERS } from '../../src/domain/history/historySchema';
import { buildSnapshotRows } from '../../src/domain/history/snapshotRows';
import {
  SHEET,
  STRATEGY_HEADERS,
  type StrategyHeader,
  TACTIC_HEADERS,
  type TacticHeader,
} from '../../src/domain/register/schema';
import type { Strategy, Tactic } from '../../src/domain/register/types';
import { demoCheckInFormats, demoCheckInRows } from './demoCheckIns';
import { AT_END_OF_Q2, AT_END_OF_Q3, STRATEGIES_NOW, TACTICS_NOW } from './demoItems';

/** One sheet of the demo: header row first, then data; '' is a blank cell, `=…` a formula. */
export interface DemoSheet {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  readonly frozenRows: number;
  /** One number format per column (`@` keeps text as text), when the sheet sets them. */
  readonly columnFormats?: readonly string[];
  /** One number format per cell, when formats differ by row. */
  readonly formats?: readonly (readonly string[])[];
}

export interface DemoWorkbook {
  readonly timeZone: string;
  readonly sheets: readonly DemoSheet[];
}

const blank = (value: string | number | Date | null): unknown => value ?? '';

/** The Progress column fills itself with one array formula in its first data row. */
const PROGRESS_FORMULA = '=STRATEGY_PROGRESS(E2:E, F2:F, G2:G)';

function strategyCells(strategy: Omit<Strategy, 'row'>, index: number): unknown[] {
  const byHeader: Record<StrategyHeader, unknown> = {
    ID: strategy.id,
    Strategy: strategy.statement,
    Metric: strategy.metric,
    Unit: strategy.unit,
    Baseline: blank(strategy.baseline),
    Target: blank(strategy.target),
    Current: blank(strategy.current),
    Stakeholders: strategy.stakeholders,
    Start: blank(strategy.start),
    Due: blank(strategy.due),
    Status: blank(strategy.status),
    Confidence: blank(strategy.confidence),
    'Last reviewed': blank(strategy.lastReviewed),
    Learning: strategy.learning,
    Decision: blank(strategy.decision),
    Progress: index === 0 ? PROGRESS_FORMULA : '',
    Parent: strategy.parent,
    Weight: blank(strategy.weight),
    Source: '',
  };
  return STRATEGY_HEADERS.map((header) => byHeader[header]);
}

function tacticCells(tactic: Omit<Tactic, 'row'>): unknown[] {
  const byHeader: Record<TacticHeader, unknown> = {
    ID: tactic.id,
    'Strategy ID': tactic.strategyId,
    Tactic: tactic.statement,
    Stakeholders: tactic.stakeholders,
    Owner: tactic.owner,
    Status: blank(tactic.status),
    Indicator: tactic.indicator,
    Target: blank(tactic.target),
    Actual: blank(tactic.actual),
    Start: blank(tactic.start),
    Due: blank(tactic.due),
    'Last reviewed': blank(tactic.lastReviewed),
    Learning: tactic.learning,
    Source: '',
  };
  return TACTIC_HEADERS.map((header) => byHeader[header]);
}

const DATE_FORMAT = 'yyyy-mm-dd';
const PERCENT_FORMAT = '0.0%';

/** Per-cell formats of Strategies: percentages where the unit is %, dates as dates, progress as a percentage. */
function strategyFormats(strategies: readonly Omit<Strategy, 'row'>[]): string[][] {
  const formatOf = (header: StrategyHeader, unit: string): string => {
    if (header === 'Start' || header === 'Due' || header === 'Last reviewed') return DATE_FORMAT;
    if (header === 'Progress') return '0%';
    if ((header === 'Baseline' || header === 'Target' || header === 'Current') && unit === '%') return PERCENT_FORMAT;
    return 'General';
  };
  return [
    STRATEGY_HEADERS.map(() => 'General'),
    ...strategies.map((strategy) => STRATEGY_HEADERS.map((header) => formatOf(header, strategy.unit))),
  ];
}

const TACTIC_FORMATS = TACTIC_HEADERS.map((header) =>
  header === 'Start' || header === 'Due' || header === 'Last reviewed' ? DATE_FORMAT : 'General',
);

const withRows = <T extends object>(items: readonly T[]): (T & { row: number })[] =>
  items.map((item, index) => ({ ...item, row: index + 2 }));

function historyRows(): unknown[][] {
  return [AT_END_OF_Q2, AT_END_OF_Q3].flatMap(
    (snapshot) =>
      buildSnapshotRows(withRows(snapshot.strategies), withRows(snapshot.tactics), snapshot.quarter, snapshot.takenAt)
        .rows,
  );
}

/** A sales team's register with two past quarterly snapshots and a quarter of check-ins, in the contract's layout. */
export function demoWorkbook(): DemoWorkbook {
  const checkInRows = demoCheckInRows();
  return {
    timeZone: 'Etc/UTC',
    sheets: [
      {
        name: SHEET.strategies,
        values: [[...STRATEGY_HEADERS], ...STRATEGIES_NOW.map(strategyCells)],
        frozenRows: 1,
        formats: strategyFormats(STRATEGIES_NOW),
      },
      {
        name: SHEET.tactics,
        values: [[...TACTIC_HEADERS], ...TACTICS_NOW.map(tacticCells)],
        frozenRows: 1,
        columnFormats: TACTIC_FORMATS,
      },
      {
        name: SHEET.history,
        values: [[...HISTORY_HEADERS], ...historyRows()],
        frozenRows: 1,
        columnFormats: HISTORY_COLUMN_FORMATS,
      },
      {
        name: SHEET.checkIns,
        values: [[...CHECK_IN_HEADERS], ...checkInRows],
        frozenRows: 1,
        formats: demoCheckInFormats(checkInRows),
      },
    ],
  };
}

/** A spreadsheet as a new one opens: one empty sheet. */
export function emptyWorkbook(): DemoWorkbook {
  return { timeZone: 'Etc/UTC', sheets: [{ name: 'Sheet1', values: [], frozenRows: 0 }] };
}
