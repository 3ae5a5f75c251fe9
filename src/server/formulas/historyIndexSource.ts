import {
  buildHistoryIndex,
  driftIndex,
  latestQuartersOf,
  partialHistoryIndex,
} from '../../domain/history/historyIndex';
import {
  blockOf,
  entriesMatchBlock,
  HISTORY_LEDGER_KEY,
  type HistoryLedger,
  parseLedger,
} from '../../domain/history/historyLedger';
import { type HistoryEntry, parseHistory } from '../../domain/history/historyRead';
import { CORE_HISTORY_FIELDS, findField, type HistoryFieldKey } from '../../domain/history/historySchema';
import { HISTORY_VERSION_KEY } from '../../domain/history/historyVersion';
import { buildHistoryView } from '../../domain/history/historyView';
import { compareQuarterLabels } from '../../domain/history/quarterOrder';
import { readDigest } from '../../sheets/digestSheet';
import { readHistory, readHistoryRows, readHistoryShape } from '../../sheets/historySheet';
import { argumentCells } from './historyCell';
import { cachedIndex, cacheKeysOf, type LoadedHistory } from './indexCacheStore';

/**
 * Where the history formulas get their index: from the document cache when it holds the
 * index of the current history version, else from Snapshot History (then cached): the
 * blocks of the quarters a call needs when the ledger describes the sheet, else the whole
 * history's core columns. Custom functions may read properties and the cache and read
 * sheets, so this is safe in AuthMode.CUSTOM_FUNCTION.
 */

// The document property every snapshot changes (absent means '0'): an index cached for an
// older version is never looked up again.
export { HISTORY_VERSION_KEY };

const DRIFT_KEY_PREFIX = 'driftIndex';

function indexFromSheet(extraFields: readonly HistoryFieldKey[]): LoadedHistory {
  // Only the columns the lookups use: the rest of a history row is never read here.
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const grid = readHistory(spreadsheet, [...CORE_HISTORY_FIELDS, ...extraFields]).grid;
  const parsed = parseHistory(grid, spreadsheet.getSpreadsheetTimeZone());
  const index = buildHistoryIndex(buildHistoryView(parsed.entries));
  // A missing or blank sheet simply has no snapshots yet; only a sheet with rows can lack headers.
  const headerProblem = grid.length > 0 ? parsed.problems.find((problem) => problem.row === 1) : undefined;
  return headerProblem ? { index, unreadable: headerProblem.message } : { index };
}

// What a partial index reads of each row: enough to check the block, plus the fields asked for.
const BLOCK_FIELDS: readonly HistoryFieldKey[] = ['quarter', 'takenAt', 'kind', 'id', 'superseded'];

/**
 * The live entries of some quarters, read block by block through the ledger (a few calls
 * per quarter, only `fields` beside what identifies a row); undefined when the sheet no
 * longer matches the ledger.
 */
function readBlockEntries(
  ledger: HistoryLedger,
  quarters: readonly string[],
  fields: readonly HistoryFieldKey[],
): HistoryEntry[] | undefined {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const shape = readHistoryShape(spreadsheet);
  if (ledger.lastRow !== shape.rowCount + 1) return undefined;
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const entries: HistoryEntry[] = [];
  for (const quarter of quarters) {
    const block = blockOf(ledger, quarter);
    if (!block) continue;
    const grid = readHistoryRows(shape, block.firstRow, block.rows, [...BLOCK_FIELDS, ...fields]);
    const read = parseHistory(grid, timeZone, block.firstRow).entries;
    if (!entriesMatchBlock(read, block)) return undefined;
    entries.push(...read);
  }
  return entries;
}

/** The partial index of some quarters, through the ledger; undefined when the sheet no longer matches it. */
function indexFromBlocks(
  ledger: HistoryLedger,
  quarters: readonly string[],
  fields: readonly HistoryFieldKey[],
): LoadedHistory | undefined {
  const entries = readBlockEntries(ledger, quarters, fields);
  const all = ledger.blocks.map((block) => block.quarter);
  return entries ? { index: partialHistoryIndex(buildHistoryView(entries), all) } : undefined;
}

/** Which quarters a call compares, given every quarter with a snapshot (oldest first). */
export type QuartersNeeded = (all: readonly string[]) => readonly string[];

/**
 * The history index for this call: one cache read on a hit; on a miss, one read per block
 * of the history's wanted columns (and a cache write). `fieldsNamed` are the fields this
 * call's lookups name. The whole history's core columns (and any other field named) are
 * read; with `quartersNeeded` and a ledger of this history version, only those quarters'
 * rows and the fields named (a partial index).
 */
export function loadHistoryIndex(
  fieldsNamed: readonly HistoryFieldKey[] = [],
  quartersNeeded?: QuartersNeeded,
  known = historyVersion(quartersNeeded !== undefined),
): LoadedHistory {
  const { version } = known;
  const ledger = quartersNeeded ? known.ledger : undefined;
  const all = ledger?.blocks.map((block) => block.quarter) ?? [];
  const named =
    ledger &&
    quartersNeeded?.(all)
      .filter((q) => all.includes(q))
      .sort(compareQuarterLabels);
  // A call naming no quarter that has a snapshot reads the whole history, for a sentence listing those that do.
  const quarters = named && named.length > 0 ? named : undefined;
  const extraFields = fieldsNamed.filter((key) => !CORE_HISTORY_FIELDS.includes(key));
  const keys = quarters ? cacheKeysOf(version, fieldsNamed, quarters) : cacheKeysOf(version, extraFields);
  return cachedIndex(version, keys, () => {
    const partial = ledger && quarters ? indexFromBlocks(ledger, quarters, fieldsNamed) : undefined;
    return partial ?? indexFromSheet(extraFields);
  });
}

// What the drift of a strategy needs of its latest snapshot: its wording and target, and its tactics' statuses.
const DRIFT_FIELDS: readonly HistoryFieldKey[] = ['strategyId', 'statement', 'target', 'status'];

/**
 * STRATEGY_DRIFT's index: with a ledger and digest of this history version, the digest
 * (one read) and the blocks of the quarters where strategies were last seen (usually the
 * newest alone); else the whole history's index.
 */
export function loadDriftIndex(): LoadedHistory {
  const known = historyVersion(true);
  const { version, ledger } = known;
  if (!ledger) return loadHistoryIndex([], undefined, known);
  return cachedIndex(version, cacheKeysOf(version, [], undefined, DRIFT_KEY_PREFIX), () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const digest = readDigest(spreadsheet, version);
    const quarters = digest ? [...new Set(latestQuartersOf(digest).values())] : [];
    const blocks = digest ? readBlockEntries(ledger, quarters, DRIFT_FIELDS) : undefined;
    if (!digest || !blocks) return indexFromSheet([]);
    const all = ledger.blocks.map((block) => block.quarter);
    return { index: driftIndex(buildHistoryView(blocks), digest, all) };
  });
}

/** The history version, and its ledger when `withLedger`: one property read. */
function historyVersion(withLedger: boolean): { version: string; ledger: HistoryLedger | undefined } {
  const stored = PropertiesService.getDocumentProperties().getProperties();
  const version = stored[HISTORY_VERSION_KEY] ?? '0';
  return { version, ledger: withLedger ? parseLedger(stored[HISTORY_LEDGER_KEY], version) : undefined };
}

/** STRATEGY_DRIFT's index, loaded at most once per formula call and only if some row needs it. */
export function driftIndexOnce(): () => LoadedHistory {
  let loaded: LoadedHistory | undefined;
  return () => {
    loaded ??= loadDriftIndex();
    return loaded;
  };
}

/** Loads the index at most once per formula call, and only if some row needs it. */
export function historyIndexOnce(fieldArgument?: unknown, quartersNeeded?: QuartersNeeded): () => LoadedHistory {
  let loaded: LoadedHistory | undefined;
  return () => {
    loaded ??= loadHistoryIndex(fieldsNamed(fieldArgument), quartersNeeded);
    return loaded;
  };
}

/** Fields a formula's field argument (one name or a range of names) asks for. */
function fieldsNamed(fieldArgument: unknown): HistoryFieldKey[] {
  const names = argumentCells(fieldArgument);
  const named = new Set<HistoryFieldKey>();
  for (const name of names) {
    if (typeof name !== 'string') continue;
    const field = findField(name);
    if (field.ok) named.add(field.value.key);
  }
  return [...named];
}
