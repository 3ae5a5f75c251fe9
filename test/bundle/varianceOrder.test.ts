import { Button } from '../../local/emulator';
import type { OperationResult } from '../../src/server/api/wireTypes';
import { PLAN, plannedAddon, rewriteRegister, snapshotAs } from './fixtures/snapshotScenario';

/** 2026-Q2 as planned, then 2026-Q3 with churn down, T1 further on, T2 dropped and T4 added. */
function twoQuarters() {
  const addon = plannedAddon();
  snapshotAs(addon, '2026-Q2');
  const [s1, s2] = PLAN.strategies;
  const [t1, , t3] = PLAN.tactics;
  rewriteRegister(
    addon,
    [{ ...s1 }, { ...s2, Current: 0.065 }],
    [
      { ...t1, Actual: 0.8 },
      { ...t3 },
      { ID: 'T4', 'Strategy ID': 'S2', Tactic: 'Quarterly business reviews', Status: 'Planned' },
    ],
  );
  snapshotAs(addon, '2026-Q3');
  return addon;
}

const title = (addon: ReturnType<typeof plannedAddon>) => addon.emulator.readValues('QoQ Variance')[0]?.[0];
const lastDialog = (addon: ReturnType<typeof plannedAddon>) => addon.emulator.ui.dialogs.at(-1)?.message;

function tacticFlags(addon: ReturnType<typeof plannedAddon>): Record<string, unknown> {
  const sheet = addon.emulator.readValues('QoQ Variance');
  const first = sheet.findIndex((row) => row[0] === 'Tactics') + 2;
  return Object.fromEntries(sheet.slice(first).map((row) => [row[0], row[2]]));
}

describe('Build QoQ variance… compares the earlier quarter with the later one', () => {
  it('reads two quarters typed later first as earlier → later, from the menu', () => {
    const addon = twoQuarters();
    addon.emulator.ui.scriptedAnswers.push({ button: Button.OK, text: '2026-Q3 2026-Q2' });
    addon.call('buildVariance');
    expect(addon.emulator.toasts.at(-1)?.message).toBe('QoQ Variance rebuilt: 2026-Q2 → 2026-Q3.');
    expect(title(addon)).toBe('2026-Q2 → 2026-Q3');
    expect(tacticFlags(addon)).toMatchObject({ T4: 'Added', T2: 'Dropped' });
    const sheet = addon.emulator.readValues('QoQ Variance');
    const s2 = sheet.find((row) => row[0] === 'S2');
    expect(s2?.slice(5, 8)).toEqual([0.08, 0.065, expect.closeTo(-0.015, 10)]);
  });

  it('does the same from the sidebar', () => {
    const addon = twoQuarters();
    expect(addon.call('buildVarianceNow', '2026-Q3', '2026-Q2')).toEqual({
      ok: true,
      message: 'QoQ Variance rebuilt: 2026-Q2 → 2026-Q3.',
    });
    expect(title(addon)).toBe('2026-Q2 → 2026-Q3');
    expect(tacticFlags(addon)).toMatchObject({ T4: 'Added', T2: 'Dropped' });
  });

  it('refuses the same quarter named twice, in any spelling', () => {
    const addon = twoQuarters();
    const before = addon.emulator.readValues('QoQ Variance');
    addon.emulator.ui.scriptedAnswers.push({ button: Button.OK, text: '2026-Q3, 2026 q3' });
    addon.call('buildVariance');
    const sentence =
      'Both quarters are 2026-Q3: name two different quarters to compare; Snapshot History holds 2026-Q2, 2026-Q3.';
    expect(lastDialog(addon)).toBe(sentence);
    expect(addon.call('buildVarianceNow', '2026-Q3', '2026-Q3')).toEqual({
      ok: false,
      code: 'bad-quarter',
      message: sentence,
    });
    expect(addon.emulator.readValues('QoQ Variance')).toEqual(before);
  });
});

describe('one snapshot: nothing to compare yet', () => {
  const ONE =
    'Snapshot History holds one snapshot (2026-Q2), so there is nothing to compare yet: the variance needs the snapshot of a second quarter.';

  it('says so after the first snapshot instead of comparing it with itself', () => {
    const addon = plannedAddon();
    snapshotAs(addon, '2026-Q2');
    expect(addon.emulator.toasts.at(-1)?.message).toBe(
      'Snapshot 2026-Q2 taken: 2 strategies, 3 tactics. It is the only snapshot, so QoQ Variance has nothing to compare it with yet.',
    );
    expect(addon.emulator.spreadsheet.getSheetByName('QoQ Variance')).toBeNull();
  });

  it('refuses Build QoQ variance… from the menu before asking for quarters, and from the sidebar', () => {
    const addon = plannedAddon();
    snapshotAs(addon, '2026-Q2');
    const dialogs = addon.emulator.ui.dialogs.length;
    addon.call('buildVariance');
    expect(addon.emulator.ui.dialogs.slice(dialogs).map((dialog) => [dialog.kind, dialog.message])).toEqual([
      ['alert', ONE],
    ]);
    expect(addon.call('buildVarianceNow', null, null)).toEqual({ ok: false, code: 'too-few-snapshots', message: ONE });
    expect(addon.emulator.spreadsheet.getSheetByName('QoQ Variance')).toBeNull();
  });

  it('refuses a pair naming the only snapshot and a quarter without one', () => {
    const addon = plannedAddon();
    snapshotAs(addon, '2026-Q2');
    expect(addon.call('buildVarianceNow', '2026-Q1', '2026-Q2')).toEqual({
      ok: false,
      code: 'not-found',
      message: 'There is no snapshot for "2026-Q1"; Snapshot History holds 2026-Q2.',
    });
  });

  it('still compares the replaced snapshot of a quarter with the one before it', () => {
    const addon = twoQuarters();
    snapshotAs(addon, '2026-Q3', Button.YES);
    expect(addon.emulator.toasts.at(-1)?.message).toBe('Snapshot 2026-Q3 replaced: 2 strategies, 3 tactics.');
    expect(title(addon)).toBe('2026-Q2 → 2026-Q3');
  });

  it('compares a quarter snapshotted late, before the earliest, with the next one', () => {
    const addon = twoQuarters();
    const result = addon.call('takeSnapshotNow', '2026-Q1', false) as OperationResult;
    expect(result).toEqual({ ok: true, message: 'Snapshot 2026-Q1 taken: 2 strategies, 3 tactics.' });
    expect(title(addon)).toBe('2026-Q1 → 2026-Q2');
  });
});

describe('QOQ_CHANGE measures the later snapshot minus the earlier one', () => {
  it('gives the same change whichever order the quarters are given in', () => {
    const addon = twoQuarters();
    const forward = addon.call('QOQ_CHANGE', 'S2', 'Current', '2026-Q2', '2026-Q3') as number;
    expect(forward).toBeCloseTo(-0.015, 10);
    expect(addon.call('QOQ_CHANGE', 'S2', 'Current', '2026-Q3', '2026-Q2')).toBe(forward);
    expect(addon.call('QOQ_CHANGE', [['S2'], ['T1']], 'Current', '2026-Q3', '2026-Q2')).toEqual([
      [forward],
      [expect.closeTo(0.3, 10)],
    ]);
  });

  it('refuses the same quarter as both ends, naming it', () => {
    const addon = twoQuarters();
    expect(() => addon.call('QOQ_CHANGE', 'S2', 'Current', '2026-Q3', '2026 q3')).toThrow(
      'QOQ_CHANGE (to_quarter): from_quarter and to_quarter are both 2026-Q3; name two different quarters.',
    );
  });
});
