import { type AppendPlan, planAppend, supersedeBlock } from '../../domain/history/appendPlan';
import { advanceDigest, digestOfView, type HistoryDigest } from '../../domain/history/historyDigest';
import {
  blockBefore,
  blockOf,
  entriesMatchBlock,
  type HistoryLedger,
  ledgerOfEntries,
  newestBlock,
  withBlock,
} from '../../domain/history/historyLedger';
import { parseHistory } from '../../domain/history/historyRead';
import { HISTORY_HEADERS, type HistoryFieldKey, locateColumns } from '../../domain/history/historySchema';
import { buildHistoryView } from '../../domain/history/historyView';
import { progressChartOf } from '../../domain/history/progressChart';
import { compareQuarterLabels } from '../../domain/history/quarterOrder';
import { buildVariance, buildVarianceFrom } from '../../domain/history/variance';
import { ONLY_SNAPSHOT, pairAfterSnapshot } from '../../domain/history/variancePair';
import { readDigest } from '../../sheets/digestSheet';
import { readHistoryRows } from '../../sheets/historySheet';
import { calendarOf, type DocumentContext } from '../documentContext';
import { refusedVariance, type VariancePlan } from './historyModel';
import { EARLIER_FIELDS, type HistoryState, readBlock } from './historyState';

/** History after the append, computed before anything is written. */
export interface HistoryAfter {
  readonly digest: HistoryDigest;
  readonly ledger: HistoryLedger | undefined;
  /**
   * The variance of the new snapshot against the one before it (the one after it for a
   * quarter older than every other); a refusal when it is the only snapshot.
   */
  readonly variance: VariancePlan;
}

/** Snapshot History as a snapshot of one quarter needs it, read before anything is written. */
export interface HistoryBefore {
  /** Taken at of the quarter's existing snapshot, when it has one. */
  readonly existing: { readonly takenAt: Date | null } | undefined;
  /** The cells the append writes. */
  plan(takenAt: Date, replace: boolean): AppendPlan;
  after(plan: AppendPlan, takenAt: Date, version: string): HistoryAfter;
}

type Rows = readonly (readonly unknown[])[];

/**
 * Reads what a snapshot of `quarter` needs. With a ledger and digest of this history
 * version, and a quarter at least as new as every snapshot, that is the previous quarter's
 * block (and the replaced block's Superseded cells): a fixed number of reads whatever the
 * history's length. Otherwise the history is read whole, as a history without a ledger, an
 * older quarter or rows changed by hand require.
 */
export function historyForSnapshot(
  context: DocumentContext,
  state: HistoryState,
  quarter: string,
  rows: Rows,
): HistoryBefore {
  return fromBlocks(context, state, quarter, rows) ?? fromWholeHistory(context, state, quarter, rows);
}

const REPLACED_BLOCK_FIELDS: readonly HistoryFieldKey[] = ['quarter', 'takenAt', 'kind', 'id', 'superseded'];

function fromBlocks(
  context: DocumentContext,
  state: HistoryState,
  quarter: string,
  rows: Rows,
): HistoryBefore | undefined {
  const { ledger, shape } = state;
  if (!ledger) return undefined;
  const newest = newestBlock(ledger);
  if (newest && compareQuarterLabels(quarter, newest.quarter) < 0) return undefined;
  const digest = readDigest(context.spreadsheet, state.version);
  const firstRow = shape.rowCount + 2;
  const to = buildHistoryView(
    parseHistory([HISTORY_HEADERS, ...rows], context.timeZone, firstRow).entries,
  ).snapshots.get(quarter);
  // A digest that does not end where the ledger does cannot take the snapshot: read whole.
  const advanced = digest && to ? advanceDigest(digest, to) : undefined;
  if (!to || !advanced) return undefined;
  const previousBlock = blockBefore(ledger, quarter);
  const previous = previousBlock ? readBlock(shape, previousBlock, context.timeZone, EARLIER_FIELDS) : undefined;
  if (previousBlock && !previous) return undefined;

  const replaced = blockOf(ledger, quarter);
  let supersededCells: unknown[][] = [];
  if (replaced) {
    const grid = readHistoryRows(shape, replaced.firstRow, replaced.rows, REPLACED_BLOCK_FIELDS);
    if (!entriesMatchBlock(parseHistory(grid, context.timeZone, replaced.firstRow).entries, replaced)) return undefined;
    const column = locateColumns(grid[0] ?? []).get('superseded') ?? -1;
    supersededCells = grid.slice(1).map((row) => [row[column] ?? '']);
  }

  return {
    existing: replaced ? { takenAt: replaced.takenAt === null ? null : new Date(replaced.takenAt) } : undefined,
    plan(takenAt, replace) {
      const plan = planAppend(shape.headerRow, [], rows, quarter, takenAt, false, context.timeZone);
      if (!replace || !replaced) return plan;
      return { ...plan, supersede: supersedeBlock(shape.headerRow, replaced.firstRow, supersededCells, takenAt) };
    },
    after(_plan, takenAt, version) {
      const block = { quarter, takenAt: takenAt.getTime(), firstRow, rows: rows.length };
      const ledgerAfter = withBlock(ledger, block, version);
      const pair = pairAfterSnapshot(
        ledgerAfter.blocks.map((kept) => kept.quarter),
        quarter,
        calendarOf(context),
      );
      return {
        digest: advanced,
        ledger: ledgerAfter,
        // The quarter is the newest, so a pair always starts at the block read before it.
        variance:
          pair.ok && previous
            ? {
                variance: { ok: true, value: buildVarianceFrom(advanced, previous, to, context) },
                chart: progressChartOf(advanced, to),
              }
            : refusedVariance(pair.ok ? ONLY_SNAPSHOT : pair.message),
      };
    },
  };
}

function fromWholeHistory(context: DocumentContext, state: HistoryState, quarter: string, rows: Rows): HistoryBefore {
  const { shape } = state;
  const grid = readHistoryRows(shape, 2, shape.rowCount);
  const existing = buildHistoryView(parseHistory(grid, context.timeZone).entries).snapshots.get(quarter);
  return {
    existing,
    plan: (takenAt, replace) => planAppend(shape.headerRow, grid, rows, quarter, takenAt, replace, context.timeZone),
    after(plan, _takenAt, version) {
      const entries = parseHistory(plan.after, context.timeZone).entries;
      const view = buildHistoryView(entries);
      const digest = digestOfView(view);
      const pair = pairAfterSnapshot(view.quarters, quarter, calendarOf(context));
      const later = pair.ok ? view.snapshots.get(pair.to) : undefined;
      return {
        digest,
        ledger: ledgerOfEntries(entries, view, version, shape.rowCount + 1 + rows.length),
        variance: pair.ok
          ? {
              variance: buildVariance(view, pair.from, pair.to, context),
              chart: later ? progressChartOf(digest, later) : [],
            }
          : refusedVariance(pair.message),
      };
    },
  };
}
