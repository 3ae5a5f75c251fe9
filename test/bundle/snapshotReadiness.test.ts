import type { LoadedAddon } from '../../local/appsScriptRuntime';
import type { SnapshotOffer } from '../../src/server/api/wireTypes';
import { addonWithRegister } from './fixtures/register';
import { PLAN, plannedAddon, rewriteRegister } from './fixtures/snapshotScenario';

const NOTHING =
  'There is nothing to snapshot yet: the Strategies and Tactics sheets hold no strategies or tactics. Add a strategy, then take the snapshot.';
const NO_TACTICS_SHEET =
  'There is no "Tactics" sheet; the sheet "Our tactics" has its headers: if it was renamed, name it Tactics again.';

/** The dialogs a menu item showed, as [kind, message]. */
function dialogsOf(addon: LoadedAddon, run: () => void): [string, string][] {
  const before = addon.emulator.ui.dialogs.length;
  run();
  return addon.emulator.ui.dialogs.slice(before).map((dialog) => [dialog.kind, dialog.message]);
}

describe('a snapshot checks the register before it asks for the quarter', () => {
  it('refuses an empty register from the menu with one sentence and asks nothing', () => {
    const addon = addonWithRegister([], []);
    const before = addon.emulator.cellsSnapshot();
    expect(dialogsOf(addon, () => addon.call('takeSnapshot'))).toEqual([['alert', NOTHING]]);
    expect(addon.emulator.toasts).toEqual([]);
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
  });

  it('refuses an empty register from the sidebar, in the plan and in the snapshot itself', () => {
    const addon = addonWithRegister([], []);
    expect((addon.call('snapshotPlan') as SnapshotOffer).refusal).toBe(NOTHING);
    expect(addon.call('takeSnapshotNow', '2026-Q3', false)).toEqual({
      ok: false,
      code: 'nothing-to-snapshot',
      message: NOTHING,
    });
    expect(addon.emulator.spreadsheet.getSheetByName('Snapshot History')).toBeNull();
  });

  it('counts a register emptied after earlier snapshots as empty too', () => {
    const addon = plannedAddon();
    addon.call('takeSnapshotNow', '2026-Q2', false);
    rewriteRegister(addon, [], []);
    const history = addon.emulator.readValues('Snapshot History');
    expect(addon.call('takeSnapshotNow', '2026-Q3', false)).toEqual({
      ok: false,
      code: 'nothing-to-snapshot',
      message: NOTHING,
    });
    expect(addon.emulator.readValues('Snapshot History')).toEqual(history);
  });

  it('names a missing Tactics sheet before asking which quarter', () => {
    const addon = plannedAddon();
    addon.emulator.spreadsheet.getSheetByName('Tactics')?.setName('Our tactics');
    expect(dialogsOf(addon, () => addon.call('takeSnapshot'))).toEqual([['alert', NO_TACTICS_SHEET]]);
    expect((addon.call('snapshotPlan') as SnapshotOffer).refusal).toBe(NO_TACTICS_SHEET);
  });

  it('lists the findings that block a snapshot before asking which quarter', () => {
    const addon = plannedAddon();
    rewriteRegister(addon, PLAN.strategies, [...PLAN.tactics, { ID: 'T9', 'Strategy ID': 'S7', Tactic: 'Orphan' }]);
    const dialogs = dialogsOf(addon, () => addon.call('takeSnapshot'));
    expect(dialogs).toHaveLength(1);
    expect(dialogs[0]?.[1]).toMatch(
      /^The snapshot was not taken, because one problem would make the history ambiguous\./,
    );
  });

  it('asks for the quarter of a register it can snapshot, and has no refusal in the plan', () => {
    const addon = plannedAddon();
    expect((addon.call('snapshotPlan') as SnapshotOffer).refusal).toBeUndefined();
    const dialogs = dialogsOf(addon, () => addon.call('takeSnapshot'));
    expect(dialogs[0]?.[0]).toBe('alert');
    expect(dialogs[0]?.[1]).toMatch(/^Take the quarterly snapshot for /);
    expect(addon.emulator.toasts.at(-1)?.message).toMatch(/taken: 2 strategies, 3 tactics/);
  });
});
