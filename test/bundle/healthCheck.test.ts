import { addonWithRegister, day, MORE_PROSPECTS, WIN_RATE } from './fixtures/register';

describe('Run health check (menu) on the built add-on', () => {
  it('finds nothing wrong with the method example', () => {
    const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
    addon.call('runHealthCheck');
    expect(addon.emulator.toasts.at(-1)?.message).toBe('No findings: every strategy and tactic follows the method.');
    expect(addon.emulator.readValues('Health check')).toEqual([
      ['Rule', 'Sheet', 'Cell', 'ID', 'Finding', 'Blocks snapshot'],
    ]);
  });

  it('says a register with no items is empty, not that it follows the method', () => {
    const addon = addonWithRegister([], []);
    addon.call('runHealthCheck');
    expect(addon.emulator.toasts.at(-1)?.message).toBe(
      'Nothing to check yet: the register has no strategies or tactics. Add one with Extensions → Strategy Register → Open register.',
    );
  });

  it('lists each finding with its rule, cell and ID, and only those', () => {
    const addon = addonWithRegister(
      [
        WIN_RATE,
        { ID: 'S2', Strategy: 'Implement a CRM', Status: 'Active', Stakeholders: 'Jane Smith' },
        {
          ID: 'S1',
          Strategy: 'Cut churn from 8% to 5%',
          Metric: 'Churn',
          Baseline: 0.08,
          Target: 0.05,
          Status: 'On hold',
        },
      ],
      [
        MORE_PROSPECTS,
        { ...MORE_PROSPECTS, ID: 'T2', 'Strategy ID': 'S9', Tactic: 'Train reps', 'Last reviewed': day('2020-01-15') },
      ],
    );
    addon.call('runHealthCheck');
    const rows = addon.emulator.readValues('Health check').slice(1);
    expect(rows.map((row) => row.slice(0, 4))).toEqual([
      ['reads-like-tactic', 'Strategies', 'A3', 'S2'],
      ['individual-scope', 'Strategies', 'H3', 'S2'],
      ['no-tactics', 'Strategies', 'A3', 'S2'],
      ['duplicate-id', 'Strategies', 'A4', 'S1'],
      ['no-strategy', 'Tactics', 'B3', 'T2'],
      ['overdue-review', 'Tactics', 'L3', 'T2'],
    ]);
    expect(rows.map((row) => row[5])).toEqual(['', '', '', 'Yes', 'Yes', '']);
    expect(addon.emulator.toasts.at(-1)?.message).toBe(
      '6 findings (2 must be fixed before a snapshot): 1 reads-like-tactic, 1 no-strategy, 1 individual-scope, 1 no-tactics, 1 overdue-review, 1 duplicate-id. See the Health check sheet.',
    );
  });

  it('assigns missing IDs in one write per sheet and never renumbers', () => {
    const addon = addonWithRegister(
      [WIN_RATE, { ...WIN_RATE, ID: '' }, { ...WIN_RATE, ID: 'S7' }, { ...WIN_RATE, ID: ' ' }],
      [MORE_PROSPECTS, { ...MORE_PROSPECTS, ID: '' }],
    );
    addon.call('runHealthCheck');
    expect(addon.emulator.readValues('Strategies').map((row) => row[0])).toEqual(['ID', 'S1', 'S8', 'S7', 'S9']);
    expect(addon.emulator.readValues('Tactics').map((row) => row[0])).toEqual(['ID', 'T1', 'T2']);
    expect(addon.emulator.calls.byMethod()['Range.setValues']).toBe(3); // Strategies IDs, Tactics IDs, Health check
  });

  it('rewrites the findings list in place when run again: the old rows go, the bold frozen header stays', () => {
    const addon = addonWithRegister(
      [WIN_RATE, { ID: 'S2', Strategy: 'Implement a CRM', Status: 'Active', Stakeholders: 'Jane Smith' }],
      [MORE_PROSPECTS],
    );
    addon.call('runHealthCheck');
    expect(addon.emulator.readValues('Health check').length).toBeGreaterThan(2);
    addon.emulator.spreadsheet.getSheetByName('Strategies')?.deleteRow(3); // the team deletes the doubtful strategy
    addon.emulator.calls.reset();
    addon.call('runHealthCheck');

    expect(addon.emulator.readValues('Health check')).toEqual([
      ['Rule', 'Sheet', 'Cell', 'ID', 'Finding', 'Blocks snapshot'],
    ]);
    const sheet = addon.emulator.spreadsheet.getSheetByName('Health check');
    expect(sheet?.getFrozenRows()).toBe(1);
    expect(sheet?.getRange(1, 1, 1, 6).getFontWeights()).toEqual([Array(6).fill('bold')]);
    expect(sheet?.getRange(1, 1, 2, 6).getNumberFormats()).toEqual([Array(6).fill('@'), Array(6).fill('@')]);
    const calls = addon.emulator.calls.byMethod();
    expect([calls['Sheet.clear'], calls['Range.setFontWeight'], calls['Sheet.setFrozenRows']]).toEqual([
      undefined,
      undefined,
      undefined,
    ]);
  });

  it('keeps hostile text as text in the findings list', () => {
    const addon = addonWithRegister([{ ...WIN_RATE, ID: '=IMPORTXML("http://x","//a")', Metric: '' }], []);
    addon.call('runHealthCheck');
    const ids = addon.emulator
      .readValues('Health check')
      .slice(1)
      .map((row) => row[3]);
    expect(ids).toContain('=IMPORTXML("http://x","//a")');
    expect(
      addon.emulator
        .readFormulas('Health check')
        .flat()
        .filter((formula) => formula !== ''),
    ).toEqual([]);
  });

  it('tells the user to set up the register when its sheets are missing', () => {
    const addon = addonWithRegister([], []);
    addon.emulator.spreadsheet.deleteSheet(addon.emulator.spreadsheet.getSheetByName('Tactics') as never);
    addon.call('runHealthCheck');
    expect(addon.emulator.ui.dialogs.at(-1)?.message).toBe(
      'There is no "Tactics" sheet. Run Extensions → Strategy Register → Set up register to create it.',
    );
  });
});

describe('Run health check while another change holds the document lock', () => {
  it('waits its turn and changes nothing', () => {
    const addon = addonWithRegister([{ ...WIN_RATE, ID: '' }], []);
    const before = addon.emulator.cellsSnapshot();
    addon.emulator.locks.holdDocumentLockElsewhere();
    addon.call('runHealthCheck');
    expect(addon.emulator.ui.dialogs.at(-1)?.message).toBe(
      'The health check is waiting for another change to this spreadsheet to finish; try again in a moment.',
    );
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
  });
});
