import { type Failure, fail, ok } from '../result';
import { type AppendPlan, planAppend, supersedeBlock } from './appendPlan';
import { advanceDigest, digestOfView, type HistoryDigest } from './historyDigest';
import { blockBefore, blockOf, type HistoryLedger, ledgerOfEntries, withBlock } from './historyLedger';
import { parseHistory } from './historyRead';
import { HISTORY_HEADERS, locateColumns } from './historySchema';
import { buildHistoryView, type HistoryView, type QuarterSnapshot } from './historyView';
import { progressChartOf } from './progressChart';
import type { QuarterCalendar } from './quarterOrder';
import type { HistoryRead } from './readPlan';
import { type ReviewRules, type VarianceResult, varianceFromSnapshots, varianceOfView } from './variance';
import { chooseVariancePair, ONLY_SNAPSHOT, pairAfterSnapshot } from './variancePair';

/**
 * What snapshots and variances make of a history read (readPlan.ts): pure, computed
 * before anything is written. The server only reads, calls these, and writes.
 */

/** A comparison to write (or the sentence refusing it), with the table behind its chart. */
export interface VarianceOutcome {
  readonly variance: VarianceResult;
  readonly chart: unknown[][];
}

/** A variance that compares nothing, for the reason given. */
export function refusedVariance(refusal: Failure): VarianceOutcome {
  return { variance: refusal, chart: [] };
}

/** What the operation's history rules need: the register's zone, settings and quarter calendar. */
export interface HistoryRules extends ReviewRules {
  readonly calendar: QuarterCalendar;
}

/** The ledger and digest to keep after reading a history whole, so the next reader reads blocks. */
export interface KeptIndex {
  readonly ledger: HistoryLedger | undefined;
  readonly digest: HistoryDigest;
}

/** Where Snapshot History stands before the operation: its header row and rows below it. */
export interface HistoryShape {
  readonly headerRow: readonly unknown[];
  readonly rowCount: number;
}

/**
 * Build QoQ variance…: the comparison of the pair `asked` (or the two latest snapshots).
 * From blocks, the digest gives the trend, drift and chart; from the whole history, the
 * digest and ledger are made for the next time (`keep`).
 */
export function varianceOfRead(
  read: HistoryRead,
  shape: HistoryShape,
  version: string,
  asked: readonly [string, string] | undefined,
  rules: HistoryRules,
): VarianceOutcome & { readonly keep?: KeptIndex } {
  if (read.kind === 'blocks') {
    const pair = chooseVariancePair(
      read.ledger.blocks.map((block) => block.quarter),
      asked,
      rules.calendar,
    );
    if (!pair.ok) return refusedVariance(pair);
    const earlier = read.blocks.get(pair.value.from)?.snapshot;
    const later = read.blocks.get(pair.value.to)?.snapshot;
    if (!read.digest || !earlier || !later)
      return refusedVariance(fail('not-found', 'Snapshot History changed while it was read.'));
    return {
      variance: ok(varianceFromSnapshots(read.digest, earlier, later, rules)),
      chart: progressChartOf(read.digest, later),
    };
  }
  const entries = read.parsed.entries;
  const view = buildHistoryView(entries);
  const digest = digestOfView(view);
  const keep =
    view.quarters.length > 0
      ? { ledger: ledgerOfEntries(entries, view, version, shape.rowCount + 1), digest }
      : undefined;
  const pair = chooseVariancePair(view.quarters, asked, rules.calendar);
  if (!pair.ok) return { ...refusedVariance(pair), ...(keep ? { keep } : {}) };
  const later = view.snapshots.get(pair.value.to);
  return {
    variance: varianceOfView(view, pair.value.from, pair.value.to, rules),
    chart: later ? progressChartOf(digest, later) : [],
    ...(keep ? { keep } : {}),
  };
}

/** History after the append, computed before anything is written. */
export interface HistoryAfter {
  readonly digest: HistoryDigest;
  readonly ledger: HistoryLedger | undefined;
  /**
   * The variance of the new snapshot against the one before it (the one after it for a
   * quarter older than every other); a refusal when it is the only snapshot.
   */
  readonly variance: VarianceOutcome;
}

/** Snapshot History as a snapshot of one quarter sees it, before anything is written. */
export interface SnapshotHistory {
  /** Taken at of the quarter's existing snapshot, when it has one. */
  readonly existing: { readonly takenAt: Date | null } | undefined;
  /** The cells the append writes. */
  plan(takenAt: Date, replace: boolean): AppendPlan;
  after(plan: AppendPlan, takenAt: Date, version: string): HistoryAfter;
}

type Rows = readonly (readonly unknown[])[];

/**
 * A snapshot of `quarter` (its `rows`) over what was read. From blocks: the previous
 * quarter's block to compare with and the digest advanced; undefined when the digest does
 * not end where the ledger does, so the history must be read whole instead.
 */
export function snapshotOfRead(
  read: HistoryRead,
  shape: HistoryShape,
  quarter: string,
  rows: Rows,
  rules: HistoryRules,
): SnapshotHistory | undefined {
  return read.kind === 'blocks'
    ? fromBlocks(read, shape, quarter, rows, rules)
    : fromWhole(read, shape, quarter, rows, rules);
}

function newSnapshot(rows: Rows, firstRow: number, quarter: string, timeZone: string): QuarterSnapshot | undefined {
  const parsed = parseHistory([HISTORY_HEADERS, ...rows], timeZone, firstRow).entries;
  return buildHistoryView(parsed).snapshots.get(quarter);
}

function fromBlocks(
  read: HistoryRead & { kind: 'blocks' },
  shape: HistoryShape,
  quarter: string,
  rows: Rows,
  rules: HistoryRules,
): SnapshotHistory | undefined {
  const { ledger } = read;
  const firstRow = shape.rowCount + 2;
  const to = newSnapshot(rows, firstRow, quarter, rules.timeZone);
  const advanced = read.digest && to ? advanceDigest(read.digest, to) : undefined;
  if (!to || !advanced) return undefined;
  const previousBlock = blockBefore(ledger, quarter);
  const previous = previousBlock ? read.blocks.get(previousBlock.quarter)?.snapshot : undefined;
  if (previousBlock && !previous) return undefined;
  const replaced = blockOf(ledger, quarter);
  let supersededCells: unknown[][] = [];
  if (replaced) {
    const grid = read.blocks.get(quarter)?.grid;
    if (!grid) return undefined;
    const column = locateColumns(grid[0] ?? []).get('superseded') ?? -1;
    supersededCells = grid.slice(1).map((row) => [row[column] ?? '']);
  }
  return {
    existing: replaced ? { takenAt: replaced.takenAt === null ? null : new Date(replaced.takenAt) } : undefined,
    plan(takenAt, replace) {
      const plan = planAppend(shape.headerRow, [], rows, quarter, takenAt, false, rules.timeZone);
      if (!replace || !replaced) return plan;
      return { ...plan, supersede: supersedeBlock(shape.headerRow, replaced.firstRow, supersededCells, takenAt) };
    },
    after(_plan, takenAt, version) {
      const block = { quarter, takenAt: takenAt.getTime(), firstRow, rows: rows.length };
      const ledgerAfter = withBlock(ledger, block, version);
      const pair = pairAfterSnapshot(
        ledgerAfter.blocks.map((kept) => kept.quarter),
        quarter,
        rules.calendar,
      );
      // The quarter is the newest, so a pair always starts at the block read before it.
      const variance =
        pair.ok && previous
          ? {
              variance: ok(varianceFromSnapshots(advanced, previous, to, rules)),
              chart: progressChartOf(advanced, to),
            }
          : refusedVariance(pair.ok ? fail('too-few-snapshots', ONLY_SNAPSHOT) : pair);
      return { digest: advanced, ledger: ledgerAfter, variance };
    },
  };
}

function fromWhole(
  read: HistoryRead & { kind: 'whole' },
  shape: HistoryShape,
  quarter: string,
  rows: Rows,
  rules: HistoryRules,
): SnapshotHistory {
  const { grid } = read;
  const existing = buildHistoryView(read.parsed.entries).snapshots.get(quarter);
  return {
    existing,
    plan: (takenAt, replace) => planAppend(shape.headerRow, grid, rows, quarter, takenAt, replace, rules.timeZone),
    after(plan, _takenAt, version) {
      const entries = parseHistory(plan.after, rules.timeZone).entries;
      const view: HistoryView = buildHistoryView(entries);
      const digest = digestOfView(view);
      const pair = pairAfterSnapshot(view.quarters, quarter, rules.calendar);
      const later = pair.ok ? view.snapshots.get(pair.value.to) : undefined;
      const lastRow = shape.rowCount + 1 + rows.length;
      return {
        digest,
        ledger: ledgerOfEntries(entries, view, version, lastRow),
        variance: pair.ok
          ? {
              variance: varianceOfView(view, pair.value.from, pair.value.to, rules),
              chart: later ? progressChartOf(digest, later) : [],
            }
          : refusedVariance(pair),
      };
    },
  };
}
