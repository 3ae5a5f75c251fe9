import type { HistoryIndex } from '../../domain/history/historyIndex';
import type { HistoryFieldKey } from '../../domain/history/historySchema';
import { deserialiseIndex, serialiseIndex } from '../../domain/history/indexCache';
import { type ChunkBackend, chunkKeys, readChunks, writeChunks } from '../chunkedStore';

/**
 * The history formulas' indexes in the document cache, chunked under keys named by the
 * history version (so an index of an older history is never looked up again) and by what
 * the index holds. The cache only ever saves time: a miss, a full cache or a failing one
 * means the sheet is read.
 */

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

export interface CacheKeys {
  /** The base every chunk key of the index starts with (chunkedStore.ts). */
  readonly base: string;
  readonly count: string;
  readonly chunks: readonly string[];
}

/**
 * The cache keys of an index: its kind (`prefix`), the history version, the fields read
 * beyond the core ones and, for a partial index, its quarters; undefined when they are
 * too long to make a key of.
 */
export function cacheKeysOf(
  version: string,
  extraFields: readonly HistoryFieldKey[] = [],
  quarters?: readonly string[],
  prefix = CACHE_KEY_PREFIX,
): CacheKeys | undefined {
  const extras = extraFields.length === 0 ? '' : `+${[...extraFields].sort().join(',')}`;
  const only = quarters === undefined ? '' : `@${quarters.join(',')}`;
  const base = `${prefix}:${version}${extras}${only}:`;
  const [count, ...chunks] = chunkKeys(base, MAX_CACHED_CHUNKS);
  if (count === undefined || [count, ...chunks].some((key) => key.length > MAX_KEY_LENGTH)) return undefined;
  return { base, count, chunks };
}

type Cache = GoogleAppsScript.Cache.Cache;

function cacheBackend(cache: Cache): ChunkBackend {
  return { read: (keys) => cache.getAll([...keys]), write: (entries) => cache.putAll(entries, CACHE_SECONDS) };
}

function readCachedIndex(cache: Cache, keys: CacheKeys, version: string): HistoryIndex | undefined {
  const text = readChunks(cacheBackend(cache), keys.base, MAX_CACHED_CHUNKS);
  if (text === undefined) return undefined;
  const restored = deserialiseIndex([text], version);
  return restored.ok ? restored.value : undefined;
}

function writeCachedIndex(cache: Cache, keys: CacheKeys, index: HistoryIndex, version: string): void {
  const chunks = serialiseIndex(index, version);
  if (chunks.length <= MAX_CACHED_CHUNKS) writeChunks(cacheBackend(cache), keys.base, chunks);
}

function documentCache(): Cache | null {
  try {
    return CacheService.getDocumentCache();
  } catch {
    // The cache only saves time; without it the formula still reads the sheet.
    return null;
  }
}

/** The index cached under `keys`, or `load`ed and cached; the cache only ever saves time. */
export function cachedIndex(version: string, keys: CacheKeys | undefined, load: () => LoadedHistory): LoadedHistory {
  const cache = keys ? documentCache() : null;
  if (cache && keys) {
    try {
      const cached = readCachedIndex(cache, keys, version);
      if (cached) return { index: cached };
    } catch {
      // An unreadable cache entry is a miss.
    }
  }
  const loaded = load();
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
