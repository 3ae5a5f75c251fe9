import type { LoadedAddon } from '../../local/appsScriptRuntime';
import { HISTORY_HEADERS } from '../../src/domain/history/historySchema';
import type { FindingView, OperationResult, RegisterView } from '../../src/server/api/wireTypes';
import { addonWithRegister, day, MORE_PROSPECTS, today, WIN_RATE } from './fixtures/register';
import { plannedAddon, snapshotAs } from './fixtures/snapshotScenario';

const CHURN = {
  ...WIN_RATE,
  ID: 'S2',
  Strategy: 'Cut churn from 8% to 5%',
  Metric: 'Churn',
  Baseline: 0.08,
  Target: 0.05,
  Current: 0.07,
};
const PIPELINE = {
  ...WIN_RATE,
  ID: 'S3',
  Strategy: 'Grow pipeline coverage from 2x to 3x',
  Metric: 'Coverage',
  Baseline: 2,
  Target: 3,
  Current: 2.5,
};

/** Three sound strategies, each with a tactic, whose Target header (Strategies!F1) was blanked by hand. */
function registerWithBlankTargetHeader(): LoadedAddon {
  const addon = addonWithRegister(
    [WIN_RATE, CHURN, PIPELINE],
    [
      MORE_PROSPECTS,
      { ...MORE_PROSPECTS, ID: 'T2', 'Strategy ID': 'S2' },
      { ...MORE_PROSPECTS, ID: 'T3', 'Strategy ID': 'S3' },
    ],
  );
  addon.emulator.seedSheet('Strategies', [['']], { row: 1, column: 6, raw: true });
  addon.emulator.calls.reset();
  return addon;
}

const NO_TARGET =
  'Strategies has no "Target" column; column F has no header and holds numbers: was it Target? If so, type Target in F1.';

describe('a register sheet whose Target header was blanked', () => {
  it('is a missing-column finding of the health check, and no strategy reads like a tactic for it', () => {
    const addon = registerWithBlankTargetHeader();
    addon.call('runHealthCheck');
    const rows = addon.emulator.readValues('Health check').slice(1);
    expect(rows).toEqual([['missing-column', 'Strategies', 'F1', '', NO_TARGET, 'Yes']]);
    expect(addon.emulator.toasts.at(-1)?.message).toBe(
      '1 finding (1 must be fixed before a snapshot): 1 missing-column. See the Health check sheet.',
    );
  });

  it('is the first finding the sidebar gets from the health check', () => {
    const addon = registerWithBlankTargetHeader();
    const findings = addon.call('checkRegister') as FindingView[];
    expect(findings.map((finding) => [finding.rule, finding.a1, finding.message])).toEqual([
      ['missing-column', 'F1', NO_TARGET],
    ]);
  });

  it('is named by the sidebar, which knows no progress rather than showing none', () => {
    const addon = registerWithBlankTargetHeader();
    const view = addon.call('getRegister') as RegisterView;
    expect(view.missingColumns).toEqual([
      { sheet: 'Strategies', header: 'Target', a1: 'F1', setUpAdds: false, message: NO_TARGET },
    ]);
    expect(view.unavailable).toEqual({ progress: ['Target'], onTrack: ['Target'] });
    expect(view.strategies.map((strategy) => strategy.progress)).toEqual([null, null, null]);
  });

  it('stops a snapshot with the same sentence, before anything is written', () => {
    const addon = registerWithBlankTargetHeader();
    const before = addon.emulator.cellsSnapshot();
    expect(addon.call('takeSnapshotNow', '2026-Q2', false)).toEqual({
      ok: false,
      code: 'missing-header',
      message: NO_TARGET,
    });
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
  });

  it('stops a sidebar save that writes Target with the same sentence, next to the field', () => {
    const addon = registerWithBlankTargetHeader();
    const before = addon.emulator.cellsSnapshot();
    const loaded = (addon.call('getRegister') as RegisterView).strategies[0];
    const result = addon.call('saveStrategy', {
      row: loaded?.row,
      version: loaded?.version,
      changes: { target: '26%' },
    });
    expect(result).toEqual({ ok: false, fieldErrors: { target: NO_TARGET }, code: 'missing-header' });
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
  });

  it('stops a review that adjusts a target with the same sentence', () => {
    const addon = registerWithBlankTargetHeader();
    const before = addon.emulator.cellsSnapshot();
    const review = {
      strategyId: 'S1',
      learning: 'Slower than hoped',
      decision: 'adjust',
      changes: {},
      newTarget: '24%',
      tactics: {},
    };
    expect(addon.call('applyReview', [review])).toEqual({ ok: false, code: 'missing-header', message: NO_TARGET });
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
  });

  it('is never covered by Set up register with a second, empty Target column', () => {
    const addon = registerWithBlankTargetHeader();
    const before = addon.emulator.cellsSnapshot();
    addon.call('setUpRegister');
    const { 'Check-ins': made, ...after } = addon.emulator.cellsSnapshot();
    expect(after).toEqual(before);
    expect(made?.values).toEqual([['Date', 'ID', 'Value', 'Confidence', 'Note', 'By']]);
    expect(addon.emulator.toasts.at(-1)?.message).toBe(
      `Set up register: created Check-ins. Existing data was not changed. ${NO_TARGET}`,
    );
  });
});

describe('other ways a header goes missing', () => {
  it('names a misspelt header as the likely column', () => {
    const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
    addon.emulator.seedSheet('Tactics', [['Last reveiwed']], { row: 1, column: 12, raw: true });
    const view = addon.call('getRegister') as RegisterView;
    expect(view.missingColumns.map((missing) => missing.message)).toEqual([
      'Tactics has no "Last reviewed" column; column L is headed "Last reveiwed": was it Last reviewed? If so, type Last reviewed in L1.',
    ]);
    expect(view.unavailable).toEqual({ tacticReview: ['Last reviewed'] });
  });

  it('adds a column deleted with its data back with Set up register, at the right', () => {
    const addon = addonWithRegister([{ ...WIN_RATE, Learning: 'Pricing matters' }], [MORE_PROSPECTS]);
    const rows = addon.emulator.readValues('Strategies').map((row) => row.filter((_, index) => index !== 2));
    addon.emulator.spreadsheet.deleteSheet(addon.emulator.spreadsheet.getSheetByName('Strategies') as never);
    addon.emulator.seedSheet('Strategies', rows, { raw: true });
    const view = addon.call('getRegister') as RegisterView;
    expect(view.missingColumns.map((missing) => [missing.a1, missing.message])).toEqual([
      [
        'S1',
        'Strategies has no "Metric" column: type Metric in row 1 above its values, or run Set up register to add the column.',
      ],
    ]);
    addon.call('setUpRegister');
    expect(addon.emulator.readValues('Strategies')[0]?.[18]).toBe('Metric');
    expect((addon.call('getRegister') as RegisterView).missingColumns).toEqual([]);
  });

  it('refuses every operation with the same sentence when a column no item can do without is gone', () => {
    const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
    addon.emulator.seedSheet('Tactics', [['']], { row: 1, column: 2, raw: true });
    const sentence =
      'Tactics has no "Strategy ID" column; column B has no header and holds text: was it Strategy ID? If so, type Strategy ID in B1.';
    expect(() => addon.call('getRegister')).toThrow(sentence);
    addon.call('runHealthCheck');
    expect(addon.emulator.ui.dialogs.at(-1)?.message).toBe(sentence);
    expect(addon.call('takeSnapshotNow', '2026-Q2', false)).toEqual({
      ok: false,
      code: 'missing-header',
      message: sentence,
    });
  });
});

describe('a renamed register sheet', () => {
  function renamedTactics(): LoadedAddon {
    const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
    addon.emulator.spreadsheet.getSheetByName('Tactics')?.setName('Tactics 2026');
    return addon;
  }
  const RENAMED =
    'There is no "Tactics" sheet; the sheet "Tactics 2026" has its headers: if it was renamed, name it Tactics again.';

  it('is named in the sidebar, with the sheet that looks like it', () => {
    const view = renamedTactics().call('getRegister') as RegisterView;
    expect(view.needsSetUp).toBe(true);
    expect(view.missingSheets).toEqual([{ sheet: 'Tactics', message: RENAMED }]);
  });

  it('is not replaced by Set up register with a new, empty sheet', () => {
    const addon = renamedTactics();
    const result = addon.call('setUpRegisterNow') as OperationResult;
    expect(result).toEqual({
      ok: true,
      message: `Set up register: created Check-ins. Existing data was not changed. ${RENAMED}`,
    });
    expect(addon.emulator.spreadsheet.getSheetByName('Tactics')).toBeNull();
  });
});

describe('what each operation needs', () => {
  it('lets the health check run every rule whose columns are there', () => {
    const addon = addonWithRegister(
      [{ ...WIN_RATE, 'Last reviewed': day('2020-01-15') }],
      [{ ...MORE_PROSPECTS, 'Last reviewed': today() }],
    );
    // Without Stakeholders, the individual-scope rule cannot run; overdue-review still can.
    addon.emulator.seedSheet('Strategies', [['Stakeholder']], { row: 1, column: 8, raw: true });
    addon.call('runHealthCheck');
    expect(
      addon.emulator
        .readValues('Health check')
        .slice(1)
        .map((row) => [row[0], row[2]]),
    ).toEqual([
      ['missing-column', 'H1'],
      ['overdue-review', 'M2'],
    ]);
  });
});

describe('a Snapshot History header lost over its values', () => {
  function historyWithBlankTarget(): LoadedAddon {
    const addon = plannedAddon();
    snapshotAs(addon, '2026-Q2');
    snapshotAs(addon, '2026-Q3');
    addon.emulator.seedSheet('Snapshot History', [['']], { row: 1, column: HISTORY_HEADERS.indexOf('Target') + 1 });
    return addon;
  }
  const LOST =
    'Snapshot History has no "Target" column; column J has no header and holds numbers: was it Target? If so, type Target in J1.';

  it('stops a snapshot, which would start a second Target column beside the old values', () => {
    const addon = historyWithBlankTarget();
    const before = addon.emulator.cellsSnapshot();
    expect(addon.call('takeSnapshotNow', '2026-Q4', false)).toEqual({
      ok: false,
      code: 'missing-header',
      message: LOST,
    });
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
  });

  it('stops Build QoQ variance, which would read the old targets as blanks', () => {
    const addon = historyWithBlankTarget();
    addon.call('buildVariance');
    expect(addon.emulator.ui.dialogs.at(-1)?.message).toBe(LOST);
  });

  it('is told apart from a column the history never had, which the next snapshot adds', () => {
    const addon = plannedAddon();
    snapshotAs(addon, '2026-Q2');
    const learning = HISTORY_HEADERS.indexOf('Learning') + 1;
    const history = addon.emulator.readValues('Snapshot History');
    addon.emulator.spreadsheet.deleteSheet(addon.emulator.spreadsheet.getSheetByName('Snapshot History') as never);
    addon.emulator.seedSheet(
      'Snapshot History',
      history.map((row) => row.filter((_, index) => index !== learning - 1)),
      { raw: true },
    );
    expect(addon.call('takeSnapshotNow', '2026-Q3', false)).toEqual({
      ok: true,
      message: 'Snapshot 2026-Q3 taken: 2 strategies, 3 tactics.',
    });
    expect(addon.emulator.readValues('Snapshot History')[0]?.at(-1)).toBe('Learning');
  });
});
