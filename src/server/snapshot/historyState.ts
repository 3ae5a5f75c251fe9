import type { HistoryDigest } from '../../domain/history/historyDigest';
import {
  entriesMatchBlock,
  HISTORY_LEDGER_KEY,
  type HistoryLedger,
  type LedgerBlock,
  parseLedger,
  serialiseLedger,
} from '../../domain/history/historyLedger';
import { parseHistory } from '../../domain/history/historyRead';
import { CORE_HISTORY_FIELDS, type HistoryFieldKey } from '../../domain/history/historySchema';
import { HISTORY_VERSION_KEY } from '../../domain/history/historyVersion';
import { buildHistoryView, type QuarterSnapshot } from '../../domain/history/historyView';
import { lostHistoryColumns, unclaimedHistoryColumns } from '../../domain/history/lostHistoryColumns';
import { writeDigest } from '../../sheets/digestSheet';
import { readHistoryQuarters } from '../../sheets/historyQuarters';
import { type HistoryShape, readHistoryColumns, readHistoryRows, readHistoryShape } from '../../sheets/historySheet';
import type { Spreadsheet } from '../../sheets/types';

/** What the add-on knows of Snapshot History before reading any of its rows. */
export interface HistoryState {
  readonly shape: HistoryShape;
  /** The history version every snapshot changes ('0' before the first). */
  readonly version: string;
  /** Where each quarter's snapshot sits, while the ledger still fits the sheet. */
  readonly ledger?: HistoryLedger;
}

/** The history's header and length, its version and its ledger: a handful of calls whatever its length. */
export function readHistoryState(spreadsheet: Spreadsheet): HistoryState {
  const shape = readHistoryShape(spreadsheet);
  const stored = PropertiesService.getDocumentProperties().getProperties();
  const version = stored[HISTORY_VERSION_KEY] ?? '0';
  const ledger = parseLedger(stored[HISTORY_LEDGER_KEY], version);
  // Rows added or removed by hand move the blocks: the history is then read whole.
  const fits = ledger !== undefined && shape.sheet !== null && ledger.lastRow === shape.rowCount + 1;
  return fits ? { shape, version, ledger } : { shape, version };
}

/** The quarters with a snapshot, oldest first: from the ledger when it fits the sheet, else from the Quarter column. */
export function quartersWithSnapshots(spreadsheet: Spreadsheet): string[] {
  const ledger = readHistoryState(spreadsheet).ledger;
  return ledger ? ledger.blocks.map((block) => block.quarter) : readHistoryQuarters(spreadsheet);
}

/**
 * Why the history cannot be read or added to: a header lost over its values (see
 * lostHistoryColumns). Reads the columns no field claims, and only when the header row
 * lacks a field.
 */
export function lostHistoryHeaders(state: HistoryState, timeZone: string): string | undefined {
  const { shape } = state;
  const unclaimed = shape.rowCount > 0 ? unclaimedHistoryColumns(shape.headerRow) : [];
  if (unclaimed.length === 0) return undefined;
  const lost = lostHistoryColumns(readHistoryColumns(shape, unclaimed), timeZone);
  return lost.length === 0 ? undefined : lost.map((column) => column.message).join(' ');
}

/** What a variance reads of the earlier snapshot it compares: review dates count only in the later one. */
export const EARLIER_FIELDS = CORE_HISTORY_FIELDS.filter((key) => key !== 'lastReviewed');

/**
 * The snapshot held by one block of rows, reading only `fields`; undefined when the rows
 * are no longer exactly that block (edited, sorted or cleared by hand).
 */
export function readBlock(
  shape: HistoryShape,
  block: LedgerBlock,
  timeZone: string,
  fields: readonly HistoryFieldKey[] = CORE_HISTORY_FIELDS,
): QuarterSnapshot | undefined {
  const grid = readHistoryRows(shape, block.firstRow, block.rows, fields);
  const entries = parseHistory(grid, timeZone, block.firstRow).entries;
  if (!entriesMatchBlock(entries, block)) return undefined;
  return buildHistoryView(entries).snapshots.get(block.quarter);
}

/**
 * Keeps the ledger and digest of history version `version`, so the next snapshot or
 * variance reads only the quarters it compares. Both are derived data: if keeping them
 * fails, the next reader finds them stale and reads the history whole.
 */
export function keepHistoryIndex(
  spreadsheet: Spreadsheet,
  version: string,
  ledger: HistoryLedger | undefined,
  digest: HistoryDigest,
): void {
  try {
    const properties = PropertiesService.getDocumentProperties();
    const text = ledger ? serialiseLedger(ledger) : undefined;
    if (text === undefined) properties.deleteProperty(HISTORY_LEDGER_KEY);
    else properties.setProperty(HISTORY_LEDGER_KEY, text);
    writeDigest(spreadsheet, digest, version);
  } catch {
    // Only speed is lost: a stale ledger or digest is never used.
  }
}
