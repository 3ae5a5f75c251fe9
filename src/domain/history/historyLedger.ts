import type { HistoryEntry } from './historyRead';
import type { HistoryView } from './historyView';
import { compareQuarterLabels } from './quarterOrder';

/**
 * Where each quarter's live snapshot sits in Snapshot History. Every snapshot appends one
 * contiguous block of rows, so a reader that knows the blocks fetches only the quarters it
 * needs instead of every row ever taken. Kept in a document property beside the history
 * version; trusted only while the history's row count and version match, and every block
 * read is checked row by row (entriesMatchBlock), by the read plan (readPlan.ts), so a history edited by hand is never
 * misread: it is read whole instead.
 */
export const HISTORY_LEDGER_KEY = 'history.ledger';

/** A property value may hold 9 KB; a longer ledger (hundreds of quarters) is not kept. */
const MAX_LEDGER_CHARACTERS = 9_000;

export interface LedgerBlock {
  /** Canonical label (`2026-Q3`). */
  readonly quarter: string;
  /** Taken at of the snapshot, epoch milliseconds; null when the cells hold no date. */
  readonly takenAt: number | null;
  /** 1-based first row of the block. */
  readonly firstRow: number;
  readonly rows: number;
}

export interface HistoryLedger {
  /** The history version (HISTORY_VERSION_KEY) the ledger describes. */
  readonly version: string;
  /** The sheet's last row when the ledger was written. */
  readonly lastRow: number;
  /** One block per quarter with a snapshot, oldest quarter first. */
  readonly blocks: readonly LedgerBlock[];
}

/** The ledger as a property value; undefined when it is too long to keep. */
export function serialiseLedger(ledger: HistoryLedger): string | undefined {
  const text = JSON.stringify({
    v: ledger.version,
    r: ledger.lastRow,
    b: ledger.blocks.map((block) => [block.quarter, block.takenAt, block.firstRow, block.rows]),
  });
  return text.length <= MAX_LEDGER_CHARACTERS ? text : undefined;
}

const isRow = (value: unknown): value is number => Number.isInteger(value) && (value as number) >= 1;

/** The ledger a property holds, if it describes `version`; anything malformed reads as none. */
export function parseLedger(text: string | null | undefined, version: string): HistoryLedger | undefined {
  if (typeof text !== 'string') return undefined;
  let stored: { v?: unknown; r?: unknown; b?: unknown };
  try {
    stored = JSON.parse(text) as typeof stored;
  } catch {
    return undefined;
  }
  if (stored?.v !== version || !isRow(stored.r) || !Array.isArray(stored.b)) return undefined;
  const blocks: LedgerBlock[] = [];
  for (const item of stored.b as unknown[]) {
    if (!Array.isArray(item)) return undefined;
    const [quarter, takenAt, firstRow, rows] = item as unknown[];
    if (typeof quarter !== 'string' || !isRow(firstRow) || !isRow(rows)) return undefined;
    if (takenAt !== null && typeof takenAt !== 'number') return undefined;
    blocks.push({ quarter, takenAt, firstRow, rows });
  }
  return { version, lastRow: stored.r, blocks };
}

const timeOf = (entry: HistoryEntry): number | null => entry.takenAt?.getTime() ?? null;

/** Sheets may keep a date-time to the second only, so a stored Taken at matches within one. */
function sameInstant(a: number | null, b: number | null): boolean {
  return a === null || b === null ? a === b : Math.abs(a - b) < 1000;
}

/**
 * The ledger of a history read whole: each quarter's live rows (those the history view
 * keeps) must fill one run of rows with nothing else in it. Undefined when some quarter's
 * rows are scattered, as in a history sorted or assembled by hand.
 */
export function ledgerOfEntries(
  entries: readonly HistoryEntry[],
  view: HistoryView,
  version: string,
  lastRow: number,
): HistoryLedger | undefined {
  const live = new Map([...view.snapshots].map(([quarter, snapshot]) => [quarter, snapshot.takenAt]));
  const spans = new Map<string, { first: number; last: number; count: number }>();
  for (const entry of entries) {
    if (entry.superseded || !live.has(entry.quarter)) continue;
    if (timeOf(entry) !== (live.get(entry.quarter)?.getTime() ?? null)) continue;
    const span = spans.get(entry.quarter);
    if (span) {
      span.first = Math.min(span.first, entry.row);
      span.last = Math.max(span.last, entry.row);
      span.count += 1;
    } else spans.set(entry.quarter, { first: entry.row, last: entry.row, count: 1 });
  }
  const blocks: LedgerBlock[] = [];
  for (const [quarter, span] of spans) {
    if (span.last - span.first + 1 !== span.count) return undefined;
    blocks.push({ quarter, takenAt: live.get(quarter)?.getTime() ?? null, firstRow: span.first, rows: span.count });
  }
  blocks.sort((a, b) => compareQuarterLabels(a.quarter, b.quarter));
  return { version, lastRow, blocks };
}

/** The ledger after a snapshot of `block.quarter` was appended (replacing any older block of that quarter). */
export function withBlock(ledger: HistoryLedger, block: LedgerBlock, version: string): HistoryLedger {
  const blocks = ledger.blocks.filter((known) => known.quarter !== block.quarter);
  blocks.push(block);
  blocks.sort((a, b) => compareQuarterLabels(a.quarter, b.quarter));
  return { version, lastRow: Math.max(ledger.lastRow, block.firstRow + block.rows - 1), blocks };
}

/** The block of a quarter, if it has a snapshot. */
export function blockOf(ledger: HistoryLedger, quarter: string): LedgerBlock | undefined {
  return ledger.blocks.find((block) => block.quarter === quarter);
}

/** The newest quarter before `quarter` that has a snapshot. */
export function blockBefore(ledger: HistoryLedger, quarter: string): LedgerBlock | undefined {
  let found: LedgerBlock | undefined;
  for (const block of ledger.blocks) if (compareQuarterLabels(block.quarter, quarter) < 0) found = block;
  return found;
}

/** The newest quarter with a snapshot. */
export function newestBlock(ledger: HistoryLedger): LedgerBlock | undefined {
  return ledger.blocks[ledger.blocks.length - 1];
}

/**
 * Whether the entries parsed from a block's rows are exactly that block: one live entry per
 * row, all of its quarter and Taken at. Anything else means the sheet changed under the ledger.
 */
export function entriesMatchBlock(entries: readonly HistoryEntry[], block: LedgerBlock): boolean {
  if (entries.length !== block.rows) return false;
  return entries.every(
    (entry, index) =>
      entry.row === block.firstRow + index &&
      !entry.superseded &&
      entry.quarter === block.quarter &&
      sameInstant(timeOf(entry), block.takenAt),
  );
}
