/**
 * The review's decision is kept: in the Strategies `Decision` column (Set up adds it to a
 * register set up before it existed) and in Snapshot History with the learning, also when
 * the history was written before the column existed, through the ledger's narrow reads.
 */
import type { LoadedAddon } from '../../local/appsScriptRuntime';
import { AuthMode } from '../../local/emulator';
import { RangeImpl } from '../../local/emulator/range';
import { DIGEST_SHEET } from '../../src/domain/history/digestGrid';
import { HISTORY_LEDGER_KEY } from '../../src/domain/history/historyLedger';
import { STRATEGY_HEADERS } from '../../src/domain/register/schema';
import { PLAN, plannedAddon, rewriteRegister, snapshotAs } from './fixtures/snapshotScenario';

/** The rows (`first+count`) of Snapshot History that `run` reads. */
function historyRowsRead(run: () => void): string[] {
  const spans = new Set<string>();
  const read = RangeImpl.prototype.getValues;
  const spy = jest.spyOn(RangeImpl.prototype, 'getValues').mockImplementation(function (this: RangeImpl) {
    if (this.sheet.name === 'Snapshot History') spans.add(`${this.row}+${this.numRows}`);
    return read.call(this);
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return [...spans];
}

function formula(addon: LoadedAddon, name: string, ...args: unknown[]): unknown {
  addon.emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
  try {
    return addon.call(name, ...args);
  } finally {
    addon.emulator.setAuthMode(AuthMode.FULL);
  }
}

/** A register with a 2026-Q1 snapshot taken before Snapshot History had a Decision column. */
function historyWithoutDecision(): LoadedAddon {
  const addon = plannedAddon();
  snapshotAs(addon, '2026-Q1');
  const { spreadsheet } = addon.emulator;
  const history = spreadsheet.getSheetByName('Snapshot History');
  const header = history?.getRange(1, 1, 1, history.getLastColumn()).getValues()[0] ?? [];
  // Written before Decision, and before the weight, parent, forecast and check-in columns that came after it.
  for (const gone of ['Check-ins', 'Forecast', 'Parent', 'Weight', 'Decision'])
    history?.deleteColumn(header.indexOf(gone) + 1);
  // What the add-on kept beside that history knew nothing of the column either.
  (addon.emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
    .getDocumentProperties()
    .deleteProperty(HISTORY_LEDGER_KEY);
  spreadsheet.deleteSheet(spreadsheet.getSheetByName(DIGEST_SHEET) as never);
  return addon;
}

const [S1, S2] = PLAN.strategies;

describe('the Decision column', () => {
  it('is added by Set up to a register set up before it existed, changing no cell', () => {
    const addon = plannedAddon();
    addon.emulator.spreadsheet.getSheetByName('Strategies')?.deleteColumn(STRATEGY_HEADERS.indexOf('Decision') + 1);
    const before = addon.emulator.readValues('Strategies');
    addon.call('setUpRegister');
    const after = addon.emulator.readValues('Strategies');
    expect(after[0]?.at(-1)).toBe('Decision');
    expect(after.map((row) => row.slice(0, before[0]?.length))).toEqual(before);
    expect(addon.emulator.toasts.at(-1)?.message).toContain('added Decision to Strategies');
  });

  it('is kept in Snapshot History with the learning, appended to a history written before it existed', () => {
    const addon = historyWithoutDecision();
    rewriteRegister(addon, [{ ...S1, Decision: 'Pivot', Learning: 'Demos lag' }, { ...S2 }], PLAN.tactics);
    snapshotAs(addon, '2026-Q2');
    const [header = [], ...rows] = addon.emulator.readValues('Snapshot History');
    expect(header.slice(-7)).toEqual([
      'Learning',
      'Superseded',
      'Decision',
      'Weight',
      'Parent',
      'Forecast',
      'Check-ins',
    ]);
    const decisions = rows.map((row) => [
      row[0],
      row[3],
      row[header.indexOf('Learning')],
      row[header.indexOf('Decision')],
    ]);
    expect(decisions.filter(([, id]) => id === 'S1')).toEqual([
      ['2026-Q1', 'S1', '', ''],
      ['2026-Q2', 'S1', 'Demos lag', 'Pivot'],
    ]);

    rewriteRegister(
      addon,
      [
        { ...S1, Decision: 'Keep' },
        { ...S2, Decision: 'Retire' },
      ],
      PLAN.tactics,
    );
    // The history now has a ledger: the next snapshot reads the previous quarter's rows only.
    const read = historyRowsRead(() => snapshotAs(addon, '2026-Q3'));
    expect(read.some((span) => span.startsWith('2+'))).toBe(false);
    expect(addon.emulator.toasts.at(-1)?.message).toMatch(/^Snapshot 2026-Q3 taken/);

    expect(['2026-Q1', '2026-Q2', '2026-Q3'].map((q) => formula(addon, 'SNAPSHOT_VALUE', 'S1', 'Decision', q))).toEqual(
      ['', 'Pivot', 'Keep'],
    );
    expect(formula(addon, 'SNAPSHOT_VALUE', 'S2', 'Decision', '2026-Q3')).toBe('Retire');
    expect(addon.call('buildVarianceNow', '2026-Q1', '2026-Q3')).toEqual({
      ok: true,
      message: 'QoQ Variance rebuilt: 2026-Q1 → 2026-Q3.',
    });
  });
});
