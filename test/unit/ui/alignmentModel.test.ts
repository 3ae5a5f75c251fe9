import type { GroupRow } from '../../../src/domain/rollup/groupTable';
import type { StrategyView } from '../../../src/server/api/wireTypes';
import {
  alignmentTree,
  groupSummaryLine,
  parentOptions,
  rollupLabel,
  showsAlignment,
  supportsLabel,
  type TreeNode,
} from '../../../src/ui/alignmentModel';
import { aRegister, aStrategy } from './fixtures';

function linked(id: string, row: number, parent: string): StrategyView {
  const view = aStrategy({ id, row, statement: `Strategy ${id}` });
  return { ...view, fields: { ...view.fields, parent } };
}

/** S1 ← S2 ← S4, S1 ← S3, and S5 ↔ S6 going round a cycle. */
const REGISTER = aRegister({
  strategies: [
    linked('S1', 2, ''),
    linked('S2', 3, 'S1'),
    linked('S3', 4, 's1'),
    linked('S4', 5, 'S2'),
    linked('S5', 6, 'S6'),
    linked('S6', 7, 'S5'),
  ],
});

function shape(nodes: readonly TreeNode[]): unknown[] {
  return nodes.map((node) =>
    node.children.length === 0 ? node.strategy.id : { [node.strategy.id]: shape(node.children) },
  );
}

describe('the sidebar tree', () => {
  it('nests each strategy under the one it supports, a cycle shown from its first strategy', () => {
    expect(shape(alignmentTree(REGISTER))).toEqual([{ S1: [{ S2: ['S4'] }, 'S3'] }, { S5: ['S6'] }]);
    const cycle = alignmentTree(REGISTER)[1];
    expect(cycle?.linkProblem).toBe('Parents go round a cycle: S5 → S6 → S5');
  });

  it('is shown only once the Parent column exists and some strategy names a parent', () => {
    expect(showsAlignment(REGISTER)).toBe(true);
    expect(showsAlignment({ ...REGISTER, hasParentColumn: false })).toBe(false);
    expect(showsAlignment(aRegister({ strategies: [linked('S1', 2, '')] }))).toBe(false);
  });

  it('labels a roll-up as a percentage, and a strategy on a cycle as having none', () => {
    expect(rollupLabel({ ...linked('S1', 2, ''), rollup: 0.3625 })).toBe('Roll-up 36%');
    expect(rollupLabel(linked('S3', 4, 'S1'))).toBe('');
    expect(rollupLabel({ ...linked('S5', 6, 'S6'), rollupProblem: 'S5 has no roll-up…' })).toBe(
      'No roll-up: its Parents go round a cycle',
    );
  });
});

describe("a strategy card's alignment line", () => {
  it('names the strategy it supports and its roll-up, and says nothing for a top strategy nothing supports', () => {
    expect(supportsLabel({ ...linked('S2', 3, 'S1'), rollup: 0.8 })).toBe('Supports S1 · Roll-up 80%');
    expect(supportsLabel({ ...linked('S1', 2, ''), rollup: 0.45 })).toBe('Roll-up 45%');
    expect(supportsLabel(linked('S1', 2, ''))).toBe('');
  });
});

describe('the parent choices of the strategy form', () => {
  const values = (strategy: StrategyView | null, selected = '') =>
    parentOptions(REGISTER, strategy, selected).map((option) => option.value);

  it('leaves out the strategy itself and every strategy below it', () => {
    expect(values(REGISTER.strategies[1] ?? null, 'S1')).toEqual(['', 'S1', 'S3', 'S5', 'S6']);
  });

  it('offers every strategy to a new one', () => {
    expect(values(null)).toEqual(['', 'S1', 'S2', 'S3', 'S4', 'S5', 'S6']);
  });

  it("keeps the cell's own spelling as the chosen value, so opening and saving changes nothing", () => {
    expect(values(REGISTER.strategies[2] ?? null, 's1')).toEqual(['', 's1', 'S2', 'S4', 'S5', 'S6']);
  });

  it('names a Parent the register cannot take as what it is', () => {
    const labels = (selected: string, strategy = REGISTER.strategies[1] ?? null) =>
      parentOptions(REGISTER, strategy, selected)[1]?.label;
    expect(labels('S9')).toBe('S9 (no such strategy)');
    expect(labels('S2')).toBe('S2 (this strategy itself)');
    expect(labels('S4')).toBe('S4 (supports this one: a cycle)');
  });
});

describe('the group summary line', () => {
  const row: GroupRow = {
    group: 'Customer success',
    strategies: 3,
    states: { 'On track': 1, 'At risk': 1, 'Off track': 0, Done: 1, 'Not tracked': 0 },
    meanProgress: 0.4567,
    meanConfidence: 6.5,
    overdueReviews: 1,
    staleCheckIns: null,
  };

  it("reads the chosen group's row of the group table, matched without regard to case", () => {
    expect(groupSummaryLine(aRegister({ groups: [row] }), 'customer SUCCESS')).toBe(
      'Customer success: 3 strategies (1 on track, 1 at risk, 0 off track, 1 done); mean progress 46%, confidence 6.5, 1 overdue review.',
    );
  });

  it('says so for a group with no strategy, and nothing when no group is chosen', () => {
    expect(groupSummaryLine(aRegister({ groups: [] }), 'Partners')).toBe('Partners: no strategy in the plan.');
    expect(groupSummaryLine(aRegister({ groups: [row] }), '')).toBe('');
  });
});
