import { loadAddon } from '../../local/appsScriptRuntime';
import { STRATEGY_HEADERS, TACTIC_HEADERS } from '../../src/domain/register/schema';
import { day } from './fixtures/register';

describe('Set up register (menu)', () => {
  it('creates the register sheets and the Check-ins log on an empty spreadsheet, headers frozen and dressed', () => {
    const addon = loadAddon();
    addon.call('setUpRegister');
    const { emulator } = addon;
    expect(emulator.readValues('Strategies')[0]).toEqual([...STRATEGY_HEADERS]);
    expect(emulator.readValues('Tactics')[0]).toEqual([...TACTIC_HEADERS]);
    expect(emulator.readFormulas('Strategies')[1]?.[STRATEGY_HEADERS.indexOf('Progress')]).toBe(
      '=STRATEGY_PROGRESS(E2:E, F2:F, G2:G)',
    );
    const sheets = emulator.exportWorkbook().sheets;
    const strategies = sheets.find((sheet) => sheet.name === 'Strategies');
    expect(strategies?.frozenRows).toBe(1);
    expect(strategies?.validations.K2?.args).toEqual([['Active', 'On hold', 'Achieved', 'Retired'], true]);
    expect(strategies?.validations.L500?.criteria).toBe('NUMBER_BETWEEN');
    expect(strategies?.conditionalFormats.length).toBeGreaterThanOrEqual(5);
    // A confidence with a decimal shows as typed, never rounded.
    const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const confidence = app
      .getActiveSpreadsheet()
      .getSheetByName('Strategies')
      ?.getRange(2, STRATEGY_HEADERS.indexOf('Confidence') + 1);
    confidence?.setValue(6.5);
    expect(confidence?.getDisplayValue()).toBe('6.5');
    expect(emulator.toasts.at(-1)?.message).toBe(
      'Set up register: created Strategies; created Tactics; created Check-ins. Existing data was not changed.',
    );
    const checkIns = sheets.find((sheet) => sheet.name === 'Check-ins');
    expect(emulator.readValues('Check-ins')).toEqual([['Date', 'ID', 'Value', 'Confidence', 'Note', 'By']]);
    expect(checkIns?.frozenRows).toBe(1);
    expect(checkIns?.validations.D2?.criteria).toBe('NUMBER_BETWEEN');
    // Typed text stays text and a typed day stays a date, in rows added by hand too.
    const formats = checkIns?.styles.numberFormats ?? {};
    expect([formats.A500, formats.B500, formats.E500]).toEqual(['yyyy-mm-dd', '@', '@']);
    expect(checkIns?.protections).toEqual([expect.objectContaining({ warningOnly: true })]);
  });

  it('changes no cell of a filled, re-ordered register and adds the missing columns at the right', () => {
    const addon = loadAddon();
    const { emulator } = addon;
    emulator.seedSheet(
      'Strategies',
      [
        ['Strategy', 'Our notes', 'ID', 'Target', 'Baseline', 'Current', 'Status'],
        ['Cut churn from 8% to 5%', '=1+1 stays text', 'S1', 0.05, 0.08, 0.07, 'Active'],
        ['Raise win rate', 'keep me', 'S2', 0.25, 0.2, 0.22, 'On hold'],
      ],
      { raw: true },
    );
    emulator.seedSheet(
      'Tactics',
      [[...TACTIC_HEADERS], ['T1', 'S1', 'Call churn risks', 'CS team', '', 'Planned', '', '', '', day('2026-01-05')]],
      {
        raw: true,
      },
    );
    const before = emulator.readValues('Strategies').map((row) => row.slice(0, 7));
    const tacticsBefore = emulator.readValues('Tactics');

    addon.call('setUpRegister');

    expect(emulator.readValues('Strategies').map((row) => row.slice(0, 7))).toEqual(before);
    expect(emulator.readValues('Tactics')).toEqual(tacticsBefore);
    expect(emulator.readValues('Strategies')[0]?.slice(7)).toEqual([
      'Metric',
      'Unit',
      'Stakeholders',
      'Start',
      'Due',
      'Confidence',
      'Last reviewed',
      'Learning',
      'Decision',
      'Progress',
      'Parent',
      'Weight',
      'Source',
    ]);
    expect(emulator.readFormulas('Strategies')[1]?.[16]).toBe('=STRATEGY_PROGRESS(E2:E, D2:D, F2:F)');
    expect(emulator.toasts.at(-1)?.message).toBe(
      'Set up register: added Metric, Unit, Stakeholders, Start, Due, Confidence, Last reviewed, Learning, Decision, Progress, Parent, Weight, Source to Strategies; created Check-ins. Existing data was not changed.',
    );
  });

  it('says so and changes nothing when run a second time', () => {
    const addon = loadAddon();
    addon.call('setUpRegister');
    const before = addon.emulator.cellsSnapshot();
    addon.call('setUpRegister');
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
    expect(addon.emulator.toasts.at(-1)?.message).toBe('The register is already set up; nothing was changed.');
  });
});
