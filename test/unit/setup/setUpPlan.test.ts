import { REGISTER_LAYOUTS } from '../../../src/domain/setup/registerLayout';
import { describeSetUp, planSheetSetUp, progressFormula } from '../../../src/domain/setup/setUpPlan';

const [strategies, tactics] = REGISTER_LAYOUTS as [
  (typeof REGISTER_LAYOUTS)[number],
  (typeof REGISTER_LAYOUTS)[number],
];

describe('planSheetSetUp', () => {
  it('creates a missing sheet with every contract column in order', () => {
    const plan = planSheetSetUp(strategies, undefined);
    expect(plan.create).toBe(true);
    expect(plan.added.map((column) => [column.header, column.column])).toEqual(
      strategies.columns.map((column, index) => [column.header, index + 1]),
    );
    expect(progressFormula(plan)).toBe('=STRATEGY_PROGRESS(E2:E, F2:F, G2:G)');
  });

  it('adds only the missing columns, after every used column, and keeps the user order', () => {
    const headers = ['Strategy', 'My notes', 'id', 'Current', '', 'Target', 'Baseline'];
    const plan = planSheetSetUp(strategies, headers);
    expect(plan.create).toBe(false);
    expect(plan.added.map((column) => column.header)).toEqual([
      'Metric',
      'Unit',
      'Stakeholders',
      'Start',
      'Due',
      'Status',
      'Confidence',
      'Last reviewed',
      'Learning',
      'Decision',
      'Progress',
    ]);
    expect(plan.added[0]?.column).toBe(8);
    expect(plan.columnOf.ID).toBe(3);
    expect(progressFormula(plan)).toBe('=STRATEGY_PROGRESS(G2:G, F2:F, D2:D)');
  });

  it('changes nothing on a sheet that has every column', () => {
    const plan = planSheetSetUp(tactics, [...tactics.columns.map((column) => column.header)].reverse());
    expect(plan.added).toEqual([]);
    expect(describeSetUp([plan])).toBe('The register is already set up; nothing was changed.');
  });

  it('says what it did, sheet by sheet', () => {
    const created = planSheetSetUp(strategies, undefined);
    const extended = planSheetSetUp(tactics, ['ID', 'Strategy ID', 'Tactic']);
    expect(describeSetUp([created, extended])).toBe(
      'Set up register: created Strategies; added Stakeholders, Owner, Status, Indicator, Target, Actual, Start, Due, Last reviewed, Learning to Tactics. Existing data was not changed.',
    );
  });
});
