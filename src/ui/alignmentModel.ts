/** What the sidebar shows of the alignment and the groups, computed from the server's RegisterView with no DOM. */

import { idKey } from '../domain/register/ids';
import { groupKeyOf } from '../domain/register/stakeholders';
import { type Alignment, alignmentOf, nodeNamed, parentChoices } from '../domain/rollup/alignment';
import type { GroupRow } from '../domain/rollup/groupTable';
import type { RegisterView, StrategyView } from '../server/api/wireTypes';

/** A strategy view as the domain's tree reads it: its row, its ID and the Parent its cell holds. */
interface AlignedView {
  readonly row: number;
  readonly id: string;
  readonly parent: string;
  readonly view: StrategyView;
}

/** The register's strategies as the alignment tree, built by the same rule as the Roll-up sheet. */
export function viewAlignment(view: RegisterView): Alignment<AlignedView> {
  return alignmentOf(
    view.strategies.map((strategy) => ({ ...strategy, parent: strategy.fields.parent, view: strategy })),
  );
}

/** Whether the tree is worth a card: the Parent column is there and some strategy names a parent. */
export function showsAlignment(view: RegisterView): boolean {
  return view.hasParentColumn && view.strategies.some((strategy) => strategy.fields.parent.trim() !== '');
}

export interface ChoiceOption {
  readonly value: string;
  readonly label: string;
}

const MAX_OPTION_TEXT = 60;

function optionLabel(strategy: StrategyView): string {
  const statement =
    strategy.statement.length > MAX_OPTION_TEXT
      ? `${strategy.statement.slice(0, MAX_OPTION_TEXT)}…`
      : strategy.statement;
  return `${strategy.id} · ${statement}`;
}

/**
 * The strategies a strategy may name as its Parent: none (a top strategy), or any other
 * strategy except those that support it, directly or further down (naming one would close
 * a cycle). A Parent the cell already holds is kept, named as what it is, so the form
 * never shows another.
 */
export function parentOptions(view: RegisterView, strategy: StrategyView | null, selected: string): ChoiceOption[] {
  const alignment = viewAlignment(view);
  const found = strategy === null ? -1 : alignment.nodes.findIndex((node) => node.item.row === strategy.row);
  const index = found === -1 ? undefined : found;
  const typed = idKey(selected);
  // The cell's own spelling stays the option's value, so a form opened and saved changes nothing.
  const choices = parentChoices(alignment, index).map((item) => ({
    value: typed !== '' && idKey(item.id) === typed ? selected : item.id,
    label: optionLabel(item.view),
  }));
  const options: ChoiceOption[] = [{ value: '', label: 'None: a top strategy' }, ...choices];
  if (typed !== '' && !choices.some((choice) => choice.value === selected)) {
    const named = nodeNamed(alignment, selected);
    const why =
      named === undefined
        ? 'no such strategy'
        : named === index
          ? 'this strategy itself'
          : 'supports this one: a cycle';
    options.splice(1, 0, { value: selected, label: `${selected} (${why})` });
  }
  return options;
}

/** One strategy of the sidebar's tree, with the strategies that support it. */
export interface TreeNode {
  readonly strategy: StrategyView;
  readonly children: readonly TreeNode[];
  /** Why its Parent cannot hold, when it cannot: unknown, itself, or a cycle. */
  readonly linkProblem: string | null;
}

function linkProblem(alignment: Alignment<AlignedView>, index: number): string | null {
  const link = alignment.nodes[index]?.link;
  switch (link?.kind) {
    case 'unknown':
      return `Parent ${link.named} names no strategy`;
    case 'self':
      return 'Parent names the strategy itself';
    case 'cycle':
      return `Parents go round a cycle: ${link.cycle.join(' → ')}`;
    default:
      return null;
  }
}

/** The tree as the sidebar shows it: each top strategy with its supporters beneath, in sheet order. */
export function alignmentTree(view: RegisterView): TreeNode[] {
  const alignment = viewAlignment(view);
  const { outline } = alignment;
  // The outline lists every node once, depth first: rebuild the nesting from the depths.
  const roots: TreeNode[] = [];
  const stack: { depth: number; children: TreeNode[] }[] = [];
  for (const { index, depth } of outline) {
    const node = alignment.nodes[index];
    if (!node) continue;
    const entry: TreeNode = { strategy: node.item.view, children: [], linkProblem: linkProblem(alignment, index) };
    while (stack.length > 0 && (stack[stack.length - 1]?.depth ?? -1) >= depth) stack.pop();
    (stack[stack.length - 1]?.children ?? roots).push(entry);
    stack.push({ depth, children: entry.children as TreeNode[] });
  }
  return roots;
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

/** On a strategy's card: the strategy it supports, and its roll-up when something supports it. */
export function supportsLabel(strategy: StrategyView): string {
  const parent = strategy.fields.parent.trim();
  return [parent === '' ? '' : `Supports ${parent}`, rollupLabel(strategy)].filter((part) => part !== '').join(' · ');
}

/** The roll-up shown beside a strategy in the tree: its percentage, or why it has none. */
export function rollupLabel(strategy: StrategyView): string {
  if (strategy.rollupProblem !== null) return 'No roll-up: its Parents go round a cycle';
  return strategy.rollup === null ? '' : `Roll-up ${percent(strategy.rollup)}`;
}

/**
 * The line under the group filter: the selected group's row of the Roll-up sheet's group
 * table (the same counts, for the same day), or '' when no group is chosen.
 */
export function groupSummaryLine(view: RegisterView, group: string): string {
  if (group === '') return '';
  const row: GroupRow | undefined = view.groups.find((candidate) => groupKeyOf(candidate.group) === groupKeyOf(group));
  if (!row || row.strategies === 0) return `${group}: no strategy in the plan.`;
  const { states } = row;
  const mix = [
    `${states['On track']} on track`,
    `${states['At risk']} at risk`,
    `${states['Off track']} off track`,
    `${states.Done} done`,
    ...(states['Not tracked'] > 0 ? [`${states['Not tracked']} not tracked`] : []),
  ].join(', ');
  const means = [
    row.meanProgress === null ? null : `mean progress ${percent(row.meanProgress)}`,
    row.meanConfidence === null ? null : `confidence ${row.meanConfidence.toFixed(1)}`,
    row.overdueReviews === null ? null : `${row.overdueReviews} overdue review${row.overdueReviews === 1 ? '' : 's'}`,
  ].filter((part) => part !== null);
  const count = `${row.strategies} ${row.strategies === 1 ? 'strategy' : 'strategies'}`;
  return `${row.group}: ${count} (${mix})${means.length > 0 ? `; ${means.join(', ')}` : ''}.`;
}
