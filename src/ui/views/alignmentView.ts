/**
 * The alignment tree: each top strategy with the strategies that support it beneath, each
 * level collapsible with a button (Enter or Space), its own progress, its roll-up and its
 * on-track state. Open and closed levels are kept while the register view stays open.
 */
import type { RegisterView } from '../../server/api/wireTypes';
import { alignmentTree, rollupLabel, type TreeNode } from '../alignmentModel';
import { h, uniqueId } from '../dom';
import { progressDisplay } from '../registerModel';

const ON_TRACK_CLASS: Readonly<Record<string, string>> = {
  'On track': 'badge good',
  Done: 'badge good',
  'At risk': 'badge warn',
  'Off track': 'badge bad',
};

function nodeKey(node: TreeNode): string {
  return node.strategy.id || `row-${node.strategy.row}`;
}

function treeItem(node: TreeNode, collapsed: Set<string>): HTMLElement {
  const { strategy } = node;
  const name = strategy.id || 'New';
  const own = progressDisplay(strategy.progress).label;
  const rollup = rollupLabel(strategy);
  const line = h(
    'div',
    { class: 'tree-line' },
    h('span', { class: 'item-id' }, name),
    ' ',
    h('span', { class: 'tree-statement' }, strategy.statement),
  );
  const facts = h(
    'p',
    { class: 'meta tree-facts' },
    own,
    rollup ? ` · ${rollup}` : '',
    strategy.onTrack ? ' ' : '',
    strategy.onTrack ? h('span', { class: ON_TRACK_CLASS[strategy.onTrack] ?? 'badge' }, strategy.onTrack) : null,
  );
  const problem = node.linkProblem
    ? h('p', { class: 'meta overdue' }, `${node.linkProblem}: see the health check.`)
    : null;
  if (node.children.length === 0)
    return h('li', { class: 'tree-item leaf' }, h('div', { class: 'tree-head' }, line), facts, problem);

  const listId = uniqueId('supporters');
  const key = nodeKey(node);
  const children = h(
    'ul',
    { class: 'tree', id: listId, 'aria-label': `Strategies supporting ${name}` },
    ...node.children.map((child) => treeItem(child, collapsed)),
  );
  children.hidden = collapsed.has(key);
  const count = node.children.length;
  const toggle = h(
    'button',
    {
      type: 'button',
      class: 'tree-toggle',
      'aria-expanded': String(!children.hidden),
      'aria-controls': listId,
      'aria-label': `${name}: ${count} supporting ${count === 1 ? 'strategy' : 'strategies'}`,
      onclick: () => {
        children.hidden = !children.hidden;
        toggle.setAttribute('aria-expanded', String(!children.hidden));
        if (children.hidden) collapsed.add(key);
        else collapsed.delete(key);
      },
    },
    h('span', { class: 'tree-caret', 'aria-hidden': 'true' }),
  );
  return h('li', { class: 'tree-item' }, h('div', { class: 'tree-head' }, toggle, line), facts, problem, children);
}

/** The card holding the tree; every level opens expanded. */
export function alignmentCard(view: RegisterView): HTMLElement {
  const collapsed = new Set<string>();
  const roots = alignmentTree(view);
  return h(
    'section',
    { class: 'card alignment', 'aria-labelledby': 'alignment-heading' },
    h('h2', { id: 'alignment-heading' }, 'Alignment'),
    h(
      'p',
      { class: 'hint' },
      'Each strategy beneath the one it supports (its Parent). Roll-up: the weighted progress of its supporters.',
    ),
    h('ul', { class: 'tree root', 'aria-label': 'Alignment tree' }, ...roots.map((root) => treeItem(root, collapsed))),
  );
}
