import type { Failure, Result } from '../result';
import type { HistoryDigest } from './historyDigest';
import { blockBefore, blockOf, type HistoryLedger, type LedgerBlock, newestBlock, parseLedger } from './historyLedger';
import type { HistoryEntry, ParsedHistory } from './historyRead';
import { CORE_HISTORY_FIELDS, type HistoryFieldKey } from './historySchema';
import type { QuarterSnapshot } from './historyView';
import { compareQuarterLabels } from './quarterOrder';

/**
 * The one read policy of Snapshot History: which rows and columns an operation reads. The
 * history only grows, one block of rows per snapshot, and a ledger says where each
 * quarter's block sits; an operation then reads the blocks it compares (and the digest)
 * instead of every row ever taken. Whenever the ledger cannot be trusted, the plan is the
 * whole history, with the reason. Pure: the facts come from the sheet and its properties.
 */

/** What is known of the history before reading any of its rows. */
export interface HistoryFacts {
  /** The history version every snapshot (and every edit by hand) changes; '0' before the first. */
  readonly version: string;
  /** The ledger property as stored, if any. */
  readonly ledgerText: string | null | undefined;
  /** Snapshot History's last used row; null when the sheet does not exist. */
  readonly lastRow: number | null;
}

/** Why the whole history is read. */
export type WholeReason =
  /** No ledger was ever kept (a history written by another tool or an older add-on). */
  | 'no-ledger'
  /** The ledger describes another history version: rows were edited since it was kept. */
  | 'stale-ledger'
  /** Rows were added or deleted under the ledger, so its blocks moved. */
  | 'rows-moved'
  /** A snapshot of a quarter older than the newest: the digest cannot be advanced. */
  | 'older-quarter'
  /** A block read no longer matches the ledger row by row. */
  | 'block-changed'
  /** The digest is missing or of another version. */
  | 'no-digest';

/** One block to read, and the fields read of it. */
export interface BlockRead {
  readonly block: LedgerBlock;
  readonly fields: readonly HistoryFieldKey[];
}

export type HistoryReadPlan =
  | {
      readonly kind: 'blocks';
      readonly ledger: HistoryLedger;
      readonly blocks: readonly BlockRead[];
      /** Whether the digest is read too (trend, drift and chart come from it). */
      readonly digest: boolean;
    }
  | { readonly kind: 'whole'; readonly fields: readonly HistoryFieldKey[]; readonly reason: WholeReason };

/** A ledger the sheet still matches, or why there is none. */
export type TrustedLedger =
  | { readonly ok: true; readonly ledger: HistoryLedger }
  | { readonly ok: false; readonly reason: WholeReason };

/** The ledger, when it describes this history version and the sheet's rows. */
export function trustLedger(facts: HistoryFacts): TrustedLedger {
  if (facts.ledgerText === undefined || facts.ledgerText === null) return { ok: false, reason: 'no-ledger' };
  const ledger = parseLedger(facts.ledgerText, facts.version);
  if (!ledger) return { ok: false, reason: 'stale-ledger' };
  if (facts.lastRow === null || ledger.lastRow !== facts.lastRow) return { ok: false, reason: 'rows-moved' };
  return { ok: true, ledger };
}

/** The quarters of a ledger, oldest first. */
export function ledgerQuarters(ledger: HistoryLedger): string[] {
  return ledger.blocks.map((block) => block.quarter);
}

/** What a block read must always hold, to be checked row by row against the ledger. */
export const BLOCK_CHECK_FIELDS: readonly HistoryFieldKey[] = ['quarter', 'takenAt', 'kind', 'id', 'superseded'];

/**
 * What a comparison (a snapshot's variance, Build QoQ variance…) reads: the parent marks a
 * strategy re-aligned, and Start goes with Last reviewed because the overdue count applies
 * the health check's rule, which reads both.
 */
export const COMPARISON_FIELDS: readonly HistoryFieldKey[] = [...CORE_HISTORY_FIELDS, 'parent', 'start'];

/** What the comparison reads of its earlier snapshot: overdue reviews (Start, Last reviewed) count only in the later one. */
export const EARLIER_FIELDS: readonly HistoryFieldKey[] = COMPARISON_FIELDS.filter(
  (key) => key !== 'lastReviewed' && key !== 'start',
);

/** What the drift of a strategy needs of its latest snapshot: its wording and target, and its tactics' statuses. */
export const DRIFT_FIELDS: readonly HistoryFieldKey[] = [
  ...BLOCK_CHECK_FIELDS,
  'strategyId',
  'statement',
  'target',
  'status',
];

function fieldsWith(extra: readonly HistoryFieldKey[]): HistoryFieldKey[] {
  return [...new Set([...CORE_HISTORY_FIELDS, ...extra])];
}

/** The whole history's core columns (and `extra`), for `reason`. */
export function wholeHistory(reason: WholeReason, extra: readonly HistoryFieldKey[] = []): HistoryReadPlan {
  return { kind: 'whole', fields: fieldsWith(extra), reason };
}

/**
 * A snapshot of `quarter`: the block of the snapshot before it, to compare with (and, when
 * the quarter is replaced, that quarter's block, whose rows are marked superseded), and the
 * digest. A quarter older than the newest snapshot reads the whole history.
 */
export function planSnapshotRead(facts: HistoryFacts, quarter: string): HistoryReadPlan {
  const trusted = trustLedger(facts);
  if (!trusted.ok) return wholeHistory(trusted.reason, COMPARISON_FIELDS);
  const { ledger } = trusted;
  const newest = newestBlock(ledger);
  if (newest && compareQuarterLabels(quarter, newest.quarter) < 0)
    return wholeHistory('older-quarter', COMPARISON_FIELDS);
  const previous = blockBefore(ledger, quarter);
  const replaced = blockOf(ledger, quarter);
  const blocks: BlockRead[] = [];
  if (previous) blocks.push({ block: previous, fields: EARLIER_FIELDS });
  if (replaced) blocks.push({ block: replaced, fields: BLOCK_CHECK_FIELDS });
  return { kind: 'blocks', ledger, blocks, digest: true };
}

/** The two quarters a comparison reads, earlier first, or a refusal. */
export type QuarterPair = Result<{ readonly from: string; readonly to: string }>;

/**
 * A variance of two quarters chosen from those the ledger holds (`choose`): their two
 * blocks and the digest. Without a trusted ledger the whole history is read, and the pair
 * is chosen later from what it holds. A pair `choose` refuses is handed back, and nothing is read.
 */
export function planVarianceRead(
  facts: HistoryFacts,
  choose: (held: readonly string[]) => QuarterPair,
): { readonly plan: HistoryReadPlan } | { readonly refused: Failure } {
  const trusted = trustLedger(facts);
  if (!trusted.ok) return { plan: wholeHistory(trusted.reason, COMPARISON_FIELDS) };
  const { ledger } = trusted;
  const pair = choose(ledgerQuarters(ledger));
  if (!pair.ok) return { refused: pair };
  const earlier = blockOf(ledger, pair.value.from);
  const later = blockOf(ledger, pair.value.to);
  if (!earlier || !later) return { plan: wholeHistory('no-ledger', COMPARISON_FIELDS) };
  return {
    plan: {
      kind: 'blocks',
      ledger,
      blocks: [
        { block: earlier, fields: EARLIER_FIELDS },
        { block: later, fields: COMPARISON_FIELDS },
      ],
      digest: true,
    },
  };
}

/**
 * The quarters a formula call needs that have a snapshot, oldest first; undefined when the
 * call names none of them (it then reads the whole history, for a sentence listing those that do).
 */
export function quartersToRead(ledger: HistoryLedger, named: readonly string[]): string[] | undefined {
  const held = ledgerQuarters(ledger);
  const wanted = [...new Set(named.filter((quarter) => held.includes(quarter)))].sort(compareQuarterLabels);
  return wanted.length > 0 ? wanted : undefined;
}

/**
 * SNAPSHOT_VALUE and QOQ_CHANGE: the blocks of the quarters the call compares, in the
 * fields it names; the whole history (core columns and the fields named) otherwise.
 */
export function planQuartersRead(
  facts: HistoryFacts,
  named: readonly string[] | undefined,
  fields: readonly HistoryFieldKey[],
): HistoryReadPlan {
  const extra = fields.filter((key) => !CORE_HISTORY_FIELDS.includes(key));
  if (named === undefined) return wholeHistory('no-ledger', extra);
  const trusted = trustLedger(facts);
  if (!trusted.ok) return wholeHistory(trusted.reason, extra);
  const quarters = quartersToRead(trusted.ledger, named);
  if (!quarters) return wholeHistory('no-ledger', extra);
  const blockFields = [...new Set([...BLOCK_CHECK_FIELDS, ...fields])];
  const blocks = quarters.flatMap((quarter) => {
    const block = blockOf(trusted.ledger, quarter);
    return block ? [{ block, fields: blockFields }] : [];
  });
  return { kind: 'blocks', ledger: trusted.ledger, blocks, digest: false };
}

/**
 * STRATEGY_DRIFT, once the digest says where each strategy was last seen (`latest`): the
 * blocks of those quarters, in the fields drift needs.
 */
export function planDriftRead(ledger: HistoryLedger, latest: readonly string[]): HistoryReadPlan {
  const blocks = [...new Set(latest)].sort(compareQuarterLabels).flatMap((quarter) => {
    const block = blockOf(ledger, quarter);
    return block ? [{ block, fields: DRIFT_FIELDS }] : [];
  });
  return { kind: 'blocks', ledger, blocks, digest: false };
}

/** One block as read and checked against the ledger. */
export interface BlockRows {
  /** The columns read, header first, in the sheet's order. */
  readonly grid: unknown[][];
  readonly entries: readonly HistoryEntry[];
  readonly snapshot: QuarterSnapshot | undefined;
}

/** What carrying out a plan gave: the blocks (and digest) it named, or the whole history. */
export type HistoryRead =
  | {
      readonly kind: 'blocks';
      readonly ledger: HistoryLedger;
      /** By quarter, in the plan's order. */
      readonly blocks: ReadonlyMap<string, BlockRows>;
      readonly digest?: HistoryDigest;
    }
  | {
      readonly kind: 'whole';
      readonly reason: WholeReason;
      /** The columns read, header first. */
      readonly grid: unknown[][];
      readonly parsed: ParsedHistory;
    };
