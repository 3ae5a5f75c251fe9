import { type LoadedAddon, loadAddon } from '../../local/appsScriptRuntime';
import type { WorkbookData } from '../../local/emulator';
import type { OperationResult, SaveResult, StrategyReview } from '../../src/server/api/wireTypes';
import { PLAN, plannedAddon, rewriteRegister, snapshotAs } from '../bundle/fixtures/snapshotScenario';
import { workbookDifferences } from '../fixtures/workbookDiff';
import { tallyFor } from './figures';
import { cellsOf, type FaultRun, internalLeaks, sweepFaults } from './sweep';

const tally = tallyFor('faultSweep');

const REGISTER = ['Strategies', 'Tactics', 'Snapshot History'];
const FAILED =
  /^Strategy Register stopped because Google Sheets reported an error: Service error \(injected at call \d+\): \S+$/;

/** A register with one snapshot (2026-Q2) and a strategy and a tactic still without IDs. */
function registerWithHistory(): LoadedAddon {
  const addon = plannedAddon();
  snapshotAs(addon, '2026-Q2');
  rewriteRegister(
    addon,
    [...PLAN.strategies, { ...PLAN.strategies[0], ID: '', Strategy: 'Grow deal size to 40k', Metric: 'Deal size' }],
    [...PLAN.tactics, { ID: '', 'Strategy ID': 'S2', Tactic: 'Price review', Status: 'Planned' }],
  );
  return addon;
}

/** The workbook with every instant of the current run replaced, so two runs a few ms apart compare equal. */
function timeless(value: unknown): unknown {
  const recent = Date.now() - 10 * 60_000;
  return JSON.parse(
    JSON.stringify(value, function replace(this: Record<string, unknown>, key, raw) {
      const original = this[key];
      if (original instanceof Date || Object.prototype.toString.call(original) === '[object Date]') {
        return (original as Date).getTime() >= recent ? 'NOW' : raw;
      }
      if (typeof raw === 'string' && /^\d{4}-\d\d-\d\dT/.test(raw) && Date.parse(raw) >= recent) return 'NOW';
      return raw;
    }),
  );
}

/** What a run told its user: the error's message, the result's message, or the dialogs. */
function toldUser(run: FaultRun): string {
  if (run.outcome.threw) return run.outcome.error.message;
  const value = run.outcome.value as { message?: unknown } | undefined;
  if (typeof value?.message === 'string') return value.message;
  return run.dialogs.join(' ');
}

/** Runs the operation once with no fault, from the saved workbook, and keeps the workbook it leaves. */
function cleanRun(
  addon: LoadedAddon,
  saved: WorkbookData,
  operation: () => unknown,
): { value: unknown; after: WorkbookData } {
  addon.emulator.importWorkbook(saved);
  const value = operation();
  const after = addon.emulator.exportWorkbook();
  addon.emulator.importWorkbook(saved);
  return { value, after };
}

/**
 * A workbook as one JSON text per sheet (quick to compare), without the ids Sheets gives new
 * sheets and charts, which differ between two equal runs.
 */
function fingerprint(data: WorkbookData): Record<string, string> {
  const drop = (key: string, value: unknown) => (key === 'sheetId' || key === 'chartId' ? undefined : value);
  return Object.fromEntries([
    ['properties', JSON.stringify(data.properties)],
    ...data.sheets.map((sheet) => [sheet.name, JSON.stringify(sheet, drop)]),
  ]);
}

function cellsIn(data: WorkbookData, sheets: readonly string[]): Record<string, unknown> {
  const scratch = loadAddon();
  scratch.emulator.importWorkbook(data);
  return cellsOf(scratch, sheets);
}

/**
 * The work was done and only the closing toast, or releasing the lock (Apps Script releases
 * it when the run ends), failed: nothing to report, nothing to undo.
 */
function toastOnly(run: FaultRun): boolean {
  const closing = ['Spreadsheet.toast', 'SpreadsheetApp.getActiveSpreadsheet', 'Lock.releaseLock'];
  return run.dialogs.length === 0 && closing.includes(run.method);
}

describe('every writing operation, with each of its service calls failing in turn', () => {
  it('Set up register leaves existing cells alone and a re-run finishes the set-up', () => {
    const addon = loadAddon();
    addon.emulator.seedSheet(
      'Strategies',
      [
        ['Strategy', 'Our notes', 'ID', 'Target', 'Baseline', 'Current', 'Status'],
        ['Cut churn from 8% to 5%', '=1+1 stays text', 'S1', 0.05, 0.08, 0.07, 'Active'],
      ],
      { raw: true },
    );
    const saved = addon.emulator.exportWorkbook();
    const before = addon.emulator.readValues('Strategies');
    const setUp = () => addon.call('setUpRegister');
    const clean = cleanRun(addon, saved, setUp).after;
    const faults = sweepFaults(addon, saved, setUp, (run) => {
      if (toastOnly(run)) {
        expect(fingerprint(addon.emulator.exportWorkbook())).toEqual(fingerprint(clean));
        return;
      }
      expect(run.dialogs).toHaveLength(1);
      expect(run.dialogs[0]).toMatch(FAILED);
      const now = addon.emulator.readValues('Strategies');
      expect(now.map((row, r) => row.slice(0, before[r]?.length ?? 0)).slice(0, before.length)).toEqual(before);
      setUp();
      expect(fingerprint(addon.emulator.exportWorkbook())).toEqual(fingerprint(clean));
    });
    tally.figures.faults += faults;
    expect(faults).toBeGreaterThan(20);
  });

  it('Run health check assigns all missing IDs or none, and a re-run completes the findings sheet', () => {
    const addon = registerWithHistory();
    const saved = addon.emulator.exportWorkbook();
    const before = cellsOf(addon, REGISTER);
    const check = () => addon.call('runHealthCheck');
    const clean = cleanRun(addon, saved, check).after;
    const assigned = cellsIn(clean, REGISTER);
    expect(assigned).not.toEqual(before);
    let idsKept = 0;
    const faults = sweepFaults(addon, saved, check, (run) => {
      const register = cellsOf(addon, REGISTER);
      if (run.method === 'Lock.releaseLock' || toastOnly(run)) {
        // The check finished; only its toast or releasing the lock failed (Apps Script releases it when the run ends).
        expect(run.dialogs).toEqual([]);
        expect(cellsOf(addon, [...REGISTER, 'Health check'])).toEqual(cellsIn(clean, [...REGISTER, 'Health check']));
        return;
      }
      expect(run.dialogs).toEqual([expect.stringMatching(FAILED)]);
      if (JSON.stringify(register) !== JSON.stringify(before)) {
        idsKept += 1;
        expect(register).toEqual(assigned);
      }
      check();
      expect(cellsOf(addon, [...REGISTER, 'Health check'])).toEqual(cellsIn(clean, [...REGISTER, 'Health check']));
    });
    tally.figures.faults += faults;
    expect(faults).toBeGreaterThan(5);
    expect(idsKept).toBeGreaterThan(0);
  });

  const NEW_STRATEGY = {
    statement: 'Cut cost per lead from $90 to $60',
    metric: 'Cost per lead',
    unit: '$',
    baseline: '90',
    target: '60',
    current: '84',
    stakeholders: 'Marketing',
    start: '2026-07-01',
    due: '2027-06-30',
    status: 'active',
    confidence: '6',
  };
  const NEW_TACTIC = {
    strategyId: 'S1',
    statement: 'Weekly pipeline review',
    stakeholders: 'Account executives',
    owner: 'Sales ops',
    status: 'planned',
    indicator: 'Reviews held',
    target: '12',
    actual: '',
    start: '',
    due: '2026-12-31',
  };

  it.each([
    ['a new strategy', () => ['saveStrategy', { changes: NEW_STRATEGY }] as const],
    ['a new tactic', () => ['saveTactic', { changes: NEW_TACTIC }] as const],
  ])('a sidebar save of %s changes nothing or the whole row', (_what, call) => {
    const addon = registerWithHistory();
    const [name, input] = call();
    const saved = addon.emulator.exportWorkbook();
    const before = cellsOf(addon, REGISTER);
    const save = () => addon.call(name, input) as SaveResult;
    const clean = cleanRun(addon, saved, save);
    expect(clean.value).toMatchObject({ ok: true });
    const after = cellsIn(clean.after, REGISTER);
    const faults = sweepFaults(addon, saved, save, (run) => {
      if (run.outcome.threw) {
        expect(run.outcome.error.message).toMatch(FAILED);
        expect(cellsOf(addon, REGISTER)).toEqual(before);
      } else {
        // Only releasing the lock failed, after the row was written; Apps Script releases it at the end anyway.
        expect(run.method).toBe('Lock.releaseLock');
        expect(run.outcome.value).toEqual(clean.value);
        expect(cellsOf(addon, REGISTER)).toEqual(after);
      }
    });
    tally.figures.faults += faults;
    expect(faults).toBeGreaterThan(3);
  });

  it.each([
    [
      'a strategy',
      'saveStrategy',
      'strategies',
      'Current',
      { metric: 'Churn (annual)', confidence: '4', due: '2027-06-30' },
    ],
    ['a tactic', 'saveTactic', 'tactics', 'Target', { owner: 'Customer success', actual: '45', start: '2026-07-01' }],
  ] as const)(
    'an edit of %s from the sidebar writes all its changed cells or none, and no other',
    (_what, name, kind, untouched, changes) => {
      const addon = registerWithHistory();
      // A cell the edit does not touch, which the register cannot read.
      const sheet = kind === 'strategies' ? 'Strategies' : 'Tactics';
      const column = (addon.emulator.readValues(sheet)[0] ?? []).indexOf(untouched) + 1;
      addon.emulator.seedSheet(sheet, [['about 7']], { row: 3, column, raw: true });
      const saved = addon.emulator.exportWorkbook();
      const loaded = (addon.call('getRegister') as Record<typeof kind, { row: number; version: string }[]>)[kind][1];
      const before = cellsOf(addon, REGISTER);
      const edit = () => addon.call(name, { row: loaded?.row, version: loaded?.version, changes }) as SaveResult;
      const clean = cleanRun(addon, saved, edit);
      expect(clean.value).toMatchObject({ ok: true, row: 3 });
      const after = cellsIn(clean.after, REGISTER);
      expect(workbookDifferences(saved, clean.after).filter((cell) => cell.endsWith(' value'))).toHaveLength(3);
      const faults = sweepFaults(addon, saved, edit, (run) => {
        const now = cellsOf(addon, REGISTER);
        if (run.outcome.threw) expect(now).toEqual(before);
        else expect(now).toEqual(after);
      });
      tally.figures.faults += faults;
      expect(faults).toBeGreaterThan(3);
    },
  );

  it.each([
    ['the first check-in, which makes the Check-ins sheet', false],
    ['check-ins below hand-typed ones', true],
  ])('a save of %s appends every row and sets every value, or changes nothing', (_what, typedRows) => {
    const addon = registerWithHistory();
    if (typedRows) {
      addon.emulator.seedSheet('Check-ins', [
        ['Date', 'ID', 'Value', 'Confidence', 'Note', 'By'],
        [new Date('2026-07-06T00:00:00Z'), 'S1', 110, 6, 'Typed by hand', 'Sales ops'],
      ]);
    }
    const sheets = [...REGISTER, 'Check-ins'];
    const batch = {
      entries: [
        { id: 'S1', value: '125', confidence: '8', note: '=Two wins' },
        { id: 'T2', value: '3' },
      ],
      by: 'Sales ops',
    };
    const saved = addon.emulator.exportWorkbook();
    const before = cellsOf(addon, sheets);
    const save = () => addon.call('saveCheckIns', batch) as { ok: boolean };
    const clean = cleanRun(addon, saved, save);
    expect(clean.value).toMatchObject({ ok: true, saved: 2 });
    const after = cellsIn(clean.after, sheets);
    expect(after).not.toEqual(before);
    const faults = sweepFaults(addon, saved, save, (run) => {
      if (run.outcome.threw) {
        expect(run.outcome.error.message).toMatch(FAILED);
        expect(cellsOf(addon, sheets)).toEqual(before);
        expect(addon.emulator.spreadsheet.getSheetByName('Check-ins') !== null).toBe(typedRows);
      } else {
        // Saved whole; only releasing the lock, or guarding the sheet after the append (retried next time), failed.
        expect(run.outcome.value).toMatchObject({ ok: true, saved: 2 });
        expect(cellsOf(addon, sheets)).toEqual(after);
      }
    });
    tally.figures.faults += faults;
    expect(faults).toBeGreaterThan(5);
  });

  it('a quarterly review puts every column back, or is saved whole', () => {
    const addon = registerWithHistory();
    const saved = addon.emulator.exportWorkbook();
    const before = cellsOf(addon, REGISTER);
    const reviews: StrategyReview[] = [
      {
        strategyId: 'S1',
        learning: '=HYPERLINK("http://x") is text',
        decision: 'adjust',
        changes: { confidence: '6', current: '0.22' },
        newTarget: '24%',
        tactics: { T1: 'done', T2: 'drop' },
      },
      {
        strategyId: 'S2',
        learning: 'Churn is seasonal',
        decision: 'retire',
        changes: {},
        tactics: { T3: 'drop' },
      },
    ];
    const review = () => addon.call('applyReview', reviews) as OperationResult;
    const clean = cleanRun(addon, saved, review);
    expect(clean.value).toMatchObject({ ok: true });
    const strategies = cellsIn(clean.after, ['Strategies']).Strategies as { values: unknown[][] };
    const [header = [], s1 = [], s2 = []] = strategies.values;
    expect([s1, s2].map((row) => row[header.indexOf('Decision')])).toEqual(['Adjust', 'Retire']);
    const faults = sweepFaults(addon, saved, review, (run) => {
      if (run.outcome.threw) {
        expect(run.outcome.error.message).toMatch(FAILED);
        expect(cellsOf(addon, REGISTER)).toEqual(before);
      } else {
        expect(cellsOf(addon, REGISTER)).toEqual(cellsIn(clean.after, REGISTER));
      }
    });
    tally.figures.faults += faults;
    expect(faults).toBeGreaterThan(8);
  });

  it('a review draft saved while Sheets fails is the new draft or the one before, never a broken one', () => {
    const addon = registerWithHistory();
    const draft = (learning: string, step: number) => ({
      quarter: '2026-Q3',
      step,
      reviews: [
        { strategyId: 'S1', learning, decision: 'pivot', changes: { current: '0.23' }, tactics: { T1: 'keep' } },
      ],
    });
    const older = draft(`Short notes ${'x'.repeat(20_000)}`, 1);
    addon.call('saveReviewDraft', older);
    const saved = addon.emulator.exportWorkbook();
    const newer = draft('Discovery calls matter more than demos.', 2);
    const save = () => addon.call('saveReviewDraft', newer);
    const faults = sweepFaults(addon, saved, save, () => {
      expect([older, newer]).toContainEqual(addon.call('getReviewDraft'));
    });
    tally.figures.faults += faults;
    expect(faults).toBeGreaterThan(2);
  });

  it('a snapshot is not taken at all, or taken whole; a variance it could not rebuild is finished by Build QoQ variance', () => {
    const addon = registerWithHistory();
    const saved = addon.emulator.exportWorkbook();
    const before = cellsOf(addon, REGISTER);
    const snapshot = () => addon.call('takeSnapshotNow', '2026-Q3', false) as OperationResult;
    const clean = cleanRun(addon, saved, snapshot);
    const complete = 'Snapshot 2026-Q3 taken: 3 strategies, 4 tactics.';
    expect(clean.value).toEqual({ ok: true, message: complete });
    const everything = [...REGISTER, 'QoQ Variance'];
    const after = timeless(cellsIn(clean.after, everything));
    let partial = 0;
    const faults = sweepFaults(addon, saved, snapshot, (run) => {
      expect(internalLeaks(toldUser(run).replace(/injected at call \d+/, ''))).toEqual([]);
      if (run.outcome.threw) {
        expect(run.outcome.error.message).toMatch(FAILED);
        expect(cellsOf(addon, REGISTER)).toEqual(before);
        return;
      }
      expect(timeless(cellsOf(addon, REGISTER))).toEqual(timeless(cellsIn(clean.after, REGISTER)));
      const message = (run.outcome.value as OperationResult).message;
      if (message === complete) return; // only the lock's release failed
      partial += 1;
      expect(message).toMatch(
        /^Snapshot 2026-Q3 taken: 3 strategies, 4 tactics\. The QoQ Variance sheet was not rebuilt \(Strategy Register stopped because Google Sheets reported an error: Service error \(injected at call \d+\): \S+\); run Build QoQ variance… to finish\.$/,
      );
      expect(addon.call('buildVarianceNow', null, null)).toEqual({
        ok: true,
        message: 'QoQ Variance rebuilt: 2026-Q2 → 2026-Q3.',
      });
      expect(timeless(cellsOf(addon, everything))).toEqual(after);
    });
    tally.figures.faults += faults;
    expect(faults).toBeGreaterThan(15);
    expect(partial).toBeGreaterThan(5);
  });

  it('a variance rebuild never touches register or history, and a retry rebuilds it whole', () => {
    const addon = registerWithHistory();
    addon.call('takeSnapshotNow', '2026-Q3', false);
    addon.emulator.spreadsheet.deleteSheet(addon.emulator.spreadsheet.getSheetByName('QoQ Variance') as never);
    const saved = addon.emulator.exportWorkbook();
    const before = cellsOf(addon, REGISTER);
    const rebuild = () => addon.call('buildVarianceNow', '2026-Q2', '2026-Q3');
    const clean = cleanRun(addon, saved, rebuild);
    const faults = sweepFaults(addon, saved, rebuild, (run) => {
      if (!run.outcome.threw) {
        // Only releasing the lock failed, after the sheet was rebuilt.
        expect(run.method).toBe('Lock.releaseLock');
        expect(run.outcome.value).toEqual(clean.value);
        return;
      }
      expect(toldUser(run)).toMatch(FAILED);
      expect(cellsOf(addon, REGISTER)).toEqual(before);
      expect(rebuild()).toEqual(clean.value);
      expect(fingerprint(addon.emulator.exportWorkbook())).toEqual(fingerprint(clean.after));
    });
    tally.figures.faults += faults;
    expect(faults).toBeGreaterThan(10);
  });

  it('settings are saved whole or not at all, and no cell changes', () => {
    const addon = registerWithHistory();
    const saved = addon.emulator.exportWorkbook();
    const save = () =>
      // The fiscal year start month stays: snapshots in history are labelled in its calendar.
      addon.call('saveSettings', {
        fiscalYearStartMonth: 1,
        reviewCadence: 'monthly',
        stakeholderGroups: ['Sales Ops', 'Jane’s team', '=1+1'],
      });
    const clean = cleanRun(addon, saved, save);
    const faults = sweepFaults(addon, saved, save, (run) => {
      if (!run.outcome.threw) {
        // Only releasing the lock failed, after the settings were saved.
        expect(run.method).toBe('Lock.releaseLock');
        expect(fingerprint(addon.emulator.exportWorkbook())).toEqual(fingerprint(clean.after));
        return;
      }
      expect(toldUser(run)).toMatch(FAILED);
      expect(fingerprint(addon.emulator.exportWorkbook())).toEqual(fingerprint(saved));
    });
    expect(clean.after.properties.document).toMatchObject({ 'settings.reviewCadence': 'monthly' });
    tally.figures.faults += faults;
    expect(faults).toBeGreaterThan(0);
  });
});
