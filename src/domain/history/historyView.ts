import type { HistoryEntry } from './historyRead';
import type { HistoryFieldKey } from './historySchema';
import { canonicalQuarter, compareQuarterLabels } from './quarterOrder';

/** The live rows of one quarter's snapshot, by ID. */
export interface QuarterSnapshot {
  readonly quarter: string;
  readonly takenAt: Date | null;
  readonly strategies: ReadonlyMap<string, HistoryEntry>;
  readonly tactics: ReadonlyMap<string, HistoryEntry>;
  /** Strategy ID → IDs of its tactics that are part of the plan (status not Dropped). */
  readonly liveTactics: ReadonlyMap<string, readonly string[]>;
}

/** History as readers see it: superseded rows ignored, one snapshot per quarter, oldest first. */
export interface HistoryView {
  readonly quarters: readonly string[];
  readonly snapshots: ReadonlyMap<string, QuarterSnapshot>;
}

/** A tactic counts toward its strategy's plan unless it was dropped. */
export function isLiveTactic(entry: HistoryEntry): boolean {
  const status = entry.status;
  if (status === '' || status === 'In progress' || status === 'Planned' || status === 'Done') return true;
  return status.trim().toLowerCase() !== 'dropped';
}

function timeOf(entry: HistoryEntry): number {
  return entry.takenAt ? entry.takenAt.getTime() : Number.NEGATIVE_INFINITY;
}

/**
 * Keeps the latest version of each quarter. Rows marked Superseded are ignored; if a quarter
 * still holds rows from two snapshots (the marking was interrupted), only the rows with
 * the latest `Taken at` count. Within one snapshot a repeated ID keeps its last row.
 */
export function buildHistoryView(entries: readonly HistoryEntry[]): HistoryView {
  const latestTime = new Map<string, number>();
  for (const entry of entries) {
    if (entry.superseded) continue;
    const time = timeOf(entry);
    const known = latestTime.get(entry.quarter);
    if (known === undefined || time > known) latestTime.set(entry.quarter, time);
  }
  const building = new Map<
    string,
    { takenAt: Date | null; strategies: Map<string, HistoryEntry>; tactics: Map<string, HistoryEntry> }
  >();
  for (const entry of entries) {
    if (entry.superseded || timeOf(entry) !== latestTime.get(entry.quarter)) continue;
    let snapshot = building.get(entry.quarter);
    if (!snapshot) {
      snapshot = { takenAt: entry.takenAt, strategies: new Map(), tactics: new Map() };
      building.set(entry.quarter, snapshot);
    }
    (entry.kind === 'Strategy' ? snapshot.strategies : snapshot.tactics).set(entry.id, entry);
  }
  const snapshots = new Map<string, QuarterSnapshot>();
  for (const [quarter, snapshot] of building) {
    const liveTactics = new Map<string, string[]>();
    for (const tactic of snapshot.tactics.values()) {
      if (!isLiveTactic(tactic)) continue;
      const list = liveTactics.get(tactic.strategyId);
      if (list) list.push(tactic.id);
      else liveTactics.set(tactic.strategyId, [tactic.id]);
    }
    snapshots.set(quarter, { quarter, ...snapshot, liveTactics });
  }
  const quarters = [...snapshots.keys()].sort(compareQuarterLabels);
  return { quarters, snapshots };
}

/** The quarters that have a snapshot, oldest first. */
export function quartersPresent(view: HistoryView): readonly string[] {
  return view.quarters;
}

/** The snapshot of a quarter (label in any accepted form), or undefined when none was taken. */
export function itemsOf(view: HistoryView, quarter: string): QuarterSnapshot | undefined {
  return view.snapshots.get(canonicalQuarter(quarter));
}

/** The item with this ID in a snapshot, strategy or tactic. */
export function itemIn(snapshot: QuarterSnapshot | undefined, id: string): HistoryEntry | undefined {
  return snapshot?.strategies.get(id) ?? snapshot?.tactics.get(id);
}

export interface SeriesPoint {
  readonly quarter: string;
  /** Undefined when the item is absent from that snapshot; null when its cell was blank. */
  readonly value: HistoryEntry[HistoryFieldKey] | undefined | null;
}

/** One field of an item across every snapshot, oldest first. */
export function seriesOf(view: HistoryView, id: string, field: Exclude<HistoryFieldKey, 'superseded'>): SeriesPoint[] {
  return view.quarters.map((quarter) => {
    const entry = itemIn(view.snapshots.get(quarter), id);
    return { quarter, value: entry ? entry[field] : undefined };
  });
}

/** The quarter of the first snapshot holding this strategy, oldest first. */
export function firstQuarterOf(view: HistoryView, strategyId: string): string | undefined {
  return view.quarters.find((quarter) => view.snapshots.get(quarter)?.strategies.has(strategyId));
}
