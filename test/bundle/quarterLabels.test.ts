import { Button } from '../../local/emulator';
import { HISTORY_HEADERS } from '../../src/domain/history/historySchema';
import type { OperationResult, SettingsView } from '../../src/server/api/wireTypes';
import { historyGrid, strategy } from '../unit/history/fixtures';
import { quartersNow } from './fixtures/quarters';
import { plannedAddon, snapshotAs } from './fixtures/snapshotScenario';

const JANUARY = quartersNow(1);
const JULY = quartersNow(7);

function julyAddon() {
  const addon = plannedAddon();
  const saved = addon.call('saveSettings', {
    fiscalYearStartMonth: 7,
    reviewCadence: 'quarterly',
    stakeholderGroups: [],
  }) as OperationResult;
  expect(saved.ok).toBe(true);
  return addon;
}

const lastDialog = (addon: ReturnType<typeof plannedAddon>) => addon.emulator.ui.dialogs.at(-1)?.message;
const historySheet = (addon: ReturnType<typeof plannedAddon>) =>
  addon.emulator.spreadsheet.getSheetByName('Snapshot History');

describe('Take quarterly snapshot… reads the quarter in the register’s own calendar', () => {
  it('refuses a fiscal-year label on a register whose year starts in January, naming the form and the current quarter', () => {
    const addon = plannedAddon();
    snapshotAs(addon, 'FY2027-Q1');
    expect(lastDialog(addon)).toBe(
      `"FY2027-Q1" is not a quarter of this register: its fiscal year starts in January, so quarters are written like ${JANUARY.current} (the current quarter).`,
    );
    expect(historySheet(addon)).toBeNull();
  });

  it('refuses a calendar label on a register whose fiscal year starts in July', () => {
    const addon = julyAddon();
    snapshotAs(addon, '2026-Q3');
    expect(lastDialog(addon)).toBe(
      `"2026-Q3" is not a quarter of this register: its fiscal year starts in July, so quarters are written like ${JULY.current} (the current quarter).`,
    );
    expect(historySheet(addon)).toBeNull();
  });

  it('refuses a quarter that has not begun, and one years ahead', () => {
    const addon = plannedAddon();
    snapshotAs(addon, JANUARY.next);
    expect(lastDialog(addon)).toBe(
      `${JANUARY.next} has not begun yet: a snapshot is for the current quarter (${JANUARY.current}) or one that has ended.`,
    );
    snapshotAs(addon, '2931-Q4');
    expect(lastDialog(addon)).toBe(
      `2931-Q4 has not begun yet: a snapshot is for the current quarter (${JANUARY.current}) or one that has ended.`,
    );
    expect(historySheet(addon)).toBeNull();
  });

  it('takes the current or an ended quarter written in the register’s form, in any case and spacing', () => {
    const addon = julyAddon();
    snapshotAs(addon, JULY.previous.toLowerCase().replace('-', ' '));
    expect(addon.emulator.toasts.at(-1)?.message).toMatch(new RegExp(`^Snapshot ${JULY.previous} taken: `));
    snapshotAs(addon, JULY.current);
    expect(addon.emulator.toasts.at(-1)?.message).toMatch(new RegExp(`^Snapshot ${JULY.current} taken: `));
  });

  it('says how to write a quarter when the answer is not one', () => {
    const addon = plannedAddon();
    snapshotAs(addon, 'last quarter');
    expect(lastDialog(addon)).toBe(
      `"last quarter" is not a quarter of this register: its fiscal year starts in January, so quarters are written like ${JANUARY.current} (the current quarter).`,
    );
  });
});

describe('the sidebar’s snapshot applies the same rule', () => {
  it('refuses another calendar’s label and a later quarter with the same sentences, writing nothing', () => {
    const addon = plannedAddon();
    expect(addon.call('takeSnapshotNow', 'FY2027-Q1', false)).toEqual({
      ok: false,
      code: 'bad-quarter',
      message: `"FY2027-Q1" is not a quarter of this register: its fiscal year starts in January, so quarters are written like ${JANUARY.current} (the current quarter).`,
    });
    expect(addon.call('takeSnapshotNow', '2031-Q4', false)).toEqual({
      ok: false,
      code: 'bad-quarter',
      message: `2031-Q4 has not begun yet: a snapshot is for the current quarter (${JANUARY.current}) or one that has ended.`,
    });
    expect(historySheet(addon)).toBeNull();
  });

  it('offers only quarters it would accept', () => {
    const addon = julyAddon();
    const plan = addon.call('snapshotPlan') as { suggestedQuarter: string; currentQuarter: string };
    expect(plan.currentQuarter).toBe(JULY.current);
    const taken = addon.call('takeSnapshotNow', plan.suggestedQuarter, false) as OperationResult;
    expect(taken.ok).toBe(true);
  });
});

describe('Build QoQ variance… reads both quarters in the register’s calendar', () => {
  it('refuses a label of the other calendar from the menu and from the sidebar', () => {
    const addon = plannedAddon();
    for (const quarter of ['2026-Q1', '2026-Q2']) addon.call('takeSnapshotNow', quarter, false);
    addon.emulator.ui.scriptedAnswers.push({ button: Button.OK, text: 'FY2026-Q1 2026-Q2' });
    addon.call('buildVariance');
    const sentence = `"FY2026-Q1" is not a quarter of this register: its fiscal year starts in January, so quarters are written like ${JANUARY.current} (the current quarter).`;
    expect(lastDialog(addon)).toBe(sentence);
    expect(addon.call('buildVarianceNow', 'FY2026-Q1', '2026-Q2')).toEqual({
      ok: false,
      code: 'bad-quarter',
      message: sentence,
    });
  });
});

describe('Settings… and the calendar of existing snapshots', () => {
  const settings = (fiscalYearStartMonth: number): SettingsView => ({
    fiscalYearStartMonth,
    reviewCadence: 'quarterly',
    stakeholderGroups: ['Sales ops'],
    checkInCadenceDays: 14,
  });

  it('changes the fiscal year start month freely before the first snapshot', () => {
    const addon = plannedAddon();
    expect((addon.call('saveSettings', settings(4)) as OperationResult).ok).toBe(true);
    expect((addon.call('getSettings') as SettingsView).fiscalYearStartMonth).toBe(4);
  });

  it('refuses to move the fiscal year under existing snapshots, saves nothing, and says how to start anew', () => {
    const addon = plannedAddon();
    for (const quarter of ['2026-Q2', '2026-Q3']) addon.call('takeSnapshotNow', quarter, false);
    const locked =
      'The fiscal year start month stays January: Snapshot History holds 2026-Q2, 2026-Q3, labelled in that calendar, and under another start month the same labels would name other months. To change it, first rename the Snapshot History sheet to keep it aside; the next snapshot then starts a new history.';
    expect(addon.call('saveSettings', settings(7))).toEqual({ ok: false, code: 'invalid-setting', message: locked });
    expect(addon.call('getSettings')).toEqual({
      fiscalYearStartMonth: 1,
      reviewCadence: 'quarterly',
      stakeholderGroups: [],
      checkInCadenceDays: 14,
      fiscalYearLocked: locked,
    });
    // The other settings still save while the month stays.
    expect((addon.call('saveSettings', settings(1)) as OperationResult).ok).toBe(true);
    expect((addon.call('getSettings') as SettingsView).stakeholderGroups).toEqual(['Sales ops']);
  });

  it('lets the month change once the old history is set aside, and the new calendar’s labels are then valid', () => {
    const addon = plannedAddon();
    addon.call('takeSnapshotNow', '2026-Q2', false);
    historySheet(addon)?.setName('Snapshot History (calendar year)');
    expect((addon.call('saveSettings', settings(7)) as OperationResult).ok).toBe(true);
    const taken = addon.call('takeSnapshotNow', JULY.previous, false) as OperationResult;
    expect(taken.message).toMatch(new RegExp(`^Snapshot ${JULY.previous} taken: 2 strategies, 3 tactics.`));
    const quarters = addon.emulator
      .readValues('Snapshot History')
      .slice(1)
      .map((row) => row[0]);
    expect(new Set(quarters)).toEqual(new Set([JULY.previous]));
  });
});

describe('a history that already mixes calendars or holds a quarter not begun', () => {
  /** Snapshot History as an earlier version could leave it: 2026-Q2, 2026-Q3, then FY2027-Q1 typed by mistake. */
  function mixedHistoryAddon() {
    const addon = plannedAddon();
    const rows = (quarter: string, takenAt: string) =>
      historyGrid({ quarter, takenAt: new Date(takenAt), strategies: [strategy({ id: 'S1' })], tactics: [] }).slice(1);
    addon.emulator.seedSheet(
      'Snapshot History',
      [
        [...HISTORY_HEADERS],
        ...rows('2026-Q2', '2026-06-30T12:00:00Z'),
        ...rows('2026-Q3', '2026-09-30T12:00:00Z'),
        ...rows('FY2027-Q1', '2026-10-05T12:00:00Z'),
      ],
      { raw: true },
    );
    return addon;
  }

  it('never compares a label the register cannot read by default, and names it', () => {
    const addon = mixedHistoryAddon();
    const refusal = `Snapshot History holds a snapshot labelled FY2027-Q1, which is not a quarter of this register (its fiscal year starts in January, so quarters are written like ${JANUARY.current}). Name the two quarters to compare, or delete that snapshot's rows.`;
    expect(addon.call('buildVarianceNow', null, null)).toEqual({ ok: false, code: 'bad-quarter', message: refusal });
    addon.emulator.ui.scriptedAnswers.push({ button: Button.OK, text: '' });
    addon.call('buildVariance');
    expect(lastDialog(addon)).toBe(refusal);
    expect(addon.emulator.spreadsheet.getSheetByName('QoQ Variance')).toBeNull();
  });

  it('still compares two quarters of the register’s calendar that the user names', () => {
    const addon = mixedHistoryAddon();
    expect(addon.call('buildVarianceNow', '2026-Q3', '2026-Q2')).toEqual({
      ok: true,
      message: 'QoQ Variance rebuilt: 2026-Q2 → 2026-Q3.',
    });
  });
});
