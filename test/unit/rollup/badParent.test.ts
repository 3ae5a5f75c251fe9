import { healthCheck } from '../../../src/domain/register/healthCheck';
import type { Register } from '../../../src/domain/register/register';
import { DEFAULT_SETTINGS } from '../../../src/domain/register/types';
import { aStrategy, aTactic } from '../register/fixtures';

function badParents(strategies: Register['strategies']) {
  const register: Register = {
    strategies,
    tactics: strategies.map((s, n) => aTactic({ row: n + 2, id: `T${n + 1}`, strategyId: s.id })),
    parseFindings: [],
    missingColumns: [],
  };
  const context = { now: new Date('2026-07-02T12:00:00Z'), timeZone: 'Etc/UTC', settings: DEFAULT_SETTINGS };
  return healthCheck(register, context).findings.filter((finding) => finding.rule === 'bad-parent');
}

describe('the bad-parent rule', () => {
  it('names a Parent that is no strategy, the strategy itself, and every strategy on a cycle', () => {
    const findings = badParents([
      aStrategy({ row: 2, id: 'S1', parent: 'C7' }),
      aStrategy({ row: 3, id: 'S2', parent: ' s2' }),
      aStrategy({ row: 4, id: 'S3', parent: 'S4' }),
      aStrategy({ row: 5, id: 'S4', parent: 'S3' }),
      aStrategy({ row: 6, id: 'S5', parent: 'S3' }),
    ]);
    expect(findings.map((f) => [f.at.row, f.at.column, f.id, f.message])).toEqual([
      [
        2,
        'Parent',
        'S1',
        'Strategy S1 names "C7" as its Parent, which is not an ID in Strategies; name the strategy it supports, or leave Parent blank for a top strategy.',
      ],
      [
        3,
        'Parent',
        'S2',
        'Strategy S2 names itself as its Parent; name the strategy it supports, or leave Parent blank for a top strategy.',
      ],
      [
        4,
        'Parent',
        'S3',
        'Strategy S3 has a Parent that closes a cycle (S3 → S4 → S3): each supports the next, so none of them has a roll-up; change the Parent of one of them.',
      ],
      [
        5,
        'Parent',
        'S4',
        'Strategy S4 has a Parent that closes a cycle (S4 → S3 → S4): each supports the next, so none of them has a roll-up; change the Parent of one of them.',
      ],
    ]);
  });

  it('never blocks a snapshot', () => {
    const findings = badParents([aStrategy({ row: 2, id: 'S1', parent: 'S1' })]);
    expect(findings.map((finding) => finding.blocking)).toEqual([false]);
  });

  it('finds nothing in a register whose Parents all name other strategies', () => {
    expect(badParents([aStrategy({ row: 2, id: 'S1' }), aStrategy({ row: 3, id: 'S2', parent: 's1' })])).toEqual([]);
  });
});
