import { idKey } from '../register/ids';
import type { QuarterSnapshot } from './historyView';

/**
 * A strategy re-aligned between two snapshots: its Parent (the strategy it supports) changed,
 * compared as IDs are (`s1` is `S1`). Only counted once the earlier snapshot used alignment
 * (some strategy in it had a Parent): a register adding its first parents is being aligned,
 * not re-aligned, and a history written before the Parent column reads as blank.
 *
 * Not part of drift: drift measures how far a strategy moved from its own first plan (its
 * wording, target and tactics), while a Parent is where the plan sits in the organisation. A
 * reorganisation that moves a team's strategies under another company strategy leaves each
 * of them the plan it was; the variance shows the move beside the drift instead.
 */
export interface Realignment {
  /** The Parent in each snapshot, as typed; '' for a top strategy. */
  readonly before: string;
  readonly after: string;
}

/** Whether any strategy of the snapshot names a Parent. */
export function usesAlignment(snapshot: QuarterSnapshot): boolean {
  for (const entry of snapshot.strategies.values()) if (entry.parent.trim() !== '') return true;
  return false;
}

/** The Parent change of strategy `id` in both snapshots, or null when it kept its Parent. */
export function realignmentOf(
  from: QuarterSnapshot,
  to: QuarterSnapshot,
  id: string,
  aligned: boolean,
): Realignment | null {
  const before = from.strategies.get(id);
  const after = to.strategies.get(id);
  if (!aligned || !before || !after || idKey(before.parent) === idKey(after.parent)) return null;
  return { before: before.parent.trim(), after: after.parent.trim() };
}
