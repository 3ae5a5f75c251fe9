import { fail, ok, type Result, sentence } from '../result';
import { type Drift, drift, driftSideOf, strategyDrift } from './drift';
import type { HistoryDigest } from './historyDigest';
import { findField, HISTORY_FIELDS, type HistoryFieldSpec } from './historySchema';
import type { HistoryView } from './historyView';
import { canonicalQuarter, compareQuarterLabels } from './quarterOrder';

/**
 * What the history formulas (SNAPSHOT_VALUE, QOQ_CHANGE, STRATEGY_DRIFT) read: built once
 * from the parsed history, cached, then each call is a couple of map lookups.
 */

export type IndexValue = string | number | Date | null;

/** The fields an index keeps per item and quarter, in this order (Superseded is not one). */
export const INDEX_FIELDS: readonly HistoryFieldSpec[] = HISTORY_FIELDS.filter((field) => field.key !== 'superseded');

export interface HistoryIndex {
  /** Quarters with a snapshot, oldest first. */
  readonly quarters: readonly string[];
  /** ID → quarter → values in INDEX_FIELDS order (latest version of each quarter only). */
  readonly items: ReadonlyMap<string, ReadonlyMap<string, readonly IndexValue[]>>;
  /** Strategy ID → drift from its first snapshot to its latest (empty in a partial index). */
  readonly drift: ReadonlyMap<string, Drift>;
  /**
   * The quarters whose snapshots the index holds, when only some were read (a partial
   * index, enough for comparisons between them); absent when it holds every quarter.
   */
  readonly loaded?: readonly string[];
}

export type Lookup<T> = Result<T>;

export function buildHistoryIndex(view: HistoryView): HistoryIndex {
  const { items, strategyIds } = indexItems(view);
  const drift = new Map<string, Drift>();
  for (const id of strategyIds) {
    const value = strategyDrift(view, id);
    if (value) drift.set(id, value);
  }
  return { quarters: view.quarters, items, drift };
}

/**
 * The index of some quarters' snapshots (`view`) within a history holding `allQuarters`:
 * lookups between the quarters read answer as from the whole history; drift, which needs
 * every quarter, is not kept.
 */
export function partialHistoryIndex(view: HistoryView, allQuarters: readonly string[]): HistoryIndex {
  return { quarters: allQuarters, items: indexItems(view).items, drift: new Map(), loaded: view.quarters };
}

/** The newest quarter whose snapshot holds each strategy, from the digest (its progress is kept for every snapshot). */
export function latestQuartersOf(digest: HistoryDigest): Map<string, string> {
  const latest = new Map<string, string>();
  for (const { quarter } of digest.quarters) {
    for (const [id, strategy] of digest.strategies) if (strategy.progress.has(quarter)) latest.set(id, quarter);
  }
  return latest;
}

/** An item's values in an index that only records where it is (blank in every field). */
const PRESENT: readonly IndexValue[] = INDEX_FIELDS.map((field) => (field.type === 'text' ? '' : null));

/**
 * STRATEGY_DRIFT's index, from the digest and the snapshots in `view` (the latest one of
 * each strategy): the drift of every strategy whose latest snapshot is there, its first
 * plan taken from the digest, equal to the whole history's. Items only record where each
 * ID is, so the index stays small.
 */
export function driftIndex(view: HistoryView, digest: HistoryDigest, allQuarters: readonly string[]): HistoryIndex {
  const drifts = new Map<string, Drift>();
  for (const [id, quarter] of latestQuartersOf(digest)) {
    const first = digest.strategies.get(id)?.first;
    const later = driftSideOf(view.snapshots.get(quarter), id);
    if (first && later) drifts.set(id, drift(first, later));
  }
  const items = new Map<string, Map<string, readonly IndexValue[]>>();
  for (const [id, byQuarter] of indexItems(view).items) {
    items.set(id, new Map([...byQuarter.keys()].map((quarter) => [quarter, PRESENT])));
  }
  return { quarters: allQuarters, items, drift: drifts, loaded: view.quarters };
}

function indexItems(view: HistoryView): {
  items: Map<string, Map<string, IndexValue[]>>;
  strategyIds: Set<string>;
} {
  const items = new Map<string, Map<string, IndexValue[]>>();
  const strategyIds = new Set<string>();
  for (const quarter of view.quarters) {
    const snapshot = view.snapshots.get(quarter);
    if (!snapshot) continue;
    for (const entries of [snapshot.strategies, snapshot.tactics]) {
      for (const [id, entry] of entries) {
        let byQuarter = items.get(id);
        if (!byQuarter) {
          byQuarter = new Map();
          items.set(id, byQuarter);
        }
        byQuarter.set(
          quarter,
          INDEX_FIELDS.map((field) => entry[field.key as keyof typeof entry] as IndexValue),
        );
      }
    }
    for (const id of snapshot.strategies.keys()) strategyIds.add(id);
  }
  return { items, strategyIds };
}

const MAX_LISTED = 5;

function listSome(values: readonly string[]): string {
  const shown = values.slice(0, MAX_LISTED).join(', ');
  return values.length > MAX_LISTED ? `${shown} and ${values.length - MAX_LISTED} more` : shown;
}

function noSnapshots(fn: string): string {
  return `${fn}: Snapshot History holds no snapshots yet; take a quarterly snapshot first.`;
}

function findItem(index: HistoryIndex, fn: string, id: string): Lookup<ReadonlyMap<string, readonly IndexValue[]>> {
  if (index.quarters.length === 0) return fail('not-found', noSnapshots(fn));
  const item = index.items.get(id.trim());
  if (item) return ok(item);
  if (index.loaded) {
    // A partial index knows only the snapshots it read, and says so.
    return fail(
      'not-found',
      `${fn}: ${JSON.stringify(id)} is in none of the snapshots read (${index.loaded.join(', ')}); they hold ${index.items.size} IDs, such as ${listSome([...index.items.keys()])}.`,
    );
  }
  return fail(
    'not-found',
    `${fn}: no strategy or tactic has the ID ${JSON.stringify(id)} in Snapshot History; it holds ${index.items.size} IDs, such as ${listSome([...index.items.keys()])}.`,
  );
}

function findQuarter(index: HistoryIndex, fn: string, label: string): Lookup<string> {
  const quarter = canonicalQuarter(label);
  if (index.quarters.includes(quarter)) return ok(quarter);
  return fail(
    'not-found',
    `${fn}: there is no snapshot for the quarter ${JSON.stringify(label)}; Snapshot History holds ${listSome(index.quarters)}.`,
  );
}

function fieldOf(fn: string, name: string): Lookup<{ spec: HistoryFieldSpec; position: number }> {
  const found = findField(name);
  if (!found.ok) return fail('not-found', `${fn}: ${sentence(found)}`);
  return ok({ spec: found.value, position: INDEX_FIELDS.indexOf(found.value) });
}

/** SNAPSHOT_VALUE: the value of a field of an item in a quarter's snapshot ('' when blank). */
export function snapshotValue(
  index: HistoryIndex,
  id: string,
  field: string,
  quarter: string,
): Lookup<string | number | Date> {
  const fn = 'SNAPSHOT_VALUE';
  const item = findItem(index, fn, id);
  if (!item.ok) return item;
  const spec = fieldOf(fn, field);
  if (!spec.ok) return spec;
  const at = findQuarter(index, fn, quarter);
  if (!at.ok) return at;
  const values = item.value.get(at.value);
  if (!values) {
    return fail(
      'not-found',
      `${fn}: ${id.trim()} is not in the ${at.value} snapshot; it is in ${listSome(index.quarters.filter((q) => item.value.has(q)))}.`,
    );
  }
  return ok(values[spec.value.position] ?? '');
}

/**
 * QOQ_CHANGE: the later value minus the earlier one for a numeric field, whichever order
 * the quarters are given in. Without quarters it compares the two latest snapshots in
 * history; with only `from`, it compares `from` with the latest.
 */
export function qoqChange(
  index: HistoryIndex,
  id: string,
  field: string,
  fromQuarter?: string,
  toQuarter?: string,
): Lookup<number> {
  const fn = 'QOQ_CHANGE';
  const item = findItem(index, fn, id);
  if (!item.ok) return item;
  const spec = fieldOf(fn, field);
  if (!spec.ok) return spec;
  if (spec.value.spec.type !== 'number') {
    const numeric = INDEX_FIELDS.filter((f) => f.type === 'number').map((f) => f.header);
    return fail(
      'bad-argument',
      `${fn}: ${spec.value.spec.header} is not a number field; use one of ${numeric.join(', ')}.`,
    );
  }
  const latest = index.quarters[index.quarters.length - 1] ?? '';
  const to = toQuarter === undefined ? ok(latest) : findQuarter(index, fn, toQuarter);
  if (!to.ok) return to;
  // Without a from quarter, compare with the snapshot just before `to` (the two latest by default).
  const toPosition = index.quarters.indexOf(to.value);
  const from =
    fromQuarter === undefined
      ? toPosition < 1
        ? fail(
            'not-found',
            `${fn}: a change needs a snapshot before ${to.value}; Snapshot History holds ${index.quarters.join(', ')}.`,
          )
        : ok(index.quarters[toPosition - 1] ?? '')
      : findQuarter(index, fn, fromQuarter);
  if (!from.ok) return from;
  if (from.value === to.value) {
    return fail(
      'bad-argument',
      `${fn}: from_quarter and to_quarter are both ${to.value}; name two different quarters.`,
    );
  }
  // The later snapshot minus the earlier one, whichever order the quarters were given in.
  const [earlier, later] =
    compareQuarterLabels(from.value, to.value) < 0 ? [from.value, to.value] : [to.value, from.value];
  const valueAt = (quarter: string): Lookup<number> => {
    const values = item.value.get(quarter);
    if (!values) return fail('not-found', `${fn}: ${id.trim()} is not in the ${quarter} snapshot.`);
    const value = values[spec.value.position];
    if (typeof value !== 'number') {
      return fail('not-found', `${fn}: ${id.trim()} has no ${spec.value.spec.header} in the ${quarter} snapshot.`);
    }
    return { ok: true, value };
  };
  const before = valueAt(earlier);
  if (!before.ok) return before;
  const after = valueAt(later);
  if (!after.ok) return after;
  return ok(after.value - before.value);
}

/** STRATEGY_DRIFT: 0–1, how far a strategy has moved from its first snapshot to its latest. */
export function strategyDriftOf(index: HistoryIndex, id: string): Lookup<number> {
  const fn = 'STRATEGY_DRIFT';
  const item = findItem(index, fn, id);
  if (!item.ok) return item;
  const drift = index.drift.get(id.trim());
  if (drift) return ok(drift.total);
  return fail('not-found', `${fn}: ${JSON.stringify(id)} is a tactic; drift is measured for strategies.`);
}
