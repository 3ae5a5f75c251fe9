import { describeValue, isBlank, isDate } from '../cellValue';
import { isoDay } from '../isoDay';
import { SHEET } from '../register/schema';
import {
  HISTORY_FIELDS,
  HISTORY_HEADERS,
  type HistoryFieldKey,
  type HistoryKind,
  locateColumns,
} from './historySchema';
import { canonicalQuarter } from './quarterOrder';

/** One row of Snapshot History, typed. Text fields are '' when blank, numbers and dates null. */
export interface HistoryEntry {
  /** 1-based row in the Snapshot History sheet. */
  readonly row: number;
  /** Canonical label (`2026-Q3`). */
  readonly quarter: string;
  readonly takenAt: Date | null;
  readonly kind: HistoryKind;
  readonly id: string;
  readonly strategyId: string;
  readonly statement: string;
  readonly metric: string;
  readonly unit: string;
  readonly baseline: number | null;
  readonly target: number | null;
  /** A strategy's Current or a tactic's Actual. */
  readonly current: number | null;
  readonly progress: number | null;
  readonly status: string;
  readonly stakeholders: string;
  readonly owner: string;
  readonly indicator: string;
  readonly start: Date | null;
  readonly due: Date | null;
  readonly confidence: number | null;
  readonly lastReviewed: Date | null;
  readonly learning: string;
  /** A strategy's review decision (Keep, Adjust, Pivot, Retire); '' for tactics and older rows. */
  readonly decision: string;
  /** STRATEGY_FORECAST when the snapshot was taken; null when it had none, or for older rows. */
  readonly forecast: number | null;
  /** Check-ins in the snapshot's quarter; null for older rows. */
  readonly checkIns: number | null;
  /** The strategy it supported (its Parent); '' for tactics, top strategies and rows written before the column. */
  readonly parent: string;
  /** Its roll-up weight as it stood; null when blank. */
  readonly weight: number | null;
  /** True when a later snapshot of the same quarter replaced this row. */
  readonly superseded: boolean;
}

export interface HistoryProblem {
  readonly sheet: string;
  readonly row: number;
  readonly column?: string;
  readonly message: string;
}

export interface ParsedHistory {
  readonly entries: HistoryEntry[];
  /** The first problems found (at most MAX_PROBLEMS), each naming row and column. */
  readonly problems: HistoryProblem[];
  readonly problemCount: number;
}

const MAX_PROBLEMS = 50;
const REQUIRED: readonly HistoryFieldKey[] = ['quarter', 'kind', 'id'];

/** A cell of a text column as text; a date is the day the spreadsheet shows. */
function readText(value: unknown, timeZone: string): string {
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (isDate(value)) return Number.isNaN(value.getTime()) ? '' : isoDay(value, timeZone);
  return '';
}

/**
 * Reads the Snapshot History grid (row 0 = headers). Columns are found by header name, so
 * extra or reordered columns are fine. Never throws: rows without a quarter, a kind or an
 * ID are skipped, and cells of the wrong type are read as blank; both are reported.
 * `firstRow` is the sheet row of the grid's first data row, for grids read from one block.
 * A date read as text is the day it shows in the spreadsheet's `timeZone`.
 */
export function parseHistory(grid: readonly (readonly unknown[])[], timeZone: string, firstRow = 2): ParsedHistory {
  const problems: HistoryProblem[] = [];
  let problemCount = 0;
  const report: Report = (row, message, column) => {
    problemCount += 1;
    if (problems.length < MAX_PROBLEMS)
      problems.push({ sheet: SHEET.history, row, ...(column ? { column } : {}), message });
  };
  const columns = locateColumns(grid[0] ?? []);
  const missing = REQUIRED.filter((key) => !columns.has(key));
  if (missing.length > 0) {
    const names = missing.map((key) => HISTORY_HEADERS[HISTORY_FIELDS.findIndex((f) => f.key === key)]);
    report(
      1,
      `${SHEET.history} has no ${names.join(', ')} column in row 1; history cannot be read until it is restored.`,
    );
    return { entries: [], problems, problemCount };
  }
  const at = (key: HistoryFieldKey): number => columns.get(key) ?? -1;
  const column = {
    quarter: at('quarter'),
    takenAt: at('takenAt'),
    kind: at('kind'),
    id: at('id'),
    strategyId: at('strategyId'),
    statement: at('statement'),
    metric: at('metric'),
    unit: at('unit'),
    baseline: at('baseline'),
    target: at('target'),
    current: at('current'),
    progress: at('progress'),
    status: at('status'),
    stakeholders: at('stakeholders'),
    owner: at('owner'),
    indicator: at('indicator'),
    start: at('start'),
    due: at('due'),
    confidence: at('confidence'),
    lastReviewed: at('lastReviewed'),
    learning: at('learning'),
    decision: at('decision'),
    forecast: at('forecast'),
    checkIns: at('checkIns'),
    parent: at('parent'),
    weight: at('weight'),
    superseded: at('superseded'),
  };
  const text = (cells: readonly unknown[], column: number): string => textOf(cells, column, timeZone);
  const num = (cells: readonly unknown[], column: number, row: number, header: string): number | null =>
    numberOf(cells, column, row, header, timeZone, report);
  const date = (cells: readonly unknown[], column: number, row: number, header: string): Date | null =>
    dateOf(cells, column, row, header, timeZone, report);
  const quarterCache = new Map<string, string>();
  const entries: HistoryEntry[] = [];
  for (let r = 1; r < grid.length; r += 1) {
    const cells = grid[r] ?? [];
    const row = r + firstRow - 1;
    const quarterText = text(cells, column.quarter).trim();
    const kindText = text(cells, column.kind);
    const kind = kindOf(kindText);
    const id = text(cells, column.id).trim();
    if (quarterText === '' || kind === undefined || id === '') {
      if (!cells.every(isBlank)) report(row, skippedReason(quarterText, kindText, id));
      continue;
    }
    let quarter = quarterCache.get(quarterText);
    if (quarter === undefined) {
      quarter = canonicalQuarter(quarterText);
      quarterCache.set(quarterText, quarter);
    }
    entries.push({
      row,
      quarter,
      takenAt: date(cells, column.takenAt, row, 'Taken at'),
      kind,
      id,
      strategyId: text(cells, column.strategyId).trim(),
      statement: text(cells, column.statement),
      metric: text(cells, column.metric),
      unit: text(cells, column.unit),
      baseline: num(cells, column.baseline, row, 'Baseline'),
      target: num(cells, column.target, row, 'Target'),
      current: num(cells, column.current, row, 'Current'),
      progress: num(cells, column.progress, row, 'Progress'),
      status: text(cells, column.status),
      stakeholders: text(cells, column.stakeholders),
      owner: text(cells, column.owner),
      indicator: text(cells, column.indicator),
      start: date(cells, column.start, row, 'Start'),
      due: date(cells, column.due, row, 'Due'),
      confidence: num(cells, column.confidence, row, 'Confidence'),
      lastReviewed: date(cells, column.lastReviewed, row, 'Last reviewed'),
      learning: text(cells, column.learning),
      decision: text(cells, column.decision),
      forecast: num(cells, column.forecast, row, 'Forecast'),
      checkIns: num(cells, column.checkIns, row, 'Check-ins'),
      parent: text(cells, column.parent).trim(),
      weight: num(cells, column.weight, row, 'Weight'),
      superseded: column.superseded >= 0 && !isBlank(cells[column.superseded]),
    });
  }
  return { entries, problems, problemCount };
}

type Report = (row: number, message: string, column?: string) => void;

function numberOf(
  cells: readonly unknown[],
  column: number,
  row: number,
  header: string,
  timeZone: string,
  report: Report,
): number | null {
  const value = column < 0 ? '' : cells[column];
  if (typeof value === 'number' && Number.isFinite(value)) return value;
  if (!isBlank(value)) report(row, `${describeValue(value, timeZone)} is not a number; it is read as blank.`, header);
  return null;
}

function dateOf(
  cells: readonly unknown[],
  column: number,
  row: number,
  header: string,
  timeZone: string,
  report: Report,
): Date | null {
  const value = column < 0 ? '' : cells[column];
  if (isDate(value) && !Number.isNaN(value.getTime())) return value;
  if (!isBlank(value)) report(row, `${describeValue(value, timeZone)} is not a date; it is read as blank.`, header);
  return null;
}

function textOf(cells: readonly unknown[], column: number, timeZone: string): string {
  if (column < 0) return '';
  const value = cells[column];
  return typeof value === 'string' ? value : readText(value, timeZone);
}

function kindOf(text: string): HistoryKind | undefined {
  const lower = text.trim().toLowerCase();
  if (lower === 'strategy') return 'Strategy';
  if (lower === 'tactic') return 'Tactic';
  return undefined;
}

function skippedReason(quarter: string, kind: string, id: string): string {
  if (quarter === '') return 'The row has no Quarter; it is skipped.';
  if (id === '') return 'The row has no ID; it is skipped.';
  return `Kind ${describeValue(kind)} is neither Strategy nor Tactic; the row is skipped.`;
}

/** Cells to write so the older rows of a quarter are marked Superseded, as one column region. */
export interface SupersedeWrite {
  /** 1-based column of Superseded; one past the last column when the header must be added. */
  readonly column: number;
  readonly writeHeader: boolean;
  /** 1-based first row of the region. */
  readonly firstRow: number;
  /** One cell per row from firstRow, keeping the cells of rows that are not marked. */
  readonly values: unknown[][];
  /** 1-based rows newly marked. */
  readonly rows: number[];
}

/**
 * Which rows to mark when `quarter` is snapshotted again: every live row of that quarter
 * gets the replacing snapshot's `Taken at`. Undefined when no row needs marking.
 */
export function supersedeRows(
  grid: readonly (readonly unknown[])[],
  quarter: string,
  replacingTakenAt: Date,
  timeZone: string,
): SupersedeWrite | undefined {
  const header = grid[0] ?? [];
  const columns = locateColumns(header);
  const quarterColumn = columns.get('quarter');
  if (quarterColumn === undefined) return undefined;
  const supersededColumn = columns.get('superseded');
  const target = canonicalQuarter(quarter);
  const rows: number[] = [];
  for (let r = 1; r < grid.length; r += 1) {
    const cells = grid[r] ?? [];
    const label = readText(cells[quarterColumn], timeZone).trim();
    if (label === '' || canonicalQuarter(label) !== target) continue;
    if (supersededColumn !== undefined && !isBlank(cells[supersededColumn])) continue;
    rows.push(r + 1);
  }
  const first = rows[0];
  const last = rows[rows.length - 1];
  if (first === undefined || last === undefined) return undefined;
  const marked = new Set(rows);
  const values: unknown[][] = [];
  for (let row = first; row <= last; row += 1) {
    const existing = supersededColumn === undefined ? '' : (grid[row - 1]?.[supersededColumn] ?? '');
    values.push([marked.has(row) ? replacingTakenAt : existing]);
  }
  return {
    column: (supersededColumn ?? header.length) + 1,
    writeHeader: supersededColumn === undefined,
    firstRow: first,
    values,
    rows,
  };
}
