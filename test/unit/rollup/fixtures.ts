import type { Strategy } from '../../../src/domain/register/types';
import { aStrategy } from '../register/fixtures';

/** A strategy with no numbers of its own: its progress can only come from what supports it. */
export function unmeasured(fields: Partial<Strategy>): Strategy {
  return aStrategy({ metric: '', baseline: null, target: null, current: null, ...fields });
}

/** A strategy measured 0 → 1 whose current value is its progress. */
export function measured(progress: number, fields: Partial<Strategy>): Strategy {
  return aStrategy({ baseline: 0, target: 1, current: progress, ...fields });
}

/**
 * Three levels, with weights, worked by hand:
 *
 *   S1 Grow net revenue retention (no numbers of its own)
 *   ├─ S2 win rate 20% → 25%, now 22%: 0.4, weight 2
 *   ├─ S3 (no numbers), weight blank (1)
 *   │  ├─ S4 churn 8% → 5%, now 6.5%: 0.5, weight 3
 *   │  └─ S5 deal size 40k → 50k, now 47k: 0.7, weight blank (1)
 *   ├─ S6 its own progress 0.1 (counts as 0.1), supported by S7 at 0.9
 *   │  └─ S7 0.9
 *   └─ S8 no numbers and nothing below it: left out
 *
 * S3 rolls up to (3 × 0.5 + 1 × 0.7) / 4 = 0.55; S6 to 0.9;
 * S1 to (2 × 0.4 + 1 × 0.55 + 1 × 0.1) / (2 + 1 + 1) = 1.45 / 4 = 0.3625.
 */
export const THREE_LEVELS: readonly Strategy[] = [
  unmeasured({ row: 2, id: 'S1', statement: 'Grow net revenue retention from 100% to 110%' }),
  aStrategy({ row: 3, id: 'S2', parent: 'S1', weight: 2, baseline: 0.2, target: 0.25, current: 0.22 }),
  unmeasured({ row: 4, id: 'S3', parent: 's1 ', statement: 'Keep the customers we win' }),
  aStrategy({ row: 5, id: 'S4', parent: 'S3', weight: 3, baseline: 0.08, target: 0.05, current: 0.065 }),
  aStrategy({ row: 6, id: 'S5', parent: 'S3', baseline: 40_000, target: 50_000, current: 47_000 }),
  measured(0.1, { row: 7, id: 'S6', parent: 'S1' }),
  measured(0.9, { row: 8, id: 'S7', parent: 'S6' }),
  unmeasured({ row: 9, id: 'S8', parent: 'S1' }),
];
