import { digestOfView } from '../../domain/history/historyDigest';
import { blockOf, ledgerOfEntries } from '../../domain/history/historyLedger';
import { parseHistory } from '../../domain/history/historyRead';
import { buildHistoryView } from '../../domain/history/historyView';
import { progressChartOf } from '../../domain/history/progressChart';
import { buildVariance, buildVarianceFrom } from '../../domain/history/variance';
import { chooseVariancePair } from '../../domain/history/variancePair';
import { readDigest } from '../../sheets/digestSheet';
import { readHistoryRows } from '../../sheets/historySheet';
import { calendarOf, type DocumentContext } from '../documentContext';
import { refusedVariance, type VariancePlan } from './historyModel';
import {
  EARLIER_FIELDS,
  type HistoryState,
  keepHistoryIndex,
  lostHistoryHeaders,
  readBlock,
  readHistoryState,
} from './historyState';

type Pair = { readonly from: string; readonly to: string };

/**
 * The comparison Build QoQ variance… writes: the two quarters asked for, earlier first
 * whatever their order, or the two latest snapshots; a refusal when they are not two
 * different quarters with snapshots. With a ledger and digest of this history version it
 * reads the two quarters' blocks only; otherwise the history whole, and then keeps a
 * ledger and digest for the next time.
 */
export function planVariance(context: DocumentContext, asked?: readonly [string, string]): VariancePlan {
  const state = readHistoryState(context.spreadsheet);
  const lost = lostHistoryHeaders(state, context.timeZone);
  if (lost !== undefined) return refusedVariance(lost);
  if (state.ledger) {
    const pair = chooseVariancePair(
      state.ledger.blocks.map((block) => block.quarter),
      asked,
      calendarOf(context),
    );
    if (!pair.ok) return refusedVariance(pair.message);
    const plan = fromBlocks(context, state, pair);
    if (plan) return plan;
  }
  return fromWholeHistory(context, state, asked);
}

function fromBlocks(context: DocumentContext, state: HistoryState, pair: Pair): VariancePlan | undefined {
  const { ledger, shape } = state;
  const fromBlock = ledger && blockOf(ledger, pair.from);
  const toBlock = ledger && blockOf(ledger, pair.to);
  if (!fromBlock || !toBlock) return undefined;
  const digest = readDigest(context.spreadsheet, state.version);
  if (!digest) return undefined;
  const later = readBlock(shape, toBlock, context.timeZone);
  const earlier = readBlock(shape, fromBlock, context.timeZone, EARLIER_FIELDS);
  if (!later || !earlier) return undefined;
  return {
    variance: { ok: true, value: buildVarianceFrom(digest, earlier, later, context) },
    chart: progressChartOf(digest, later),
  };
}

function fromWholeHistory(
  context: DocumentContext,
  state: HistoryState,
  asked: readonly [string, string] | undefined,
): VariancePlan {
  const { shape, version } = state;
  const entries = parseHistory(readHistoryRows(shape, 2, shape.rowCount), context.timeZone).entries;
  const view = buildHistoryView(entries);
  const digest = digestOfView(view);
  if (view.quarters.length > 0) {
    const ledger = ledgerOfEntries(entries, view, version, shape.rowCount + 1);
    keepHistoryIndex(context.spreadsheet, version, ledger, digest);
  }
  const pair = chooseVariancePair(view.quarters, asked, calendarOf(context));
  if (!pair.ok) return refusedVariance(pair.message);
  const later = view.snapshots.get(pair.to);
  return {
    variance: buildVariance(view, pair.from, pair.to, context),
    chart: later ? progressChartOf(digest, later) : [],
  };
}
