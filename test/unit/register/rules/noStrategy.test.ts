import { noStrategy } from '../../../../src/domain/register/rules/noStrategy';
import { aTactic } from '../fixtures';

const KNOWN = new Set(['S1', 'S2']);

describe('no-strategy', () => {
  it('accepts a tactic naming a known strategy, ignoring case and spaces', () => {
    expect(noStrategy(aTactic({ strategyId: ' s2 ' }), KNOWN)).toEqual([]);
  });

  it('blocks a tactic with a blank Strategy ID', () => {
    expect(noStrategy(aTactic({ id: 'T3', row: 4, strategyId: '' }), KNOWN)).toEqual([
      {
        rule: 'no-strategy',
        at: { sheet: 'Tactics', row: 4, column: 'Strategy ID' },
        id: 'T3',
        message: 'Tactic T3 has no Strategy ID; enter the ID of the strategy it serves.',
        blocking: true,
      },
    ]);
  });

  it('blocks a tactic naming a strategy that does not exist', () => {
    const [finding] = noStrategy(aTactic({ strategyId: 'S9' }), KNOWN);
    expect(finding?.message).toBe(
      'Tactic T1 names strategy "S9", which is not an ID in Strategies; correct the Strategy ID.',
    );
    expect(finding?.blocking).toBe(true);
  });
});
