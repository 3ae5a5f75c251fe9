import type { Finding, Strategy } from '../../../src/domain/register/types';
import { alignmentOf } from '../../../src/domain/rollup/alignment';
import { registerRollup } from '../../../src/domain/rollup/registerRollup';
import type { RollupValue } from '../../../src/domain/rollup/rollupProgress';
import { aStrategy } from '../register/fixtures';
import { measured, THREE_LEVELS, unmeasured } from './fixtures';

function rollupOf(strategies: readonly Strategy[], id: string, findings: readonly Finding[] = []): RollupValue {
  const { alignment, rollups } = registerRollup(strategies, findings);
  const index = alignment.byId.get(id);
  if (index === undefined) throw new Error(`No ${id} in the tree`);
  return rollups[index] as RollupValue;
}

const value = (result: RollupValue) => (result.ok ? result.value : result.problems[0]?.message);

describe('roll-up progress on a three-level tree with weights', () => {
  it('gives the weighted means worked out by hand', () => {
    expect(value(rollupOf(THREE_LEVELS, 'S3'))).toBeCloseTo(0.55, 12);
    expect(value(rollupOf(THREE_LEVELS, 'S6'))).toBeCloseTo(0.9, 12);
    expect(value(rollupOf(THREE_LEVELS, 'S1'))).toBeCloseTo(0.3625, 12);
  });

  it('is blank for a strategy nothing supports', () => {
    for (const id of ['S2', 'S4', 'S5', 'S7', 'S8'])
      expect(rollupOf(THREE_LEVELS, id)).toEqual({ ok: true, value: null });
  });

  it('is blank when nothing that supports the strategy has a progress to count', () => {
    const strategies = [unmeasured({ row: 2, id: 'S1' }), unmeasured({ row: 3, id: 'S2', parent: 'S1' })];
    expect(rollupOf(strategies, 'S1')).toEqual({ ok: true, value: null });
  });

  it('counts a decreasing metric by its progress, so a fall in churn raises the roll-up', () => {
    const churn = aStrategy({ row: 3, id: 'S2', parent: 'S1', baseline: 0.08, target: 0.05, current: 0.06 });
    expect(value(rollupOf([unmeasured({ row: 2, id: 'S1' }), churn], 'S1'))).toBeCloseTo(2 / 3, 12);
  });

  it('keeps progress beyond the target and below the baseline as they are', () => {
    const strategies = [
      unmeasured({ row: 2, id: 'S1' }),
      measured(1.5, { row: 3, id: 'S2', parent: 'S1' }),
      measured(-0.5, { row: 4, id: 'S3', parent: 'S1', weight: 3 }),
    ];
    expect(value(rollupOf(strategies, 'S1'))).toBeCloseTo((1.5 - 1.5) / 4, 12);
  });
});

describe('a roll-up that cannot be computed', () => {
  it('names the cycle for each strategy on it, and leaves the rest of the tree as it was', () => {
    const strategies = [
      ...THREE_LEVELS,
      unmeasured({ row: 10, id: 'S9', parent: 'S10' }),
      unmeasured({ row: 11, id: 'S10', parent: 'S11' }),
      measured(0.2, { row: 12, id: 'S11', parent: 'S9' }),
      measured(0.6, { row: 13, id: 'S12', parent: 'S10' }),
    ];
    expect(value(rollupOf(strategies, 'S9'))).toBe(
      'S9 has no roll-up: its Parents go round a cycle (S9 → S10 → S11 → S9). Change the Parent of one of them.',
    );
    expect(value(rollupOf(strategies, 'S11'))).toBe(
      'S11 has no roll-up: its Parents go round a cycle (S11 → S9 → S10 → S11). Change the Parent of one of them.',
    );
    expect(rollupOf(strategies, 'S12')).toEqual({ ok: true, value: null });
    expect(value(rollupOf(strategies, 'S1'))).toBeCloseTo(0.3625, 12);
  });

  it('names the Weight cell that cannot be read instead of counting it as 1', () => {
    const weight = {
      rule: 'bad-value',
      at: { sheet: 'Strategies', row: 5, column: 'Weight' },
      id: 'S4',
      message: 'Weight of S4 (row 5) in Strategies is "heavy", text where a number belongs.',
      blocking: false,
    } as const;
    expect(value(rollupOf(THREE_LEVELS, 'S3', [weight]))).toBe(
      'S3 has no roll-up: Weight of S4 (row 5) in Strategies is "heavy", text where a number belongs.',
    );
    // S1 counts S3 by its roll-up, which cannot be known.
    expect(value(rollupOf(THREE_LEVELS, 'S1', [weight]))).toBe(value(rollupOf(THREE_LEVELS, 'S3', [weight])));
  });

  it('needs no weight of a supporter it leaves out', () => {
    const weight = {
      rule: 'bad-value',
      at: { sheet: 'Strategies', row: 9, column: 'Weight' },
      id: 'S8',
      message: 'Weight of S8 (row 9) in Strategies is 0, not a positive number.',
      blocking: false,
    } as const;
    expect(value(rollupOf(THREE_LEVELS, 'S1', [weight]))).toBeCloseTo(0.3625, 12);
  });
});

describe('the alignment tree', () => {
  it('lists every strategy once, each under the one it supports, in sheet order', () => {
    const { outline, nodes } = alignmentOf(THREE_LEVELS);
    expect(outline.map(({ index, depth }) => `${'  '.repeat(depth)}${nodes[index]?.item.id}`)).toEqual([
      'S1',
      '  S2',
      '  S3',
      '    S4',
      '    S5',
      '  S6',
      '    S7',
      '  S8',
    ]);
  });

  it('keeps a strategy with a Parent naming no strategy, or itself, at the top', () => {
    const strategies = [
      aStrategy({ row: 2, id: 'S1', parent: 'S9' }),
      aStrategy({ row: 3, id: 'S2', parent: 's2' }),
      aStrategy({ row: 4, id: 'S3', parent: 'S2' }),
    ];
    const { nodes, outline } = alignmentOf(strategies);
    expect(nodes.map((node) => node.link.kind)).toEqual(['unknown', 'self', 'child']);
    expect(outline).toEqual([
      { index: 0, depth: 0 },
      { index: 1, depth: 0 },
      { index: 2, depth: 1 },
    ]);
  });

  it('shows a cycle from its first strategy in the sheet, with what hangs beneath it', () => {
    const strategies = [
      aStrategy({ row: 2, id: 'S1', parent: 'S3' }),
      aStrategy({ row: 3, id: 'S2', parent: 'S1' }),
      aStrategy({ row: 4, id: 'S3', parent: 'S2' }),
      aStrategy({ row: 5, id: 'S4', parent: 'S2' }),
    ];
    const { nodes, outline } = alignmentOf(strategies);
    expect(outline.map(({ index, depth }) => [nodes[index]?.item.id, depth])).toEqual([
      ['S1', 0],
      ['S2', 1],
      ['S3', 2],
      ['S4', 2],
    ]);
    expect(nodes[3]?.link).toEqual({ kind: 'child', parent: 1 });
  });

  it('links to the first row of an ID used twice', () => {
    const strategies = [
      aStrategy({ row: 2, id: 'S1' }),
      aStrategy({ row: 3, id: 'S1' }),
      aStrategy({ row: 4, id: 'S2', parent: 'S1' }),
    ];
    expect(alignmentOf(strategies).nodes[0]?.children).toEqual([2]);
  });
});
