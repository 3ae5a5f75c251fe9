import { noTactics } from '../../../../src/domain/register/rules/noTactics';
import { aStrategy } from '../fixtures';

describe('no-tactics', () => {
  it('accepts an active strategy that an active tactic serves', () => {
    expect(noTactics(aStrategy({ id: 's1' }), new Set(['S1']))).toEqual([]);
  });

  it('flags an active strategy with no active tactic', () => {
    expect(noTactics(aStrategy({ id: 'S5', row: 6 }), new Set(['S1']))).toEqual([
      {
        rule: 'no-tactics',
        at: { sheet: 'Strategies', row: 6 },
        id: 'S5',
        message: 'Strategy S5 is active but has no planned or in-progress tactic; add a tactic or change its status.',
        blocking: false,
      },
    ]);
  });

  it('flags an active strategy without an ID, since no tactic can name it', () => {
    expect(noTactics(aStrategy({ id: '', row: 4 }), new Set(['']))).toHaveLength(1);
  });

  it('leaves strategies that are not active alone', () => {
    for (const status of ['On hold', 'Achieved', 'Retired', null] as const) {
      expect(noTactics(aStrategy({ status }), new Set())).toEqual([]);
    }
  });
});
