import { readPlan } from '../../../src/domain/import/importPlan';
import { planRegisterAppend, type RegisterItems } from '../../../src/domain/import/registerRows';

const plan = (() => {
  const read = readPlan(
    [
      ['Strategy', 'Tactic'],
      ['Grow ARR', 'Hire AEs'],
      ['Grow ARR', 'Open Lisbon'],
      ['Keep customers', 'QBRs'],
    ],
    { sheet: 'Q3 plan', timeZone: 'Etc/UTC' },
  );
  if (!read.ok) throw new Error('unreadable');
  return read.value;
})();

const EMPTY: RegisterItems = { strategies: [], tactics: [] };

describe('the rows an import appends', () => {
  it('numbers new items after the largest ID of the register, and links tactics to their new strategy', () => {
    const register: RegisterItems = {
      strategies: [{ row: 2, id: 'S7', statement: 'Other', source: '' }],
      tactics: [{ row: 2, id: 'T12', statement: 'Other', source: '', strategyId: 'S7' }],
    };
    const append = planRegisterAppend(plan, register);
    expect(append.strategies.map((row) => row.cells)).toEqual([
      { Strategy: 'Grow ARR', Status: 'Active', ID: 'S8', Source: 'Q3 plan!2' },
      { Strategy: 'Keep customers', Status: 'Active', ID: 'S9', Source: 'Q3 plan!4' },
    ]);
    expect(append.tactics.map((row) => [row.id, row.cells['Strategy ID'], row.cells.Source])).toEqual([
      ['T13', 'S8', 'Q3 plan!2'],
      ['T14', 'S8', 'Q3 plan!3'],
      ['T15', 'S9', 'Q3 plan!4'],
    ]);
  });

  it('adds nothing an earlier import of the same sheet brought in, wherever its row is now', () => {
    const first = planRegisterAppend(plan, EMPTY);
    const register: RegisterItems = {
      strategies: first.strategies.map((row, index) => ({
        row: index + 2,
        id: row.id,
        statement: String(row.cells.Strategy),
        source: String(row.cells.Source).replace('!2', '!9'),
      })),
      tactics: first.tactics.map((row, index) => ({
        row: index + 2,
        id: row.id,
        statement: String(row.cells.Tactic),
        source: String(row.cells.Source),
        strategyId: String(row.cells['Strategy ID']),
      })),
    };
    const again = planRegisterAppend(plan, register);
    expect(again.strategies).toEqual([]);
    expect(again.tactics).toEqual([]);
    expect(again.importedBefore).toEqual({ strategies: 2, tactics: 3 });
  });

  it('imports the same statements from another sheet anew', () => {
    const register: RegisterItems = {
      strategies: [{ row: 2, id: 'S1', statement: 'Grow ARR', source: 'Q2 plan!2' }],
      tactics: [],
    };
    expect(planRegisterAppend(plan, register).strategies.map((row) => row.id)).toEqual(['S2', 'S3']);
  });

  it('knows the tactics of a sheet imported before when it is read again as tactics only', () => {
    const register: RegisterItems = {
      strategies: [{ row: 2, id: 'S1', statement: 'Grow ARR', source: 'Q3 plan!2' }],
      tactics: [
        { row: 2, id: 'T1', statement: 'Hire AEs', source: 'Q3 plan!2', strategyId: 'S1' },
        { row: 3, id: 'T2', statement: 'Open Lisbon', source: 'Q3 plan!3', strategyId: 'S1' },
      ],
    };
    const grid = [
      ['Tactic', 'Owner'],
      ['Hire AEs', 'Sales'],
      ['open  lisbon', 'Sales'],
      ['Price review', 'RevOps'],
    ];
    const tacticsOnly = readPlan(grid, {
      sheet: 'Q3 plan',
      timeZone: 'Etc/UTC',
    });
    if (!tacticsOnly.ok) throw new Error('unreadable');
    const append = planRegisterAppend(tacticsOnly.value, register);
    expect(append.tactics.map((row) => [row.id, row.cells.Tactic, row.cells['Strategy ID']])).toEqual([
      ['T3', 'Price review', ''],
    ]);
    expect(append.importedBefore).toEqual({ strategies: 0, tactics: 2 });
  });
});
