import { Button } from '../../local/emulator';
import type { OperationResult, SnapshotOffer } from '../../src/server/api/wireTypes';
import { quartersNow } from './fixtures/quarters';
import { PLAN, plannedAddon, rewriteRegister, snapshotAs } from './fixtures/snapshotScenario';

const HOSTILE = ['=1+1', '+cmd', '-2', '@SUM(A1)', '=IMPORTXML("http://x","//a")'];

describe('text survives snapshot → history → variance as the same text', () => {
  it.each(HOSTILE)('keeps %s in every text column', (text) => {
    const addon = plannedAddon();
    const hostile = {
      Strategy: text,
      Metric: text,
      Unit: text,
      Stakeholders: text,
      Learning: text,
    };
    const tactic = {
      ...PLAN.tactics[0],
      Tactic: text,
      Stakeholders: text,
      Owner: text,
      Indicator: text,
      Learning: text,
    };
    rewriteRegister(addon, [{ ...PLAN.strategies[0], ...hostile }], [tactic]);
    snapshotAs(addon, '2026-Q2');
    // The tactic moves, so the variance lists it (unchanged tactics are only counted).
    rewriteRegister(addon, [{ ...PLAN.strategies[0], ...hostile }], [{ ...tactic, Actual: 99 }]);
    snapshotAs(addon, '2026-Q3');
    const history = addon.emulator.readValues('Snapshot History');
    const header = history[0] ?? [];
    const textColumns = ['Statement', 'Metric', 'Unit', 'Stakeholders', 'Learning'].map((name) => header.indexOf(name));
    for (const row of history.slice(1).filter((r) => r[2] === 'Strategy')) {
      expect(textColumns.map((column) => row[column])).toEqual([text, text, text, text, text]);
    }
    const tacticRow = history.find((row) => row[2] === 'Tactic') ?? [];
    expect(['Statement', 'Owner', 'Indicator'].map((name) => tacticRow[header.indexOf(name)])).toEqual([
      text,
      text,
      text,
    ]);
    const variance = addon.emulator.readValues('QoQ Variance');
    expect(variance.flat().filter((cell) => cell === text).length).toBeGreaterThanOrEqual(2);
    const formulas = addon.emulator
      .readFormulas('Snapshot History')
      .flat()
      .filter((formula) => formula !== '');
    expect(formulas).toEqual([]);
    const varianceFormulas = addon.emulator
      .readFormulas('QoQ Variance')
      .flat()
      .filter((formula) => formula !== '');
    expect(varianceFormulas.every((formula) => formula.startsWith('=SPARKLINE('))).toBe(true);
  });
});

describe('snapshot and variance from the sidebar', () => {
  it('suggests a quarter, asks before replacing, and replaces on request', () => {
    const addon = plannedAddon();
    const plan = addon.call('snapshotPlan') as SnapshotOffer;
    expect(plan.quartersInHistory).toEqual([]);
    expect([plan.currentQuarter, plan.previousQuarter]).toContain(plan.suggestedQuarter);
    expect(addon.call('takeSnapshotNow', '2026 q2', false)).toEqual({
      ok: true,
      message:
        'Snapshot 2026-Q2 taken: 2 strategies, 3 tactics. It is the only snapshot, so QoQ Variance has nothing to compare it with yet.',
    });
    const again = addon.call('takeSnapshotNow', '2026-Q2', false) as OperationResult;
    expect(again).toEqual({
      ok: false,
      code: 'snapshot-exists',
      message: 'A snapshot of 2026-Q2 already exists.',
      confirm: 'Replace the snapshot of 2026-Q2? Its rows stay in the history, marked superseded.',
    });
    expect((addon.call('takeSnapshotNow', '2026-Q2', true) as OperationResult).message).toMatch(
      /^Snapshot 2026-Q2 replaced: 2 strategies, 3 tactics\./,
    );
    expect(addon.call('takeSnapshotNow', 'last quarter', false)).toEqual({
      ok: false,
      code: 'bad-quarter',
      message: `"last quarter" is not a quarter of this register: its fiscal year starts in January, so quarters are written like ${plan.currentQuarter} (the current quarter).`,
    });
  });

  it('rebuilds the variance for the two latest or two chosen quarters', () => {
    const addon = plannedAddon();
    for (const quarter of ['2026-Q1', '2026-Q2', '2026-Q3']) addon.call('takeSnapshotNow', quarter, false);
    expect(addon.call('buildVarianceNow', null, null)).toEqual({
      ok: true,
      message: 'QoQ Variance rebuilt: 2026-Q2 → 2026-Q3.',
    });
    expect(addon.call('buildVarianceNow', '2026-Q1', '2026-Q3')).toEqual({
      ok: true,
      message: 'QoQ Variance rebuilt: 2026-Q1 → 2026-Q3.',
    });
    expect(addon.call('buildVarianceNow', '2025-Q4', '2026-Q3')).toEqual({
      ok: false,
      code: 'not-found',
      message: 'There is no snapshot for "2025-Q4"; Snapshot History holds 2026-Q1, 2026-Q2, 2026-Q3.',
    });
    expect(addon.call('buildVarianceNow', '2026-Q1', null)).toEqual({
      ok: false,
      code: 'bad-argument',
      message: 'Name both quarters to compare, or neither for the two latest snapshots.',
    });
  });
});

describe('Build QoQ variance… (menu)', () => {
  it('compares the quarters the user types, or the two latest when left empty', () => {
    const addon = plannedAddon();
    for (const quarter of ['2026-Q1', '2026-Q2', '2026-Q3']) addon.call('takeSnapshotNow', quarter, false);
    addon.emulator.ui.scriptedAnswers.push({ button: Button.OK, text: '2026-Q1 → 2026-Q3' });
    addon.call('buildVariance');
    expect(addon.emulator.toasts.at(-1)?.message).toBe('QoQ Variance rebuilt: 2026-Q1 → 2026-Q3.');
    expect(addon.emulator.readValues('QoQ Variance')[0]?.[0]).toBe('2026-Q1 → 2026-Q3');
    addon.emulator.ui.scriptedAnswers.push({ button: Button.OK, text: '' });
    addon.call('buildVariance');
    expect(addon.emulator.toasts.at(-1)?.message).toBe('QoQ Variance rebuilt: 2026-Q2 → 2026-Q3.');
  });

  it('lists the quarters it can compare when it asks', () => {
    const addon = plannedAddon();
    for (const quarter of ['2026-Q1', '2026-Q2', '2026-Q3']) addon.call('takeSnapshotNow', quarter, false);
    addon.emulator.ui.scriptedAnswers.push({ button: Button.CANCEL });
    addon.call('buildVariance');
    expect(addon.emulator.ui.dialogs.at(-1)?.message).toBe(
      'Compare which two quarters? Snapshot History holds 2026-Q1, 2026-Q2, 2026-Q3. Leave empty for the two latest (2026-Q2 → 2026-Q3), or write two quarters such as 2026-Q2 2026-Q3.',
    );
  });

  it('explains what is wrong with what was typed', () => {
    const addon = plannedAddon();
    for (const quarter of ['2026-Q1', '2026-Q2', '2026-Q3']) addon.call('takeSnapshotNow', quarter, false);
    addon.emulator.ui.scriptedAnswers.push({ button: Button.OK, text: '2026-Q1 2026-Q2 2026-Q3' });
    addon.call('buildVariance');
    expect(addon.emulator.ui.dialogs.at(-1)?.message).toBe(
      '"2026-Q1 2026-Q2 2026-Q3" does not name two quarters; write them like 2026-Q2 2026-Q3.',
    );
    addon.emulator.ui.scriptedAnswers.push({ button: Button.OK, text: 'Q1 please' });
    addon.call('buildVariance');
    expect(addon.emulator.ui.dialogs.at(-1)?.message).toBe(
      `"Q1" is not a quarter of this register: its fiscal year starts in January, so quarters are written like ${quartersNow().current} (the current quarter).`,
    );
  });

  it('says there is nothing to compare before the first snapshot, without asking', () => {
    const addon = plannedAddon();
    addon.call('buildVariance');
    expect(addon.emulator.ui.dialogs.map((dialog) => dialog.kind)).toEqual(['alert']);
    expect(addon.emulator.ui.dialogs.at(-1)?.message).toBe(
      'There are no snapshots yet: take one with Extensions → Strategy Register → Take quarterly snapshot…',
    );
  });
});

describe('a Snapshot History whose columns a user reordered', () => {
  it('appends by header name, leaves the user column blank and still builds the variance', () => {
    const addon = plannedAddon();
    addon.call('takeSnapshotNow', '2026-Q2', false);
    const history = addon.emulator.readValues('Snapshot History');
    const reordered = history.map((row, index) => [index === 0 ? 'Our notes' : 'kept', ...[...row].reverse()]);
    addon.emulator.spreadsheet.deleteSheet(addon.emulator.spreadsheet.getSheetByName('Snapshot History') as never);
    addon.emulator.seedSheet('Snapshot History', reordered, { raw: true });

    expect((addon.call('takeSnapshotNow', '2026-Q3', false) as OperationResult).message).toBe(
      'Snapshot 2026-Q3 taken: 2 strategies, 3 tactics.',
    );
    const after = addon.emulator.readValues('Snapshot History');
    const header = after[0] ?? [];
    const added = after.slice(history.length);
    expect(added.map((row) => [row[0], row[header.indexOf('Quarter')], row[header.indexOf('ID')]])).toEqual([
      ['', '2026-Q3', 'S1'],
      ['', '2026-Q3', 'T1'],
      ['', '2026-Q3', 'T2'],
      ['', '2026-Q3', 'S2'],
      ['', '2026-Q3', 'T3'],
    ]);
    expect(addon.emulator.readValues('QoQ Variance')[0]?.[0]).toBe('2026-Q2 → 2026-Q3');
  });
});
