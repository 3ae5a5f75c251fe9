import { duplicateIdFindings, planIds } from '../../../src/domain/register/ids';

const row = (rowNumber: number, id: string) => ({ row: rowNumber, id });

describe('planning IDs for rows without one', () => {
  it('numbers blank IDs in row order after the largest existing number', () => {
    expect(planIds([row(2, 'S1'), row(3, ''), row(4, ' s7 '), row(5, '  '), row(6, 'Pilot')], 'S')).toEqual([
      { row: 3, id: 'S8' },
      { row: 5, id: 'S9' },
    ]);
  });

  it('starts at 1 in a sheet without numbered IDs and ignores the other kind’s prefix', () => {
    expect(planIds([row(2, ''), row(3, 'S4')], 'T')).toEqual([{ row: 2, id: 'T1' }]);
  });

  it('plans nothing when every row has an ID', () => {
    expect(planIds([row(2, 'T1'), row(3, 'T2')], 'T')).toEqual([]);
  });
});

describe('duplicate IDs', () => {
  it('reports every later use of an ID, ignoring case and spaces, as blocking', () => {
    expect(
      duplicateIdFindings(
        [row(2, 'S1'), row(3, 's1 '), row(4, 'S2'), row(5, 'S1'), row(6, '')],
        'Strategies',
        'strategy',
      ),
    ).toEqual([
      {
        rule: 'duplicate-id',
        at: { sheet: 'Strategies', row: 3, column: 'ID' },
        id: 's1 ',
        message: 'The strategy in row 3 has ID "s1 ", already used in row 2; give each strategy its own ID.',
        blocking: true,
      },
      {
        rule: 'duplicate-id',
        at: { sheet: 'Strategies', row: 5, column: 'ID' },
        id: 'S1',
        message: 'The strategy in row 5 has ID S1, already used in row 2; give each strategy its own ID.',
        blocking: true,
      },
    ]);
  });

  it('finds nothing among distinct IDs and blanks', () => {
    expect(duplicateIdFindings([row(2, 'T1'), row(3, ''), row(4, '')], 'Tactics', 'tactic')).toEqual([]);
  });
});
