import type { RegisterView, SaveResult } from '../../src/server/api/wireTypes';
import type { StrategyForm } from '../../src/ui/registerModel';
import { addonWithRegister, day, MORE_PROSPECTS, WIN_RATE } from './fixtures/register';

const NEW_STRATEGY: StrategyForm = {
  statement: 'Cut churn from 8% to 5%',
  metric: 'Churn',
  unit: '%',
  baseline: '8%',
  target: '5%',
  current: '6.5%',
  stakeholders: 'Customer success',
  start: '2026-07-01',
  due: '2027-06-30',
  status: 'active',
  confidence: '6',
  parent: '',
};

describe('google.script.run targets of the built add-on', () => {
  it('loads the whole register view in one call, dates as ISO days', () => {
    const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
    const view = addon.call('getRegister') as RegisterView;
    expect(view.needsSetUp).toBe(false);
    expect(view.strategies).toHaveLength(1);
    expect(view.strategies[0]).toMatchObject({
      id: 'S1',
      start: '2026-07-01',
      due: '2027-06-30',
      status: 'Active',
      overdue: false,
    });
    expect(view.strategies[0]?.progress).toBeCloseTo(0.2, 12);
    expect(view.tactics[0]).toMatchObject({ id: 'T1', strategyId: 'S1', owner: 'Jane Smith', status: 'In progress' });
    expect(view.currentQuarter).toMatch(/^\d{4}-Q[1-4]$/);
    expect(JSON.stringify(view)).not.toContain('"20'.concat('26-07-01T')); // no Date crosses the wire
  });

  it('tells the sidebar when the register is not set up', () => {
    const addon = addonWithRegister([], []);
    addon.emulator.spreadsheet.deleteSheet(addon.emulator.spreadsheet.getSheetByName('Strategies') as never);
    expect((addon.call('getRegister') as RegisterView).needsSetUp).toBe(true);
  });

  it('adds a strategy as one row with the next free ID, numbers and dates typed', () => {
    const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
    const result = addon.call('saveStrategy', { changes: NEW_STRATEGY }) as SaveResult;
    expect(result).toEqual({ ok: true, id: 'S2', row: 3, warnings: [] });
    const row = addon.emulator.readValues('Strategies')[2] ?? [];
    expect(row.slice(0, 14)).toEqual([
      'S2',
      'Cut churn from 8% to 5%',
      'Churn',
      '%',
      0.08,
      0.05,
      0.065,
      'Customer success',
      day('2026-07-01'),
      day('2027-06-30'),
      'Active',
      6,
      '',
      '',
    ]);
    expect(addon.emulator.calls.byMethod()['Range.setValues']).toBe(1);
    // A `%` metric's numbers show as percentages in the sheet, as the form showed them.
    expect((addon.emulator.readDisplayValues('Strategies')[2] ?? []).slice(4, 7)).toEqual(['8.0%', '5.0%', '6.5%']);
  });

  it('gives a percent format only to a blank cell of a % metric, never to a number already there', () => {
    const addon = addonWithRegister([{ ...WIN_RATE, Unit: '%', Current: '' }], []);
    const loaded = (addon.call('getRegister') as RegisterView).strategies[0];
    const result = addon.call('saveStrategy', {
      row: loaded?.row,
      version: loaded?.version,
      changes: { current: '23%', target: '26%' },
    });
    expect(result).toMatchObject({ ok: true, id: 'S1' });
    const [, baseline, target, current] = (addon.emulator.readDisplayValues('Strategies')[1] ?? []).slice(3, 7);
    expect([baseline, target, current]).toEqual(['0.2', '0.26', '23.0%']);
  });

  it('explains each invalid field and writes nothing', () => {
    const addon = addonWithRegister([WIN_RATE], []);
    const before = addon.emulator.cellsSnapshot();
    const result = addon.call('saveStrategy', {
      changes: { ...NEW_STRATEGY, statement: ' ', target: 'lots', confidence: '11', due: '2027-02-30' },
    });
    expect(result).toEqual({
      ok: false,
      code: 'bad-value',
      fieldErrors: {
        statement: 'Write the strategy: the outcome that should change.',
        target: 'The target must be a percentage, such as 22.3%.',
        due: 'The due date must be a date written as YYYY-MM-DD, such as 2026-03-31.',
        confidence: 'Confidence must be a number from 0 to 10.',
      },
    });
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
  });

  it('stores typed text literally, even when it looks like a formula', () => {
    const addon = addonWithRegister([WIN_RATE], []);
    addon.call('saveStrategy', {
      changes: { ...NEW_STRATEGY, statement: '=IMPORTXML("http://x","//a")', metric: '-2', unit: '@SUM(A1)' },
    });
    const row = addon.emulator.readValues('Strategies')[2] ?? [];
    expect(row.slice(1, 4)).toEqual(['=IMPORTXML("http://x","//a")', '-2', '@SUM(A1)']);
    expect(
      addon.emulator
        .readFormulas('Strategies')[2]
        ?.slice(0, 14)
        .every((formula) => formula === ''),
    ).toBe(true);
  });

  it('edits a row in place, writing only the field changed, when it is unchanged since the sidebar loaded it', () => {
    const addon = addonWithRegister([WIN_RATE], []);
    const loaded = (addon.call('getRegister') as RegisterView).strategies[0];
    const before = addon.emulator.readValues('Strategies')[1] ?? [];
    addon.emulator.calls.reset();
    const result = addon.call('saveStrategy', {
      row: loaded?.row,
      version: loaded?.version,
      changes: { current: '23%' },
    });
    expect(result).toEqual({ ok: true, id: 'S1', row: 2, warnings: [] });
    expect(addon.emulator.readValues('Strategies')[1]).toEqual(
      before.map((cell, index) => (index === 6 ? 0.23 : cell)),
    );
    expect(addon.emulator.calls.byMethod()['Range.setValues']).toBe(1);
  });

  it('shows each cell as it stands, with the health check’s sentence for one that cannot be read', () => {
    const addon = addonWithRegister([{ ...WIN_RATE, Current: 'about 7', Confidence: 12 }], []);
    const loaded = (addon.call('getRegister') as RegisterView).strategies[0];
    expect(loaded?.fields).toMatchObject({
      current: 'about 7',
      confidence: '12',
      baseline: '20%',
      start: '2026-07-01',
    });
    expect(loaded?.problems).toEqual({
      current: 'Current of S1 (row 2) in Strategies is "about 7", text where a number belongs.',
      confidence: 'Confidence of S1 (row 2) in Strategies is 12, outside 0–10.',
    });
  });

  it('never rewrites a field sent as the row already holds it, whatever the cell holds', () => {
    const addon = addonWithRegister([{ ...WIN_RATE, Current: 'about 7', Confidence: 12 }], []);
    const loaded = (addon.call('getRegister') as RegisterView).strategies[0];
    const before = addon.emulator.exportWorkbook();
    addon.emulator.calls.reset();
    const result = addon.call('saveStrategy', { row: loaded?.row, version: loaded?.version, changes: loaded?.fields });
    expect(result).toEqual({ ok: true, id: 'S1', row: 2, warnings: [] });
    expect(addon.emulator.calls.byMethod()['Range.setValues']).toBeUndefined();
    expect(addon.emulator.exportWorkbook()).toEqual(before);
  });

  it('refuses a field whose column the sheet lacks, naming the column, and writes nothing', () => {
    const addon = addonWithRegister([WIN_RATE], []);
    addon.emulator.spreadsheet.getSheetByName('Strategies')?.getRange('F1').setValue('Goal');
    const loaded = (addon.call('getRegister') as RegisterView).strategies[0];
    const before = addon.emulator.cellsSnapshot();
    const result = addon.call('saveStrategy', {
      row: loaded?.row,
      version: loaded?.version,
      changes: { target: '0.3' },
    });
    expect(result).toEqual({
      ok: false,
      code: 'missing-header',
      fieldErrors: {
        target:
          'Strategies has no "Target" column; column F is headed "Goal" and holds numbers: was it Target? If so, type Target in F1.',
      },
    });
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
  });

  it('asks for a reload instead of overwriting a row edited in the sheet meanwhile', () => {
    const addon = addonWithRegister([WIN_RATE], []);
    const loaded = (addon.call('getRegister') as RegisterView).strategies[0];
    addon.emulator.seedSheet('Strategies', [['Someone else typed this']], { row: 2, column: 2, raw: true });
    const before = addon.emulator.cellsSnapshot();
    const result = addon.call('saveStrategy', { row: loaded?.row, version: loaded?.version, changes: { unit: 'pts' } });
    expect(result).toEqual({ ok: false, fieldErrors: {}, code: 'stale-row' });
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
  });

  it('adds a tactic only under an existing strategy', () => {
    const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
    const tactic = {
      strategyId: 's1',
      statement: 'Roll out a formal sales process',
      stakeholders: 'Account executives',
      owner: 'Sales ops',
      status: 'planned',
      indicator: '',
      target: '',
      actual: '',
      start: '',
      due: '2027-01-31',
    };
    expect(addon.call('saveTactic', { changes: tactic })).toEqual({ ok: true, id: 'T2', row: 3, warnings: [] });
    expect(addon.emulator.readValues('Tactics')[2]?.slice(0, 6)).toEqual([
      'T2',
      's1',
      'Roll out a formal sales process',
      'Account executives',
      'Sales ops',
      'Planned',
    ]);
    expect(addon.call('saveTactic', { changes: { ...tactic, strategyId: 'S9' } })).toEqual({
      ok: false,
      code: 'bad-value',
      fieldErrors: { strategyId: 'No strategy has the ID "S9"; choose one from the list.' },
    });
  });

  it('leaves the row as it was when Sheets fails during the save', () => {
    const addon = addonWithRegister([WIN_RATE], []);
    const before = addon.emulator.cellsSnapshot();
    const calls = addon.emulator.calls;
    let failures = 0;
    for (let k = 1; k < 40; k++) {
      calls.reset();
      calls.failAt(k);
      try {
        addon.call('saveStrategy', { changes: NEW_STRATEGY });
      } catch (error) {
        failures += 1;
        expect(String((error as Error).message)).toMatch(
          /^Strategy Register stopped because Google Sheets reported an error/,
        );
        expect(addon.emulator.cellsSnapshot()).toEqual(before);
        continue;
      }
      break;
    }
    expect(failures).toBeGreaterThan(3);
  });

  it('selects the cell of a finding', () => {
    const addon = addonWithRegister([WIN_RATE], []);
    addon.call('selectCell', 'Strategies', 'C2');
    expect(addon.emulator.selections.at(-1)).toMatchObject({ sheet: 'Strategies', a1: 'C2' });
    expect(() => addon.call('selectCell', 'Strategies', 'C2; drop')).toThrow('"C2; drop" is not a cell address.');
  });
});
