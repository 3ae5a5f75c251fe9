import { shownId } from '../register/naming';
import { fail, ok, type Result } from '../result';
import type { Aligned, Alignment } from './alignment';

/**
 * Roll-up progress, as `=ROLLUP_PROGRESS(id)` and the Roll-up sheet give it: the weighted
 * mean of the progress of the strategies that support a strategy (those whose Parent names
 * it), each weighted by its `Weight` (1 when blank).
 *
 * - A supporter counts with its own progress; when it has none (no baseline, target or
 *   current) but has supporters itself, it counts with its own roll-up, and so on down.
 * - A supporter with neither is left out of the mean, weight and all.
 * - Blank (null) when nothing supports the strategy, or nothing that supports it has a
 *   progress to count.
 * - A strategy on a cycle of Parents has no roll-up, and neither has one that would have to
 *   count a cycle's roll-up, or a supporter whose Weight cannot be read: each is a sentence.
 *
 * Worked from the leaves up, once per strategy, so a deep tree costs one pass.
 */

export type RollupValue = Result<number | null>;

/** What the roll-up reads of each strategy, beside its place in the tree. */
export interface RollupInputs<T extends Aligned> {
  /** Its own progress; null when it has none. */
  readonly progress: (item: T) => number | null;
  /** Its weight; null when blank (it counts 1). */
  readonly weight: (item: T) => number | null;
  /** The sentence for a Weight cell that cannot be read, when it cannot. */
  readonly weightProblem: (item: T) => string | undefined;
}

/** How a sentence opening with the strategy names it: its ID, or its row while it has none. */
function named(item: Aligned): string {
  return item.id.trim() === '' ? `The strategy in row ${item.row}` : shownId(item.id.trim());
}

function cycleProblem(item: Aligned, cycle: readonly string[]): RollupValue {
  return fail(
    'bad-parent',
    `${named(item)} has no roll-up: its Parents go round a cycle (${cycle.map(shownId).join(' → ')}). Change the Parent of one of them.`,
  );
}

/** The roll-up of every node of `alignment`, by node index. */
export function rollupsOf<T extends Aligned>(alignment: Alignment<T>, inputs: RollupInputs<T>): RollupValue[] {
  const { nodes } = alignment;
  const values: (RollupValue | undefined)[] = nodes.map(() => undefined);
  const waiting = nodes.map((node) => node.children.length);
  const ready: number[] = [];
  waiting.forEach((count, index) => {
    if (count === 0) ready.push(index);
  });
  // What a supporter counts with: its own progress, else its roll-up when it has supporters.
  const countedAs = (index: number): RollupValue => {
    const node = nodes[index];
    if (!node) return ok(null);
    const own = inputs.progress(node.item);
    if (own !== null) return ok(own);
    return node.children.length > 0 ? (values[index] ?? ok(null)) : ok(null);
  };
  while (ready.length > 0) {
    const index = ready.pop() as number;
    const node = nodes[index];
    if (!node) continue;
    values[index] = meanOf(node.item, node.children, nodes, countedAs, inputs);
    const link = node.link;
    if (link.kind !== 'child' && link.kind !== 'cycle') continue;
    waiting[link.parent] = (waiting[link.parent] ?? 1) - 1;
    if (waiting[link.parent] === 0) ready.push(link.parent);
  }
  // Only a node on a cycle never has all its supporters worked out.
  return nodes.map((node, index) => {
    const value = values[index];
    if (value !== undefined) return value;
    return node.link.kind === 'cycle' ? cycleProblem(node.item, node.link.cycle) : ok(null);
  });
}

function meanOf<T extends Aligned>(
  parent: T,
  children: readonly number[],
  nodes: Alignment<T>['nodes'],
  countedAs: (index: number) => RollupValue,
  inputs: RollupInputs<T>,
): RollupValue {
  let weighted = 0;
  let weights = 0;
  for (const child of children) {
    const item = nodes[child]?.item;
    if (!item) continue;
    const value = countedAs(child);
    if (!value.ok) return value;
    if (value.value === null) continue;
    const problem = inputs.weightProblem(item);
    if (problem !== undefined) return fail('bad-value', `${named(parent)} has no roll-up: ${problem}`);
    const weight = inputs.weight(item) ?? 1;
    weighted += weight * value.value;
    weights += weight;
  }
  if (weights === 0) return ok(null);
  const mean = weighted / weights;
  return Number.isFinite(mean)
    ? ok(mean)
    : fail('bad-value', `${named(parent)} has no roll-up: its mean is too large a number.`);
}
