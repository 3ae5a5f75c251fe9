import { buildHistoryIndex, type HistoryIndex, partialHistoryIndex } from '../../domain/history/historyIndex';
import {
  blockOf,
  entriesMatchBlock,
  HISTORY_LEDGER_KEY,
  type HistoryLedger,
  parseLedger,
} from '../../domain/history/historyLedger';
import { parseHistory } from '../../domain/history/historyRead';
import { CORE_HISTORY_FIELDS, findField, type HistoryFieldKey } from '../../domain/history/historySchema';
import { HISTORY_VERSION_KEY } from '../../domain/history/historyVersion';
import { buildHistoryView } from '../../domain/history/historyView';
import { deserialiseIndex, serialiseIndex } from '../../domain/history/indexCache';
import { compareQuarterLabels } from '../../domain/history/quarterOrder';
import { readHistory, readHistoryRows, readHistoryShape } from '../../sheets/historySheet';

/**
 * Where the history formulas get their index: from the document cache when it holds the
 * index of the current history version, else from one read of Snapshot History (then
 * cached). Custom functions may read properties and use the cache, so this is safe in
 * AuthMode.CUSTOM_FUNCTION.
 */

// The document property every snapshot changes (absent means '0'): an index cached for an
// older version is never looked up again.
export { HISTORY_VERSION_KEY };

const CACHE_KEY_PREFIX = 'historyIndex';
// The index is cached up to 60 chunks of 100 000 ASCII characters (6 MB), a twentieth of
// the 1 000 entries a cache holds: the two latest quarters of a 50 000-tactic register
// take about 3 MB. Larger indexes are read from the sheet on every call.
const MAX_CACHED_CHUNKS = 60;
const MAX_KEY_LENGTH = 250;
// The longest time CacheService keeps an entry (6 hours).
const CACHE_SECONDS = 21_600;

export interface LoadedHistory {
  readonly index: HistoryIndex;
  /** Why history cannot be read at all (a missing Quarter, Kind or ID header), if so. */
  readonly unreadable?: string;
}

interface CacheKeys {
  readonly count: string;
  readonly chunks: readonly string[];
}

/**
 * The cache keys of one history version and set of extra fields read; undefined when the
 * version is too long to make a key of.
 */
export function cacheKeysOf(
  version: string,
  extraFields: readonly HistoryFieldKey[] = [],
  quarters?: readonly string[],
): CacheKeys | undefined {
  const extras = extraFields.length === 0 ? '' : `+${[...extraFields].sort().join(',')}`;
  const only = quarters === undefined ? '' : `@${quarters.join(',')}`;
  const base = `${CACHE_KEY_PREFIX}:${version}${extras}${only}:`;
  const keys = {
    count: `${base}count`,
    chunks: Array.from({ length: MAX_CACHED_CHUNKS }, (_, position) => `${base}${position}`),
  };
  return [keys.count, ...keys.chunks].every((key) => key.length <= MAX_KEY_LENGTH) ? keys : undefined;
}

type Cache = GoogleAppsScript.Cache.Cache;

function readCachedIndex(cache: Cache, keys: CacheKeys, version: string): HistoryIndex | undefined {
  const found = cache.getAll([keys.count, ...keys.chunks]);
  const count = Number(found[keys.count]);
  if (!Number.isInteger(count) || count < 1 || count > MAX_CACHED_CHUNKS) return undefined;
  const chunks: string[] = [];
  for (const key of keys.chunks.slice(0, count)) {
    const chunk = found[key];
    // A chunk evicted on its own makes the whole entry unusable.
    if (chunk === undefined) return undefined;
    chunks.push(chunk);
  }
  const restored = deserialiseIndex(chunks, version);
  return restored.ok ? restored.value : undefined;
}

function writeCachedIndex(cache: Cache, keys: CacheKeys, index: HistoryIndex, version: string): void {
  const chunks = serialiseIndex(index, version);
  if (chunks.length > MAX_CACHED_CHUNKS) return;
  const entries: Record<string, string> = { [keys.count]: String(chunks.length) };
  chunks.forEach((chunk, position) => {
    entries[keys.chunks[position] as string] = chunk;
  });
  cache.putAll(entries, CACHE_SECONDS);
}

function documentCache(): Cache | null {
  try {
    return CacheService.getDocumentCache();
  } catch {
    // The cache only saves time; without it the formula still reads the sheet.
    return null;
  }
}

function indexFromSheet(extraFields: readonly HistoryFieldKey[]): LoadedHistory {
  // Only the columns the lookups use: the rest of a history row is never read here.
  const grid = readHistory(SpreadsheetApp.getActiveSpreadsheet(), [...CORE_HISTORY_FIELDS, ...extraFields]).grid;
  const parsed = parseHistory(grid);
  const index = buildHistoryIndex(buildHistoryView(parsed.entries));
  // A missing or blank sheet simply has no snapshots yet; only a sheet with rows can lack headers.
  const headerProblem = grid.length > 0 ? parsed.problems.find((problem) => problem.row === 1) : undefined;
  return headerProblem ? { index, unreadable: headerProblem.message } : { index };
}

// What a partial index reads of each row: enough to check the block, plus the fields asked for.
const BLOCK_FIELDS: readonly HistoryFieldKey[] = ['quarter', 'takenAt', 'kind', 'id', 'superseded'];

/**
 * The index of some quarters, read block by block through the ledger (a few calls per
 * quarter, only the fields asked for); undefined when the sheet no longer matches it.
 */
function indexFromBlocks(
  ledger: HistoryLedger,
  quarters: readonly string[],
  fields: readonly HistoryFieldKey[],
): LoadedHistory | undefined {
  const shape = readHistoryShape(SpreadsheetApp.getActiveSpreadsheet());
  if (ledger.lastRow !== shape.rowCount + 1) return undefined;
  const entries = [];
  for (const quarter of quarters) {
    const block = blockOf(ledger, quarter);
    if (!block) continue;
    const grid = readHistoryRows(shape, block.firstRow, block.rows, [...BLOCK_FIELDS, ...fields]);
    const read = parseHistory(grid, block.firstRow).entries;
    if (!entriesMatchBlock(read, block)) return undefined;
    entries.push(...read);
  }
  const all = ledger.blocks.map((block) => block.quarter);
  return { index: partialHistoryIndex(buildHistoryView(entries), all) };
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
): LoadedHistory {
  const stored = PropertiesService.getDocumentProperties().getProperties();
  const version = stored[HISTORY_VERSION_KEY] ?? '0';
  const ledger = quartersNeeded ? parseLedger(stored[HISTORY_LEDGER_KEY], version) : undefined;
  const all = ledger?.blocks.map((block) => block.quarter) ?? [];
  const quarters = ledger && quartersNeeded?.(all).filter((q) => all.includes(q));
  quarters?.sort(compareQuarterLabels);
  const extraFields = fieldsNamed.filter((key) => !CORE_HISTORY_FIELDS.includes(key));
  const keys = quarters ? cacheKeysOf(version, fieldsNamed, quarters) : cacheKeysOf(version, extraFields);
  const cache = keys ? documentCache() : null;
  if (cache && keys) {
    try {
      const cached = readCachedIndex(cache, keys, version);
      if (cached) return { index: cached };
    } catch {
      // An unreadable cache entry is a miss.
    }
  }
  const partial = ledger && quarters ? indexFromBlocks(ledger, quarters, fieldsNamed) : undefined;
  const loaded = partial ?? indexFromSheet(extraFields);
  // An empty history is not cached: restoring a header or taking the first snapshot must show at once.
  if (cache && keys && loaded.index.quarters.length > 0) {
    try {
      writeCachedIndex(cache, keys, loaded.index, version);
    } catch {
      // A full or failing cache only costs the next call a sheet read.
    }
  }
  return loaded;
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
  const names = Array.isArray(fieldArgument) ? fieldArgument.flat() : [fieldArgument];
  const named = new Set<HistoryFieldKey>();
  for (const name of names) {
    if (typeof name !== 'string') continue;
    const field = findField(name);
    if (field.ok) named.add(field.value.key);
  }
  return [...named];
}
