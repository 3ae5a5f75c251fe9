import { isBlank } from '../cellValue';
import type { DriftSide } from './drift';
import type { HistoryDigest, QuarterStamp, StrategyDigest } from './historyDigest';
import { NUMBER_FORMAT } from './historySchema';
import { compareQuarterLabels } from './quarterOrder';

/**
 * The history digest kept in a hidden sheet, as one grid written in one call:
 * - row 1: [DIGEST_TITLE, stamp, quarters as JSON [[label, epoch ms | null], …], strategy count];
 * - row 2: DIGEST_HEADERS;
 * - then one row per strategy: ID, first quarter and first statement as raw text (the
 *   columns are formatted `@`, so `=1+1` stays text), first baseline and target as numbers or
 *   blank, first live tactic IDs as a JSON array, and progress as a JSON array aligned to
 *   the quarters: null where the strategy is absent, "" where its progress was blank.
 * The stamp ties the digest to the history it summarises; any doubt reads as "no digest".
 */

export const DIGEST_SHEET = 'Snapshot Digest';
export const DIGEST_TITLE = 'Strategy Register keeps this sheet for its snapshots; do not edit';
export const DIGEST_HEADERS = [
  'ID',
  'First quarter',
  'First statement',
  'First baseline',
  'First target',
  'First tactics',
  'Progress by quarter',
] as const;

/** Sheets refuses a cell holding more characters than this. */
export const CELL_LIMIT = 50_000;

const COLUMN_FORMATS: readonly string[] = ['@', '@', '@', NUMBER_FORMAT.number, NUMBER_FORMAT.number, '@', '@'];
const WIDTH = DIGEST_HEADERS.length;
// JSON drops the sign of -0 and has no blank, so both get a marker string of their own.
const BLANK_PROGRESS = '';
const NEGATIVE_ZERO = '-0';

export interface DigestGrid {
  readonly values: unknown[][];
  /** One number format per column; '@' for text columns. */
  readonly formats: readonly string[];
}

function numberCell(value: number | null): number | '' {
  return value !== null && Number.isFinite(value) ? value : '';
}

function progressCode(value: number | null | undefined): number | string | null {
  if (value === undefined) return null;
  if (value === null || !Number.isFinite(value)) return BLANK_PROGRESS;
  return Object.is(value, -0) ? NEGATIVE_ZERO : value;
}

function takenAtCode(takenAt: Date | null): number | null {
  const time = takenAt?.getTime();
  return time !== undefined && Number.isFinite(time) ? time : null;
}

/** The digest as a grid tagged with `stamp`; undefined when some cell would exceed Sheets' cell limit. */
export function digestToGrid(digest: HistoryDigest, stamp: string): DigestGrid | undefined {
  const quarterLabels = digest.quarters.map((q) => q.quarter);
  const quartersJson = JSON.stringify(digest.quarters.map((q) => [q.quarter, takenAtCode(q.takenAt)]));
  const values: unknown[][] = [
    [DIGEST_TITLE, stamp, quartersJson, digest.strategies.size, '', '', ''],
    [...DIGEST_HEADERS],
  ];
  for (const [id, strategy] of digest.strategies) {
    const { first, progress } = strategy;
    values.push([
      id,
      strategy.firstQuarter,
      first.statement,
      numberCell(first.baseline),
      numberCell(first.target),
      JSON.stringify(first.tacticIds),
      JSON.stringify(quarterLabels.map((quarter) => progressCode(progress.get(quarter)))),
    ]);
  }
  for (const row of values) {
    for (const cell of row) if (typeof cell === 'string' && cell.length > CELL_LIMIT) return undefined;
  }
  return { values, formats: COLUMN_FORMATS };
}

function parseJson(cell: unknown): unknown {
  if (typeof cell !== 'string') return undefined;
  try {
    return JSON.parse(cell);
  } catch {
    return undefined; // a cell edited by hand is no digest; the caller rebuilds it
  }
}

function readQuarters(cell: unknown): QuarterStamp[] | undefined {
  const parsed = parseJson(cell);
  if (!Array.isArray(parsed)) return undefined;
  const quarters: QuarterStamp[] = [];
  for (const item of parsed) {
    if (!Array.isArray(item) || item.length !== 2) return undefined;
    const [quarter, time] = item as unknown[];
    if (typeof quarter !== 'string') return undefined;
    if (time !== null && !(typeof time === 'number' && Number.isFinite(time))) return undefined;
    const previous = quarters[quarters.length - 1];
    // Oldest first with no repeats, or the digest cannot be advanced safely.
    if (previous && !(previous.quarter !== quarter && compareQuarterLabels(previous.quarter, quarter) < 0)) {
      return undefined;
    }
    quarters.push({ quarter, takenAt: time === null ? null : new Date(time) });
  }
  return quarters;
}

function readText(cell: unknown): string | undefined {
  if (cell === undefined || cell === null) return '';
  return typeof cell === 'string' ? cell : undefined;
}

/** A number cell: the number, null when blank, undefined when it holds anything else. */
function readNumber(cell: unknown): number | null | undefined {
  if (cell === '' || cell === null || cell === undefined) return null;
  return typeof cell === 'number' && Number.isFinite(cell) ? cell : undefined;
}

function readTactics(cell: unknown): string[] | undefined {
  const parsed = parseJson(cell);
  if (!Array.isArray(parsed) || !parsed.every((id) => typeof id === 'string')) return undefined;
  return parsed as string[];
}

function readProgress(
  cell: unknown,
  quarters: readonly QuarterStamp[],
  firstQuarter: string,
): Map<string, number | null> | undefined {
  const parsed = parseJson(cell);
  if (!Array.isArray(parsed) || parsed.length !== quarters.length) return undefined;
  const progress = new Map<string, number | null>();
  for (let index = 0; index < parsed.length; index += 1) {
    const code: unknown = parsed[index];
    const quarter = quarters[index]?.quarter ?? '';
    if (code === null) continue;
    if (code === BLANK_PROGRESS) progress.set(quarter, null);
    else if (code === NEGATIVE_ZERO) progress.set(quarter, -0);
    else if (typeof code === 'number' && Number.isFinite(code)) progress.set(quarter, code);
    else return undefined;
    // The first quarter is where the strategy first appears: nothing before it.
    if (progress.size === 1 && quarter !== firstQuarter) return undefined;
  }
  return progress.has(firstQuarter) ? progress : undefined;
}

function readStrategy(
  row: readonly unknown[],
  quarters: readonly QuarterStamp[],
): { id: string; strategy: StrategyDigest } | undefined {
  const id = readText(row[0]);
  const firstQuarter = readText(row[1]);
  const statement = readText(row[2]);
  const baseline = readNumber(row[3]);
  const target = readNumber(row[4]);
  const tacticIds = readTactics(row[5]);
  if (id === undefined || firstQuarter === undefined || statement === undefined || tacticIds === undefined) {
    return undefined;
  }
  if (baseline === undefined || target === undefined) return undefined;
  const progress = readProgress(row[6], quarters, firstQuarter);
  if (!progress) return undefined;
  const first: DriftSide = { statement, baseline, target, tacticIds };
  return { id, strategy: { firstQuarter, first, progress } };
}

function blankBeyond(row: readonly unknown[], width: number): boolean {
  for (let column = width; column < row.length; column += 1) if (!isBlank(row[column])) return false;
  return true;
}

/**
 * The digest a grid holds, or undefined when the grid is not a digest tagged with `stamp`
 * (another stamp, malformed, truncated, cells of the wrong type). Never throws; extra
 * trailing blank rows and columns are ignored.
 */
export function digestFromGrid(grid: readonly (readonly unknown[])[], stamp: string): HistoryDigest | undefined {
  if (!Array.isArray(grid)) return undefined;
  const top = grid[0];
  const headers = grid[1];
  if (!Array.isArray(top) || !Array.isArray(headers)) return undefined;
  if (top[0] !== DIGEST_TITLE || top[1] !== stamp || !blankBeyond(top, 4)) return undefined;
  if (!DIGEST_HEADERS.every((header, column) => headers[column] === header) || !blankBeyond(headers, WIDTH)) {
    return undefined;
  }
  const count = top[3];
  if (typeof count !== 'number' || !Number.isInteger(count) || count < 0 || grid.length < count + 2) return undefined;
  const quarters = readQuarters(top[2]);
  if (!quarters) return undefined;
  const labels = new Set(quarters.map((q) => q.quarter));
  const strategies = new Map<string, StrategyDigest>();
  for (let r = 2; r < count + 2; r += 1) {
    const row = grid[r];
    if (!Array.isArray(row) || !blankBeyond(row, WIDTH)) return undefined;
    const read = readStrategy(row, quarters);
    if (!read || strategies.has(read.id) || !labels.has(read.strategy.firstQuarter)) return undefined;
    strategies.set(read.id, read.strategy);
  }
  for (let r = count + 2; r < grid.length; r += 1) {
    const row: unknown = grid[r];
    if (Array.isArray(row) ? !row.every(isBlank) : row !== undefined && row !== null) return undefined;
  }
  return { quarters, strategies };
}
