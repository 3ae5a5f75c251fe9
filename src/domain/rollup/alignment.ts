import { idKey } from '../register/ids';

/**
 * The alignment tree: each strategy names in `Parent` the strategy it supports (a team's
 * strategy under a company one). A Parent is read as an ID (trimmed, any case). A link that
 * cannot hold is kept as what it is, so the health check can name it and the tree can still
 * show every strategy: a Parent naming no strategy or the strategy itself leaves the strategy
 * at the top, and strategies whose Parents close a cycle (S2 → S3 → S2) are shown from the
 * first of them in the sheet, with no roll-up. Never throws and never loops, whatever the cells.
 */

/** What the tree needs of a strategy: the sidebar passes its views, the server its parsed rows. */
export interface Aligned {
  readonly row: number;
  /** '' while the add-on has not given it an ID. */
  readonly id: string;
  /** The ID of the strategy it supports, as typed; '' for none. */
  readonly parent: string;
}

export type ParentLink =
  /** Parent blank: a top strategy. */
  | { readonly kind: 'top' }
  /** Supports the node at `parent`. */
  | { readonly kind: 'child'; readonly parent: number }
  /** Parent names no strategy of the register. */
  | { readonly kind: 'unknown'; readonly named: string }
  /** Parent names the strategy itself. */
  | { readonly kind: 'self' }
  /**
   * Supports the node at `parent`, but following Parents from here comes back here: `cycle`
   * lists the IDs on the way, this one first and last (S2 → S3 → S2).
   */
  | { readonly kind: 'cycle'; readonly parent: number; readonly cycle: readonly string[] };

export interface AlignmentNode<T extends Aligned> {
  readonly item: T;
  readonly link: ParentLink;
  /** Indexes of the strategies whose Parent names this one, in sheet order. */
  readonly children: readonly number[];
}

export interface OutlineEntry {
  readonly index: number;
  /** 0 for a strategy shown at the top. */
  readonly depth: number;
}

export interface Alignment<T extends Aligned> {
  /** One node per item, in the items' order. */
  readonly nodes: readonly AlignmentNode<T>[];
  /** The node an ID names, by `idKey`: the first row holding that ID. */
  readonly byId: ReadonlyMap<string, number>;
  /** Every node once, each under the one it supports, depth first in sheet order. */
  readonly outline: readonly OutlineEntry[];
}

const ON_PATH = 1;
const SETTLED = 2;

/** The IDs met following Parents from `start` round its cycle, `start` first and last. */
function cycleFrom<T extends Aligned>(start: number, items: readonly T[], parentOf: readonly number[]): string[] {
  const ids = [items[start]?.id.trim() ?? ''];
  for (let at = parentOf[start] ?? -1; at !== start && at >= 0 && ids.length <= items.length; at = parentOf[at] ?? -1) {
    ids.push(items[at]?.id.trim() ?? '');
  }
  ids.push(ids[0] ?? '');
  return ids;
}

/** Marks every node that lies on a cycle of Parents: a walk up from each node, each node walked once. */
function nodesOnCycles(parentOf: readonly number[]): Set<number> {
  const state = new Array<number>(parentOf.length).fill(0);
  const onCycle = new Set<number>();
  for (let start = 0; start < parentOf.length; start++) {
    const path: number[] = [];
    let at = start;
    while (at >= 0 && state[at] === 0) {
      state[at] = ON_PATH;
      path.push(at);
      at = parentOf[at] ?? -1;
    }
    if (at >= 0 && state[at] === ON_PATH) {
      for (let i = path.indexOf(at); i < path.length; i++) onCycle.add(path[i] as number);
    }
    for (const node of path) state[node] = SETTLED;
  }
  return onCycle;
}

/** The outline: the top nodes (and the first node of each cycle) in sheet order, each followed by what supports it. */
function outlineOf<T extends Aligned>(
  nodes: readonly AlignmentNode<T>[],
  cycleStarts: ReadonlySet<number>,
): OutlineEntry[] {
  const outline: OutlineEntry[] = [];
  const shown = new Set<number>();
  nodes.forEach((node, index) => {
    const starts = node.link.kind === 'top' || node.link.kind === 'unknown' || node.link.kind === 'self';
    if (!starts && !cycleStarts.has(index)) return;
    const stack: OutlineEntry[] = [{ index, depth: 0 }];
    while (stack.length > 0) {
      const entry = stack.pop() as OutlineEntry;
      if (shown.has(entry.index)) continue;
      shown.add(entry.index);
      outline.push(entry);
      const children = nodes[entry.index]?.children ?? [];
      for (let i = children.length - 1; i >= 0; i--) {
        const child = children[i] as number;
        if (!shown.has(child)) stack.push({ index: child, depth: entry.depth + 1 });
      }
    }
  });
  return outline;
}

/** The alignment of `items` (strategies in sheet order). */
export function alignmentOf<T extends Aligned>(items: readonly T[]): Alignment<T> {
  const byId = new Map<string, number>();
  items.forEach((item, index) => {
    const key = idKey(item.id);
    if (key !== '' && !byId.has(key)) byId.set(key, index);
  });
  const links: ParentLink[] = [];
  const parentOf: number[] = [];
  for (const item of items) {
    const named = item.parent.trim();
    const parent = named === '' ? undefined : byId.get(idKey(named));
    // A row naming its own ID supports itself, even a second row holding an ID another row has.
    const self = named !== '' && idKey(named) === idKey(item.id);
    parentOf.push(parent === undefined || self ? -1 : parent);
    if (named === '') links.push({ kind: 'top' });
    else if (self) links.push({ kind: 'self' });
    else if (parent === undefined) links.push({ kind: 'unknown', named });
    else links.push({ kind: 'child', parent });
  }
  const onCycle = nodesOnCycles(parentOf);
  const cycleStarts = new Set<number>();
  const seenOnCycle = new Set<number>();
  for (const index of [...onCycle].sort((a, b) => a - b)) {
    const parent = parentOf[index] as number;
    links[index] = { kind: 'cycle', parent, cycle: cycleFrom(index, items, parentOf) };
    if (seenOnCycle.has(index)) continue;
    cycleStarts.add(index);
    for (let at = index; !seenOnCycle.has(at); at = parentOf[at] as number) seenOnCycle.add(at);
  }
  const children: number[][] = items.map(() => []);
  parentOf.forEach((parent, index) => {
    if (parent >= 0) children[parent]?.push(index);
  });
  const nodes = items.map((item, index) => ({
    item,
    link: links[index] as ParentLink,
    children: children[index] as number[],
  }));
  return { nodes, byId, outline: outlineOf(nodes, cycleStarts) };
}

/** The node an ID names, or undefined. */
export function nodeNamed<T extends Aligned>(alignment: Alignment<T>, id: string): number | undefined {
  const key = idKey(id);
  return key === '' ? undefined : alignment.byId.get(key);
}

/**
 * The IDs a strategy may take as its Parent: every other strategy with an ID except those
 * that support it, directly or further down, since naming one of them would close a cycle.
 */
export function parentChoices<T extends Aligned>(alignment: Alignment<T>, index: number | undefined): T[] {
  const below = new Set<number>();
  if (index !== undefined) {
    const stack = [index];
    while (stack.length > 0) {
      const at = stack.pop() as number;
      if (below.has(at)) continue;
      below.add(at);
      stack.push(...(alignment.nodes[at]?.children ?? []));
    }
  }
  return alignment.nodes.flatMap((node, at) => (below.has(at) || node.item.id.trim() === '' ? [] : [node.item]));
}
