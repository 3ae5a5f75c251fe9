import type { LoadedAddon } from '../../local/appsScriptRuntime';
import { AuthMode } from '../../local/emulator';
import { STRATEGY_HEADERS } from '../../src/domain/register/schema';
import { ALIGNED_STRATEGIES, ALIGNED_TACTICS, alignedAddon } from './fixtures/alignedRegister';
import { addonWithRegister } from './fixtures/register';

function formula(addon: LoadedAddon, ...args: unknown[]): unknown {
  addon.emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
  try {
    return addon.call('ROLLUP_PROGRESS', ...args);
  } finally {
    addon.emulator.setAuthMode(AuthMode.FULL);
  }
}

const column = (...ids: unknown[]) => ids.map((id) => [id]);

describe('=ROLLUP_PROGRESS(id)', () => {
  it('gives the values worked out by hand on a three-level tree with weights', () => {
    const addon = alignedAddon();
    expect(formula(addon, 'S1')).toBeCloseTo(0.3625, 12);
    expect(formula(addon, 's3 ')).toBeCloseTo(0.55, 12);
    expect(formula(addon, 'S6')).toBeCloseTo(0.9, 12);
    expect(formula(addon, 'S2')).toBe('');
  });

  it('fills a column of IDs in one call with one read of the register, blank rows blank', () => {
    const addon = alignedAddon();
    const values = formula(addon, column('S1', '', 'S3', 'S8')) as unknown[][];
    expect(values.map(([value]) => (typeof value === 'number' ? Number(value.toFixed(12)) : value))).toEqual([
      0.3625,
      '',
      0.55,
      '',
    ]);
    expect(addon.emulator.calls.byMethod()).toEqual({
      'Sheet.getSheetValues': 1,
      'Spreadsheet.getSheetByName': 1,
      'Spreadsheet.getSpreadsheetTimeZone': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
  });

  it('computes in a cell of the sheet, through the formula engine, as Sheets would', () => {
    const addon = alignedAddon();
    addon.emulator.seedSheet('Roll-up by hand', [
      ['ID', 'Roll-up'],
      ['S1', '=ROLLUP_PROGRESS(A2:A3)'],
      ['S3', ''],
    ]);
    const values = addon.emulator.readValues('Roll-up by hand');
    expect(values[1]?.[1]).toBeCloseTo(0.3625, 12);
    expect(values[2]?.[1]).toBeCloseTo(0.55, 12);
  });

  it('names a cycle in that row only, and keeps the rest of the column', () => {
    const addon = addonWithRegister(
      [
        ...ALIGNED_STRATEGIES,
        { ID: 'S9', Strategy: 'Win back lapsed accounts', Parent: 'S10' },
        { ID: 'S10', Strategy: 'Reactivate dormant users', Parent: 'S9' },
      ],
      ALIGNED_TACTICS,
    );
    const values = formula(addon, column('S1', 'S10')) as unknown[][];
    expect(values[0]?.[0]).toBeCloseTo(0.3625, 12);
    expect(values[1]).toEqual([
      'ROLLUP_PROGRESS (id in row 2 of the range): S10 has no roll-up: its Parents go round a cycle (S10 → S9 → S10). Change the Parent of one of them.',
    ]);
    expect(() => formula(addon, 'S9')).toThrow(
      'ROLLUP_PROGRESS (id): S9 has no roll-up: its Parents go round a cycle (S9 → S10 → S9). Change the Parent of one of them.',
    );
  });

  it('refuses an unknown ID, a value that is no ID and an unreadable weight, naming each', () => {
    const addon = addonWithRegister(
      ALIGNED_STRATEGIES.map((strategy) => (strategy.ID === 'S4' ? { ...strategy, Weight: 'heavy' } : strategy)),
      ALIGNED_TACTICS,
    );
    expect(formula(addon, column('S99', true, 'S3'))).toEqual([
      ['ROLLUP_PROGRESS (id in row 1 of the range): no strategy has the ID "S99" in Strategies.'],
      ['ROLLUP_PROGRESS (id in row 2 of the range): TRUE is not a strategy ID.'],
      [
        'ROLLUP_PROGRESS (id in row 3 of the range): S3 has no roll-up: Weight of S4 (row 5) in Strategies is "heavy", text where a number belongs.',
      ],
    ]);
    expect(() => formula(addon, 'S99')).toThrow('ROLLUP_PROGRESS (id): no strategy has the ID "S99" in Strategies.');
  });

  it('says the Parent column is missing rather than reading every strategy as unsupported', () => {
    const addon = alignedAddon();
    addon.emulator.spreadsheet.getSheetByName('Strategies')?.deleteColumn(STRATEGY_HEADERS.indexOf('Parent') + 1);
    expect(() => formula(addon, column('S1'))).toThrow(
      'ROLLUP_PROGRESS: Strategies has no "Parent" column, so no strategy supports another yet: run Set up register to add it, and write in it the ID of the strategy each one supports.',
    );
  });

  it('counts every weight as 1 in a register without a Weight column', () => {
    const addon = alignedAddon();
    addon.emulator.spreadsheet.getSheetByName('Strategies')?.deleteColumn(STRATEGY_HEADERS.indexOf('Weight') + 1);
    // S3: (0.5 + 0.7) / 2 = 0.6; S1: (0.4 + 0.6 + 0.1) / 3.
    expect(formula(addon, 'S3')).toBeCloseTo(0.6, 12);
    expect(formula(addon, 'S1')).toBeCloseTo(1.1 / 3, 12);
  });
});
