import fc from 'fast-check';
import { idKey } from '../../../src/domain/register/ids';
import type { Strategy } from '../../../src/domain/register/types';
import { alignmentOf } from '../../../src/domain/rollup/alignment';
import { badParentFindings } from '../../../src/domain/rollup/badParent';
import { rollupsOf } from '../../../src/domain/rollup/rollupProgress';
import { checkProperty } from '../../checkProperty';
import { HOSTILE_TEXT } from '../../reliability/arbitraries';
import { aStrategy } from '../register/fixtures';

const IDS = ['S1', 'S2', 's2', ' S3 ', 'S4', 'S5', '', '=S1', '#REF!'];

/** A register of up to 14 strategies with IDs repeated, blank or odd, and Parents naming anything. */
const strategies = fc
  .array(
    fc.record({
      id: fc.constantFrom(...IDS),
      parent: fc.oneof(fc.constantFrom(...IDS), fc.constantFrom(...HOSTILE_TEXT.slice(0, 12))),
      progress: fc.option(fc.double({ min: -5, max: 5, noNaN: true }), { nil: null }),
      weight: fc.option(fc.double({ min: 0.001, max: 100, noNaN: true }), { nil: null }),
      weightUnreadable: fc.boolean(),
    }),
    { maxLength: 14 },
  )
  .map((rows) =>
    rows.map((row, n) => ({
      strategy: aStrategy({
        row: n + 2,
        id: row.id,
        parent: row.parent,
        baseline: row.progress === null ? null : 0,
        target: 1,
        current: row.progress,
        weight: row.weight,
      }),
      weightUnreadable: row.weightUnreadable,
    })),
  );

type Outcome = number | null | 'none';

/**
 * The definition read literally, written separately: a strategy supports the first row
 * holding the ID its Parent names (never itself); it is on a cycle when following Parents
 * from it comes back to it; a supporter counts with its own progress, else with its roll-up.
 */
function reference(items: readonly Strategy[], unreadable: ReadonlySet<number>): Outcome[] {
  const first = (id: string) => items.findIndex((item) => idKey(item.id) !== '' && idKey(item.id) === idKey(id));
  const parentOf = items.map((item) => {
    if (item.parent.trim() === '' || idKey(item.parent) === idKey(item.id)) return -1;
    return first(item.parent);
  });
  const onCycle = items.map((_, start) => {
    let at = parentOf[start] ?? -1;
    for (let steps = 0; steps <= items.length && at >= 0; steps++) {
      if (at === start) return true;
      at = parentOf[at] ?? -1;
    }
    return false;
  });
  const own = (i: number) => {
    const { baseline, target, current } = items[i] as Strategy;
    return baseline === null || target === null || current === null ? null : (current - baseline) / (target - baseline);
  };
  const rollup = (i: number): Outcome => {
    if (onCycle[i]) return 'none';
    let weighted = 0;
    let weights = 0;
    for (let c = 0; c < items.length; c++) {
      if (parentOf[c] !== i) continue;
      const hasChildren = parentOf.includes(c);
      const value = own(c) ?? (hasChildren ? rollup(c) : null);
      if (value === 'none') return 'none';
      if (value === null) continue;
      if (unreadable.has(c)) return 'none';
      const weight = items[c]?.weight ?? 1;
      weighted += weight * value;
      weights += weight;
    }
    return weights === 0 ? null : weighted / weights;
  };
  return items.map((_, i) => rollup(i));
}

describe('the alignment tree and its roll-up, for any register', () => {
  it('never throws or loops, shows every strategy once, and agrees with the definition read literally', () => {
    checkProperty(
      fc.property(strategies, (rows) => {
        const items = rows.map((row) => row.strategy);
        const unreadable = new Set(rows.flatMap((row, index) => (row.weightUnreadable ? [index] : [])));
        const alignment = alignmentOf(items);
        const rollups = rollupsOf(alignment, {
          progress: (item) => (item.baseline === null || item.current === null ? null : item.current),
          weight: (item) => item.weight,
          weightProblem: (item) =>
            unreadable.has(item.row - 2) ? `Weight of row ${item.row} cannot be read.` : undefined,
        });
        expect(alignment.outline.map((entry) => entry.index).sort((a, b) => a - b)).toEqual(items.map((_, i) => i));
        for (const entry of alignment.outline) {
          const link = alignment.nodes[entry.index]?.link;
          if (entry.depth === 0) continue;
          expect(link?.kind === 'child' || link?.kind === 'cycle').toBe(true);
        }
        const expected = reference(items, unreadable);
        rollups.forEach((value, index) => {
          const wanted = expected[index];
          if (wanted === 'none') expect(value.ok).toBe(false);
          else if (wanted === null || wanted === undefined) expect(value).toEqual({ ok: true, value: null });
          else expect(value.ok && value.value !== null ? value.value : Number.NaN).toBeCloseTo(wanted, 9);
        });
        for (const finding of badParentFindings(alignment)) expect(finding.blocking).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it('works a chain of 20 000 strategies from the leaves up without running out of stack', () => {
    const chain = Array.from({ length: 20_000 }, (_, n) =>
      aStrategy({
        row: n + 2,
        id: `S${n + 1}`,
        parent: n === 0 ? '' : `S${n}`,
        baseline: 0,
        target: 1,
        current: n === 19_999 ? 0.5 : null,
      }),
    );
    const alignment = alignmentOf(chain);
    const rollups = rollupsOf(alignment, {
      progress: (s) => s.current,
      weight: () => null,
      weightProblem: () => undefined,
    });
    expect(rollups[0]).toEqual({ ok: true, value: 0.5 });
    expect(alignment.outline.at(-1)).toEqual({ index: 19_999, depth: 19_999 });
  });
});
