import { REGISTER_LAYOUTS } from '../../../src/domain/setup/registerLayout';
import { describeSetUp, planSheetSetUp, progressFormula } from '../../../src/domain/setup/setUpPlan';

const [strategies, tactics] = REGISTER_LAYOUTS as [
  (typeof REGISTER_LAYOUTS)[number],
  (typeof REGISTER_LAYOUTS)[number],
];

const ABSENT = { exists: false } as const;
const cells = (...grid: unknown[][]) => ({ exists: true, grid, timeZone: 'Etc/UTC' }) as const;

describe('planSheetSetUp', () => {
  it('creates a missing sheet with every contract column in order', () => {
    const plan = planSheetSetUp(strategies, ABSENT);
    expect(plan.create).toBe(true);
    expect(plan.added.map((column) => [column.header, column.column])).toEqual(
      strategies.columns.map((column, index) => [column.header, index + 1]),
    );
    expect(progressFormula(plan)).toBe('=STRATEGY_PROGRESS(E2:E, F2:F, G2:G)');
  });

  it('adds only the missing columns, after every used column, and keeps the user order', () => {
    const headers = ['Strategy', 'My notes', 'id', 'Current', '', 'Target', 'Baseline'];
    const plan = planSheetSetUp(strategies, cells(headers));
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
      'Parent',
      'Weight',
      'Source',
    ]);
    expect(plan.added[0]?.column).toBe(8);
    expect(plan.columnOf.ID).toBe(3);
    expect(progressFormula(plan)).toBe('=STRATEGY_PROGRESS(G2:G, F2:F, D2:D)');
  });

  it('changes nothing on a sheet that has every column', () => {
    const plan = planSheetSetUp(tactics, cells([...tactics.columns.map((column) => column.header)].reverse()));
    expect(plan.added).toEqual([]);
    expect(describeSetUp([plan])).toBe('The register is already set up; nothing was changed.');
  });

  it('says what it did, sheet by sheet', () => {
    const created = planSheetSetUp(strategies, ABSENT);
    const extended = planSheetSetUp(tactics, cells(['ID', 'Strategy ID', 'Tactic']));
    expect(describeSetUp([created, extended])).toBe(
      'Set up register: created Strategies; added Stakeholders, Owner, Status, Indicator, Target, Actual, Start, Due, Last reviewed, Learning, Source to Tactics. Existing data was not changed.',
    );
  });

  it('adds no header whose values stand unlabelled in another column, and says which column', () => {
    const header = tactics.columns.map((column) => (column.header === 'Actual' ? '' : column.header));
    const row = tactics.columns.map((column) => (column.header === 'Actual' ? 12 : ''));
    const plan = planSheetSetUp(tactics, cells(header, row));
    expect(plan.added).toEqual([]);
    expect(describeSetUp([plan])).toBe(
      'Set up register: nothing was added. Tactics has no "Actual" column; column I has no header and holds numbers: was it Actual? If so, type Actual in I1.',
    );
  });

  it('adds a header whose blank-headed look-alike holds another kind of value', () => {
    const header = [...tactics.columns.filter((column) => column.header !== 'Owner').map((c) => c.header), ''];
    const row = header.map((cell) => (cell === '' ? 42 : ''));
    expect(planSheetSetUp(tactics, cells(header, row)).added.map((column) => [column.header, column.column])).toEqual([
      ['Owner', 15],
    ]);
  });

  it('creates no sheet in place of one that was renamed', () => {
    const plan = planSheetSetUp(tactics, { exists: false, renamed: 'Tactics (old)' });
    expect(plan).toMatchObject({ create: false, added: [] });
    expect(describeSetUp([plan])).toBe(
      'Set up register: nothing was added. There is no "Tactics" sheet; the sheet "Tactics (old)" has its headers: if it was renamed, name it Tactics again.',
    );
  });
});
