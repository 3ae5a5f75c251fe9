import { loadAddon } from '../../local/appsScriptRuntime';
import { STRATEGY_HEADERS } from '../../src/domain/register/schema';
import type { RegisterView } from '../../src/server/api/wireTypes';
import { addonWithRegister, MORE_PROSPECTS, strategyRow, today, WIN_RATE } from './fixtures/register';

const PROGRESS = STRATEGY_HEADERS.indexOf('Progress');
const CURRENT = STRATEGY_HEADERS.indexOf('Current');

describe('formula cells the add-on reads, as Sheets computes them', () => {
  it('reads the Progress column Set up register fills as numbers, recomputed when Current changes', () => {
    const addon = loadAddon();
    addon.call('setUpRegister');
    const { emulator } = addon;
    emulator.seedSheet(
      'Strategies',
      [
        strategyRow({ ...WIN_RATE, Current: 0.225 }),
        strategyRow({ ...WIN_RATE, ID: 'S2', Baseline: 0.08, Target: 0.05, Current: 0.065 }),
      ].map((row) => row.slice(0, PROGRESS)),
      { row: 2, raw: true },
    );
    const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const strategies = app.getActiveSpreadsheet().getSheetByName('Strategies') as GoogleAppsScript.Spreadsheet.Sheet;
    const progress = () =>
      strategies
        .getRange(2, PROGRESS + 1, 3, 1)
        .getValues()
        .map(([value]) => value);
    expect(progress()).toEqual([expect.closeTo(0.5, 10), expect.closeTo(0.5, 10), '']);
    strategies.getRange(3, CURRENT + 1).setValue(0.05);
    expect(progress()).toEqual([expect.closeTo(0.5, 10), 1, '']);
    expect(strategies.getRange(3, PROGRESS + 1).getFormula()).toBe('');
    // A typo in one Target: that row's cell says so, and the other strategies keep their progress.
    const TARGET = STRATEGY_HEADERS.indexOf('Target');
    strategies.getRange(3, TARGET + 1).setValue('twenty');
    expect(progress()).toEqual([
      expect.closeTo(0.5, 10),
      'STRATEGY_PROGRESS: target in row 2 of the range is "twenty", not a number.',
      '',
    ]);
  });

  it('shows a Current a user keeps as a formula with its value, and a save of another field keeps the formula', () => {
    const addon = addonWithRegister([{ ...WIN_RATE, 'Last reviewed': today() }], [MORE_PROSPECTS]);
    // The team keeps Current as a formula over its own working column.
    addon.emulator.seedSheet('Strategies', [['=0.2+0.025']], { row: 2, column: CURRENT + 1 });
    const view = addon.call('getRegister') as RegisterView;
    expect(view.strategies[0]).toMatchObject({ current: 0.225, progress: expect.closeTo(0.5, 10) });
    const loaded = view.strategies[0];
    const saved = addon.call('saveStrategy', {
      row: loaded?.row,
      version: loaded?.version,
      changes: { confidence: '8' },
    }) as { ok: boolean };
    expect(saved).toMatchObject({ ok: true });
    expect(addon.emulator.readFormulas('Strategies')[1]?.[CURRENT]).toBe('=0.2+0.025');
    expect(addon.emulator.readValues('Strategies')[1]?.[CURRENT]).toBe(0.225);
  });

  it('takes the computed value of a formula cell into Snapshot History, as it would in Sheets', () => {
    const addon = addonWithRegister([{ ...WIN_RATE, 'Last reviewed': today() }], [MORE_PROSPECTS]);
    addon.emulator.seedSheet('Strategies', [['=0.2+0.025']], { row: 2, column: CURRENT + 1 });
    const now = new Date();
    const quarter = `${now.getUTCFullYear()}-Q${Math.floor(now.getUTCMonth() / 3) + 1}`;
    const outcome = addon.call('takeSnapshotNow', quarter, false) as { ok: boolean };
    expect(outcome).toMatchObject({ ok: true });
    const history = addon.emulator.readValues('Snapshot History');
    const header = history[0] ?? [];
    const s1 = history.find((row) => row[header.indexOf('ID')] === 'S1') ?? [];
    expect(s1[header.indexOf('Current')]).toBe(0.225);
    expect(s1[header.indexOf('Progress')]).toBeCloseTo(0.5, 10);
  });
});
