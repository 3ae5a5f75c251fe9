import { progress } from '../progress';
import { idKey } from '../register/ids';
import type { Strategy, Tactic } from '../register/types';
import { HISTORY_COLUMN_FORMATS, HISTORY_TEXT_COLUMNS } from './historySchema';

/** Rows to append to Snapshot History, with the formats the adapter sets in the same region. */
export interface SnapshotRows {
  /** One row per strategy then its tactics, in header order; blanks are ''. */
  readonly rows: unknown[][];
  /** One number format per column (`@` for text), for `setNumberFormats(rows.map(() => formats))`. */
  readonly columnFormats: readonly string[];
  /** 0-based columns holding text; their cells must be written as plain text. */
  readonly textColumns: readonly number[];
}

const orBlank = <T>(value: T | null): T | '' => (value === null ? '' : value);

/** An item's check-ins as a snapshot keeps them: the forecast that day, and how many fell in the quarter. */
export interface SnapshotCheckIns {
  readonly forecast: number | null;
  readonly count: number;
}

/** Each item's check-ins by ID key; absent when the register keeps no Check-ins sheet (the cells stay blank). */
export type CheckInsById = ReadonlyMap<string, SnapshotCheckIns>;

function checkInCells(checkIns: CheckInsById | undefined, id: string): [unknown, unknown] {
  if (!checkIns) return ['', ''];
  const kept = checkIns.get(idKey(id));
  return [orBlank(kept?.forecast ?? null), kept?.count ?? 0];
}

/** A strategy's progress as stored: a number when baseline, target and current are all known, else blank. */
export function storedProgress(strategy: Strategy): number | null {
  const { baseline, target, current } = strategy;
  if (baseline === null || target === null || current === null) return null;
  const value = progress(baseline, target, current);
  return Number.isFinite(value) ? value : null;
}

// Both row builders list cells in HISTORY_FIELDS order (Quarter … Superseded); array literals keep a 60 000-row snapshot fast.
function strategyRow(s: Strategy, quarter: string, takenAt: Date, checkIns: CheckInsById | undefined): unknown[] {
  return [
    quarter,
    takenAt,
    'Strategy',
    s.id,
    s.id,
    s.statement,
    s.metric,
    s.unit,
    orBlank(s.baseline),
    orBlank(s.target),
    orBlank(s.current),
    orBlank(storedProgress(s)),
    orBlank(s.status),
    s.stakeholders,
    '',
    '',
    orBlank(s.start),
    orBlank(s.due),
    orBlank(s.confidence),
    orBlank(s.lastReviewed),
    s.learning,
    orBlank(s.decision),
    orBlank(s.weight),
    s.parent,
    ...checkInCells(checkIns, s.id),
    '',
  ];
}

function tacticRow(t: Tactic, quarter: string, takenAt: Date, checkIns: CheckInsById | undefined): unknown[] {
  return [
    quarter,
    takenAt,
    'Tactic',
    t.id,
    t.strategyId,
    t.statement,
    '',
    '',
    '',
    orBlank(t.target),
    orBlank(t.actual),
    '',
    orBlank(t.status),
    t.stakeholders,
    t.owner,
    t.indicator,
    orBlank(t.start),
    orBlank(t.due),
    '',
    orBlank(t.lastReviewed),
    t.learning,
    '',
    '',
    '',
    ...checkInCells(checkIns, t.id),
    '',
  ];
}

/**
 * The history rows of one snapshot: each strategy followed by its tactics in register
 * order, then tactics whose strategy is not in the register. Values are stored as they
 * are (numbers, Dates, text unchanged — no apostrophes); `textColumns` tells the adapter
 * which cells to format as plain text so text such as `=1+1` is never parsed. `checkIns`
 * gives each item's forecast and check-in count (see `snapshotCheckIns`).
 */
export function buildSnapshotRows(
  strategies: readonly Strategy[],
  tactics: readonly Tactic[],
  quarterLabel: string,
  takenAt: Date,
  checkIns?: CheckInsById,
): SnapshotRows {
  const tacticsByStrategy = new Map<string, Tactic[]>();
  for (const tactic of tactics) {
    const list = tacticsByStrategy.get(tactic.strategyId);
    if (list) list.push(tactic);
    else tacticsByStrategy.set(tactic.strategyId, [tactic]);
  }
  const rows: unknown[][] = [];
  const placed = new Set<string>();
  for (const strategy of strategies) {
    rows.push(strategyRow(strategy, quarterLabel, takenAt, checkIns));
    if (placed.has(strategy.id)) continue;
    placed.add(strategy.id);
    for (const tactic of tacticsByStrategy.get(strategy.id) ?? [])
      rows.push(tacticRow(tactic, quarterLabel, takenAt, checkIns));
  }
  for (const tactic of tactics) {
    if (!placed.has(tactic.strategyId)) rows.push(tacticRow(tactic, quarterLabel, takenAt, checkIns));
  }
  return { rows, columnFormats: HISTORY_COLUMN_FORMATS, textColumns: HISTORY_TEXT_COLUMNS };
}
