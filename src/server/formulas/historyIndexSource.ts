import {
  buildHistoryIndex,
  driftIndex,
  latestQuartersOf,
  partialHistoryIndex,
} from '../../domain/history/historyIndex';
import { HISTORY_LEDGER_KEY, type HistoryLedger, parseLedger } from '../../domain/history/historyLedger';
import { CORE_HISTORY_FIELDS, findField, type HistoryFieldKey } from '../../domain/history/historySchema';
import { HISTORY_VERSION_KEY } from '../../domain/history/historyVersion';
import { buildHistoryView } from '../../domain/history/historyView';
import {
  type HistoryRead,
  ledgerQuarters,
  planDriftRead,
  planQuartersRead,
  quartersToRead,
  trustLedger,
} from '../../domain/history/readPlan';
import { readDigest } from '../../sheets/digestSheet';
import { openHistory, readPlannedHistory } from '../../sheets/historyStore';
import { argumentCells } from './historyCell';
import { cachedIndex, cacheKeysOf, type LoadedHistory } from './indexCacheStore';

/**
 * Where the history formulas get their index: from the document cache when it holds the
 * index of the current history version, else from Snapshot History as the read plan says
 * (the blocks of the quarters a call compares, or the whole history), then cached. Custom
 * functions may read properties, the cache and sheets, so this is safe in
 * AuthMode.CUSTOM_FUNCTION.
 */

// The document property every snapshot changes (absent means '0'): an index cached for an
// older version is never looked up again.
export { HISTORY_VERSION_KEY };

const DRIFT_KEY_PREFIX = 'driftIndex';

/** The document properties, and the ledger of this history version (one property read). */
function historyProperties(): { properties: Record<string, string>; version: string; ledger?: HistoryLedger } {
  const properties = PropertiesService.getDocumentProperties().getProperties();
  const version = properties[HISTORY_VERSION_KEY] ?? '0';
  const ledger = parseLedger(properties[HISTORY_LEDGER_KEY], version);
  return ledger ? { properties, version, ledger } : { properties, version };
}

/** The index a read gives: partial for blocks, whole otherwise (with why history cannot be read, if so). */
function indexOf(read: HistoryRead, all: readonly string[]): LoadedHistory {
  if (read.kind === 'blocks') {
    const entries = [...read.blocks.values()].flatMap((block) => block.entries);
    return { index: partialHistoryIndex(buildHistoryView(entries), all) };
  }
  const index = buildHistoryIndex(buildHistoryView(read.parsed.entries));
  // A missing or blank sheet simply has no snapshots yet; only a sheet with rows can lack headers.
  const headerProblem = read.grid.length > 0 ? read.parsed.problems.find((problem) => problem.row === 1) : undefined;
  return headerProblem ? { index, unreadable: headerProblem.message } : { index };
}

/** Which quarters a call compares, given every quarter with a snapshot (oldest first). */
export type QuartersNeeded = (all: readonly string[]) => readonly string[];

/**
 * The history index for this call: one cache read on a hit; on a miss, what the read plan
 * names (and a cache write). `fieldsNamed` are the fields this call's lookups name.
 */
export function loadHistoryIndex(
  fieldsNamed: readonly HistoryFieldKey[] = [],
  quartersNeeded?: QuartersNeeded,
  known = historyProperties(),
): LoadedHistory {
  const { properties, version, ledger } = known;
  const quarters =
    ledger && quartersNeeded ? quartersToRead(ledger, quartersNeeded(ledgerQuarters(ledger))) : undefined;
  const keys = quarters
    ? cacheKeysOf(version, fieldsNamed, quarters)
    : cacheKeysOf(
        version,
        fieldsNamed.filter((key) => !CORE_HISTORY_FIELDS.includes(key)),
      );
  return cachedIndex(version, keys, () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const source = openHistory(spreadsheet, properties);
    const plan = planQuartersRead(source.facts, quarters, fieldsNamed);
    const { read } = readPlannedHistory(source, plan, spreadsheet.getSpreadsheetTimeZone());
    return indexOf(read, ledger ? ledgerQuarters(ledger) : []);
  });
}

/**
 * STRATEGY_DRIFT's index: with a ledger and digest of this history version, the digest and
 * the blocks of the quarters where strategies were last seen (usually the newest alone);
 * else the whole history's index.
 */
export function loadDriftIndex(): LoadedHistory {
  const known = historyProperties();
  const { properties, version, ledger } = known;
  if (!ledger) return loadHistoryIndex([], undefined, known);
  return cachedIndex(version, cacheKeysOf(version, [], undefined, DRIFT_KEY_PREFIX), () => {
    const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
    const timeZone = spreadsheet.getSpreadsheetTimeZone();
    const source = openHistory(spreadsheet, properties);
    const trusted = trustLedger(source.facts);
    const digest = trusted.ok ? readDigest(spreadsheet, version)?.digest : undefined;
    const plan =
      trusted.ok && digest ? planDriftRead(trusted.ledger, [...latestQuartersOf(digest).values()]) : undefined;
    const read = plan ? readPlannedHistory(source, plan, timeZone).read : undefined;
    if (!digest || !read || read.kind === 'whole') {
      const { read: whole } = readPlannedHistory(source, planQuartersRead(source.facts, undefined, []), timeZone);
      return indexOf(whole, []);
    }
    const entries = [...read.blocks.values()].flatMap((block) => block.entries);
    return { index: driftIndex(buildHistoryView(entries), digest, ledgerQuarters(ledger)) };
  });
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
  const named = new Set<HistoryFieldKey>();
  for (const name of argumentCells(fieldArgument)) {
    if (typeof name !== 'string') continue;
    const field = findField(name);
    if (field.ok) named.add(field.value.key);
  }
  return [...named];
}
