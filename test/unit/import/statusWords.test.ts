import { rowKindOf, strategyStatusOf, tacticStatusOf } from '../../../src/domain/import/statusWords';

describe('status words of other plans', () => {
  it.each([
    ['On Track', 'Active', 'In progress'],
    ['on_track', 'Active', 'In progress'],
    ['AT RISK', 'Active', 'In progress'],
    ['Behind', 'Active', 'In progress'],
    ['Red', 'Active', 'In progress'],
    ['Not Started', 'Active', 'Planned'],
    ['To Do', 'Active', 'Planned'],
    ['Planning Stage', 'Active', 'Planned'],
    ['Complete', 'Achieved', 'Done'],
    ['Completed 🎉', 'Achieved', 'Done'],
    ['Done', 'Achieved', 'Done'],
    ['Achieved', 'Achieved', 'Done'],
    ['On Hold', 'On hold', 'Planned'],
    ['Cancelled', 'Retired', 'Dropped'],
    ['Dropped', 'Retired', 'Dropped'],
    ['In-progress', 'Active', 'In progress'],
  ])('reads %j as %s for a strategy and %s for a tactic', (word, strategy, tactic) => {
    expect(strategyStatusOf(word)).toBe(strategy);
    expect(tacticStatusOf(word)).toBe(tactic);
  });

  it.each(['Closed', 'Partially achieved', 'High', 'TRUE', 'Draft', ''])('does not guess at %j', (word) => {
    expect(strategyStatusOf(word)).toBeUndefined();
    expect(tacticStatusOf(word)).toBeUndefined();
  });

  it.each([
    ['Objective', 'strategy'],
    ['goal', 'strategy'],
    ['Goals', 'strategy'],
    ['Key result', 'keyResult'],
    ['KeyResult', 'keyResult'],
    ['milestone', 'tactic'],
    ['Initiative', 'tactic'],
    ['Task', 'tactic'],
  ])('reads the type %j as a %s', (word, kind) => {
    expect(rowKindOf(word)).toBe(kind);
  });

  it.each(['Aspirational Goal', 'Company', '1', 'Percentage'])('reads %j as no type', (word) => {
    expect(rowKindOf(word)).toBeUndefined();
  });
});
