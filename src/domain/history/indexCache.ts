import { isDate } from '../cellValue';
import { fail, type Result } from '../result';
import { asciiJson, splitIntoChunks } from '../textChunks';
import type { Drift } from './drift';
import { type HistoryIndex, INDEX_FIELDS, type IndexValue } from './historyIndex';

/**
 * The history index as text chunks for a cache whose values are limited to 100 KB. Each
 * item stores its first snapshot in full and later snapshots only as the fields that
 * changed; quarter, Taken at and ID come from the quarter and item keys. The JSON has
 * every non-ASCII character escaped (one character is one byte), dates are epoch
 * milliseconds, and chunks hold at most CHUNK_SIZE characters.
 */
export const CHUNK_SIZE = 100_000;

interface Stored {
  readonly v: string;
  readonly f: readonly string[];
  readonly q: readonly string[];
  /** Taken at of each quarter, epoch ms or null. */
  readonly t: readonly (number | null)[];
  /** [id, [quarterIndex, position, value, position, value, …], …] */
  readonly i: readonly (readonly unknown[])[];
  /** [id, wording, target, tactics, total] */
  readonly d: readonly (readonly unknown[])[];
  /** The quarters read, for a partial index. */
  readonly l?: readonly string[];
}

const POSITION = {
  quarter: INDEX_FIELDS.findIndex((f) => f.key === 'quarter'),
  takenAt: INDEX_FIELDS.findIndex((f) => f.key === 'takenAt'),
  id: INDEX_FIELDS.findIndex((f) => f.key === 'id'),
};
const DERIVED = new Set([POSITION.quarter, POSITION.takenAt, POSITION.id]);
const IS_DATE = INDEX_FIELDS.map((field) => field.type === 'date' || field.type === 'dateTime');
const IS_TEXT = INDEX_FIELDS.map((field) => field.type === 'text');

// Blank text ('') is stored like a blank number (null, left out) and read back as '' by the
// field's type: most of a row is blank, and a partial index holds only the fields it read.
function encoded(value: IndexValue | undefined): string | number | null {
  if (value === undefined || value === null || value === '') return null;
  return isDate(value) ? value.getTime() : value;
}

function decoded(value: string | number | null, position: number): IndexValue {
  if (value === null) return IS_TEXT[position] ? '' : null;
  return IS_DATE[position] && typeof value === 'number' ? new Date(value) : value;
}

/** The index as chunks of at most CHUNK_SIZE ASCII characters, tagged with `version`. */
export function serialiseIndex(index: HistoryIndex, version: string): string[] {
  const quarterPosition = new Map(index.quarters.map((quarter, position) => [quarter, position]));
  const takenAt: (number | null)[] = index.quarters.map(() => null);
  const items: unknown[][] = [];
  for (const [id, byQuarter] of index.items) {
    const row: unknown[] = [id];
    let previous: readonly (string | number | null)[] = [];
    for (const [quarter, values] of byQuarter) {
      const q = quarterPosition.get(quarter) ?? 0;
      takenAt[q] ??= encoded(values[POSITION.takenAt]) as number | null;
      const current = values.map(encoded);
      const change: unknown[] = [q];
      current.forEach((value, position) => {
        if (!DERIVED.has(position) && value !== (previous[position] ?? null)) change.push(position, value);
      });
      row.push(change);
      previous = current;
    }
    items.push(row);
  }
  const stored: Stored = {
    v: version,
    f: INDEX_FIELDS.map((field) => field.header),
    q: index.quarters,
    t: takenAt,
    i: items,
    d: [...index.drift].map(([id, d]) => [id, d.wording, d.target, d.tactics, d.total]),
    ...(index.loaded ? { l: index.loaded } : {}),
  };
  return splitIntoChunks(asciiJson(stored), CHUNK_SIZE);
}

export type Restored = Result<HistoryIndex>;

/** Rebuilds the index from its chunks; refuses chunks of another version or field list. */
export function deserialiseIndex(chunks: readonly string[], version: string): Restored {
  let stored: Stored;
  try {
    stored = JSON.parse(chunks.join('')) as Stored;
  } catch (error) {
    return fail('unreadable', `The cached history index is unreadable (${String(error)}).`);
  }
  if (stored?.v !== version) return fail('unreadable', 'The cached history index is of another version.');
  if (!Array.isArray(stored.q) || !Array.isArray(stored.t) || !Array.isArray(stored.i) || !Array.isArray(stored.d)) {
    return fail('unreadable', 'The cached history index is incomplete.');
  }
  const headers = INDEX_FIELDS.map((field) => field.header);
  if (!Array.isArray(stored.f) || stored.f.join('\n') !== headers.join('\n')) {
    return fail('unreadable', 'The cached history index has other fields.');
  }
  const items = new Map<string, Map<string, IndexValue[]>>();
  for (const [id, ...changes] of stored.i) {
    const byQuarter = new Map<string, IndexValue[]>();
    let previous: (string | number | null)[] = INDEX_FIELDS.map(() => null);
    for (const change of changes as unknown[][]) {
      const current = previous.slice();
      for (let at = 1; at + 1 < change.length; at += 2)
        current[change[at] as number] = change[at + 1] as string | number | null;
      const quarter = stored.q[change[0] as number] ?? '';
      const values: IndexValue[] = current.map(decoded);
      const time = stored.t[change[0] as number];
      values[POSITION.quarter] = quarter;
      values[POSITION.takenAt] = typeof time === 'number' ? new Date(time) : null;
      values[POSITION.id] = String(id);
      byQuarter.set(quarter, values);
      previous = current;
    }
    items.set(String(id), byQuarter);
  }
  const drift = new Map<string, Drift>();
  for (const [id, wording, target, tactics, total] of stored.d) {
    drift.set(String(id), { wording, target, tactics, total } as Drift);
  }
  if (stored.l !== undefined && !Array.isArray(stored.l))
    return fail('unreadable', 'The cached history index is incomplete.');
  const value: HistoryIndex = { quarters: stored.q, items, drift };
  return { ok: true, value: stored.l ? { ...value, loaded: stored.l } : value };
}
