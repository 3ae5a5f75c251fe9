import { RegisterError } from '../../domain/errors';
import { digestOfView } from '../../domain/history/historyDigest';
import { blockOf, type HistoryLedger, ledgerOfEntries } from '../../domain/history/historyLedger';
import { parseHistory } from '../../domain/history/historyRead';
import { buildHistoryView } from '../../domain/history/historyView';
import { progressChartOf } from '../../domain/history/progressChart';
import { canonicalQuarter } from '../../domain/history/quarterOrder';
import { buildVariance, buildVarianceFrom, defaultVarianceQuarters } from '../../domain/history/variance';
import { readDigest } from '../../sheets/digestSheet';
import { readHistoryRows } from '../../sheets/historySheet';
import type { Spreadsheet } from '../../sheets/types';
import { NO_SNAPSHOTS, type VariancePlan } from './historyModel';
import { EARLIER_FIELDS, type HistoryState, keepHistoryIndex, readBlock, readHistoryState } from './historyState';

type Pair = { readonly from: string; readonly to: string };

/**
 * The comparison Build QoQ variance… writes (default: the two latest snapshots). With a
 * ledger and digest of this history version it reads the two quarters' blocks only;
 * otherwise the history whole, and then keeps a ledger and digest for the next time.
 */
export function planVariance(spreadsheet: Spreadsheet, timeZone: string, from?: string, to?: string): VariancePlan {
  const state = readHistoryState(spreadsheet, timeZone);
  if (state.lostHeaders !== undefined) throw new RegisterError('missing-header', state.lostHeaders);
  const asked =
    from !== undefined && to !== undefined ? { from: canonicalQuarter(from), to: canonicalQuarter(to) } : undefined;
  return fromBlocks(spreadsheet, state, asked) ?? fromWholeHistory(spreadsheet, state, asked);
}

function newestPair(ledger: HistoryLedger): Pair | undefined {
  const to = ledger.blocks.at(-1)?.quarter;
  return to === undefined ? undefined : { from: ledger.blocks.at(-2)?.quarter ?? to, to };
}

function fromBlocks(spreadsheet: Spreadsheet, state: HistoryState, asked: Pair | undefined): VariancePlan | undefined {
  const { ledger } = state;
  const pair = ledger && (asked ?? newestPair(ledger));
  // No snapshot, or a quarter without one: the whole-history path words the message.
  const fromBlock = ledger && pair && blockOf(ledger, pair.from);
  const toBlock = ledger && pair && blockOf(ledger, pair.to);
  if (!fromBlock || !toBlock) return undefined;
  const digest = readDigest(spreadsheet, state.version);
  if (!digest) return undefined;
  const later = readBlock(state, toBlock);
  const earlier = fromBlock === toBlock ? later : readBlock(state, fromBlock, EARLIER_FIELDS);
  if (!later || !earlier) return undefined;
  return {
    variance: { ok: true, value: buildVarianceFrom(digest, earlier, later) },
    chart: progressChartOf(digest, later),
  };
}

function fromWholeHistory(spreadsheet: Spreadsheet, state: HistoryState, asked: Pair | undefined): VariancePlan {
  const { shape, version } = state;
  const entries = parseHistory(readHistoryRows(shape, 2, shape.rowCount), state.timeZone).entries;
  const view = buildHistoryView(entries);
  const pair = asked ?? defaultVarianceQuarters(view);
  if (!pair) throw new RegisterError('not-found', NO_SNAPSHOTS);
  const digest = digestOfView(view);
  keepHistoryIndex(spreadsheet, version, ledgerOfEntries(entries, view, version, shape.rowCount + 1), digest);
  const later = view.snapshots.get(pair.to);
  return { variance: buildVariance(view, pair.from, pair.to), chart: later ? progressChartOf(digest, later) : [] };
}
