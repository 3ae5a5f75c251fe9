/**
 * Google says a cached value may be gone before it expires. The history formulas keep
 * their index in the document cache; with a cache that forgets everything at once they give
 * the same answers, reading the sheet each time.
 */
import { addonWithRegister } from './fixtures/register';
import { PLAN, rewriteRegister, snapshotAs } from './fixtures/snapshotScenario';

function answers(cacheForgets: boolean): unknown[] {
  const addon = addonWithRegister(PLAN.strategies, PLAN.tactics, { limits: { cacheForgets } });
  snapshotAs(addon, '2026-Q2');
  rewriteRegister(addon, [{ ...PLAN.strategies[0], Current: 0.23 }, ...PLAN.strategies.slice(1)], PLAN.tactics);
  snapshotAs(addon, '2026-Q3');
  const calls = () => [
    addon.call('QOQ_CHANGE', 'S1', 'Current'),
    addon.call('SNAPSHOT_VALUE', 'S1', 'Current', '2026-Q2'),
    addon.call('STRATEGY_DRIFT', 'S1'),
  ];
  return [...calls(), ...calls()];
}

it('gives the same history formula answers when the cache keeps nothing', () => {
  const kept = answers(false);
  expect(answers(true)).toEqual(kept);
  expect(kept.slice(0, 2)).toEqual([expect.closeTo(0.02, 10), 0.21]);
});
