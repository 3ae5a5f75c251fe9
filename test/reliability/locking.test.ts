import { type LoadedAddon, loadAddon } from '../../local/appsScriptRuntime';
import { Button } from '../../local/emulator';
import { decodeFailure } from '../../src/server/api/failureWire';
import type { StrategyReview } from '../../src/server/api/wireTypes';
import { seedLayout } from '../bundle/fixtures/importScenario';
import { PLAN, plannedAddon, rewriteRegister, snapshotAs } from '../bundle/fixtures/snapshotScenario';
import { OKR_SHEET } from '../fixtures/import/sourceLayouts';
import { tallyFor } from './figures';

const tally = tallyFor('locking');

/** Calls that change the spreadsheet or its properties; reads, dialogs, toasts and the cache are not. */
const WRITES =
  /^(Range|Sheet|Spreadsheet|Protection|EmbeddedChart)\.(set|insert|delete|clear|append|protect|remove|hide|show|merge|sort|copy|move|update|add|unprotect)|^Properties\.(set|delete)/;
const DIALOGS = /^Ui\.(alert|prompt)$/;

/** A register with two snapshots, a strategy and a tactic still without IDs, and no variance sheet. */
function busyRegister(): LoadedAddon {
  const addon = plannedAddon();
  snapshotAs(addon, '2026-Q2');
  rewriteRegister(
    addon,
    [...PLAN.strategies, { ...PLAN.strategies[0], ID: '', Strategy: 'Grow deal size to 40k', Metric: 'Deal size' }],
    [...PLAN.tactics, { ID: '', 'Strategy ID': 'S2', Tactic: 'Price review', Status: 'Planned' }],
  );
  snapshotAs(addon, '2026-Q3');
  addon.emulator.spreadsheet.deleteSheet(addon.emulator.spreadsheet.getSheetByName('QoQ Variance') as never);
  addon.emulator.ui.dialogs.length = 0;
  return addon;
}

const STRATEGY_FORM = {
  statement: 'Lift net revenue retention from 95% to 105%',
  metric: 'Net revenue retention',
  unit: '%',
  baseline: '95%',
  target: '105%',
  current: '97%',
  stakeholders: 'Customer success',
  start: '2026-10-01',
  due: '2027-09-30',
  status: 'Active',
  confidence: '6',
};
const TACTIC_FORM = {
  strategyId: 'S1',
  statement: 'Coach every rep on discovery calls',
  stakeholders: 'Account executives',
  owner: 'Dana',
  status: 'Planned',
  indicator: 'Calls coached',
  target: '40',
  actual: '',
  start: '',
  due: '',
};
const REVIEW: StrategyReview = {
  strategyId: 'S1',
  learning: 'Pricing matters',
  decision: 'keep',
  changes: { confidence: '7' },
  tactics: {},
};
const SETTINGS = { fiscalYearStartMonth: 1, reviewCadence: 'monthly', stakeholderGroups: ['Sales ops'] };
const DRAFT = { quarter: '2026-Q4', step: 1, reviews: [REVIEW] };
const PLAN_SHEET = OKR_SHEET.sheet;

type Writer = readonly [kind: 'menu' | 'rpc', name: string, args: readonly unknown[], what: string];

/** Every entry point that writes, as a user runs it, with the operation its busy sentence names. */
const WRITERS: readonly Writer[] = [
  ['menu', 'setUpRegister', [], 'Set up register'],
  ['rpc', 'setUpRegisterNow', [], 'Set up register'],
  ['menu', 'runHealthCheck', [], 'The health check'],
  ['rpc', 'checkRegister', [], 'The health check'],
  ['menu', 'takeSnapshot', [], 'The snapshot'],
  ['rpc', 'takeSnapshotNow', ['2026-Q4', false], 'The snapshot'],
  ['menu', 'buildVariance', [], 'Building the variance sheet'],
  ['rpc', 'buildVarianceNow', [null, null], 'Building the variance sheet'],
  ['rpc', 'saveStrategy', [{ changes: STRATEGY_FORM }], 'Saving the strategy'],
  ['rpc', 'saveTactic', [{ changes: TACTIC_FORM }], 'Saving the tactic'],
  ['rpc', 'applyReview', [[REVIEW]], 'Saving the review'],
  ['rpc', 'saveSettings', [SETTINGS], 'Saving the settings'],
  ['rpc', 'saveReviewDraft', [DRAFT], 'Saving the review draft'],
  ['rpc', 'saveCheckIns', [{ entries: [{ id: 'S1', value: '120', note: 'Two wins' }] }], 'Saving the check-ins'],
  ['menu', 'importPlan', [], 'Importing the plan'],
  ['rpc', 'importPlanNow', [PLAN_SHEET, null], 'Importing the plan'],
  ['menu', 'buildRollup', [], 'Building the roll-up'],
  ['rpc', 'buildRollupNow', [], 'Building the roll-up'],
];

/** Entry points that read only, with arguments a user's sidebar would send. */
const READERS: readonly Writer[] = [
  ['menu', 'openRegister', [], ''],
  ['menu', 'openSettings', [], ''],
  ['menu', 'openCheckIn', [], ''],
  ['rpc', 'getRegister', [], ''],
  ['rpc', 'selectCell', ['Strategies', 'B2'], ''],
  ['rpc', 'getSettings', [], ''],
  ['rpc', 'getReviewDraft', [], ''],
  ['rpc', 'snapshotPlan', [], ''],
  ['rpc', 'importPreview', [PLAN_SHEET, null], ''],
];

/** The workbook a writer starts from: Set up needs a spreadsheet with no register yet, the import a plan on the active sheet. */
function startFor(name: string): LoadedAddon {
  if (name.startsWith('setUpRegister')) return loadAddon();
  const addon = busyRegister();
  if (name.startsWith('import')) seedLayout(addon, OKR_SHEET);
  return addon;
}

/** Runs an entry point as Sheets would, and returns what the user was told when it stopped short. */
function run(
  addon: LoadedAddon,
  [kind, name, args]: Writer,
  others: ReadonlySet<number> = new Set(),
): string | undefined {
  const dialogs = addon.emulator.ui.dialogs.length;
  try {
    addon.call(name, ...args);
  } catch (error) {
    // The sidebar's client shows this sentence; the `busy` code in front of it is for the sidebar to react to.
    const failure = decodeFailure((error as Error).message);
    if (failure.code !== 'busy') return (error as Error).message;
    return failure.message;
  }
  // A menu item says why it stopped in a dialog with only an OK button; its questions have more.
  const said = addon.emulator.ui.dialogs
    .map((dialog, index) => ({ dialog, index }))
    .filter(({ dialog, index }) => index >= dialogs && !others.has(index) && dialog.buttons === 'OK');
  return kind === 'menu' ? said.at(-1)?.dialog.message : undefined;
}

/** Watches every service call `addon` makes, with which locks this execution holds at that moment. */
function watch(addon: LoadedAddon, seen: (method: string, held: { document: boolean; user: boolean }) => void) {
  const { calls, locks } = addon.emulator;
  const record = calls.record.bind(calls);
  calls.record = (method: string) => {
    record(method);
    seen(method, { document: locks.holder('document') === 'self', user: locks.holder('user') === 'self' });
  };
}

describe('the document lock, declared with each entry point', () => {
  it('asks whether to replace a quarter’s snapshot before it takes the lock, and replaces it under the lock', () => {
    const addon = busyRegister();
    const questions: string[] = [];
    const unlockedWrites: string[] = [];
    watch(addon, (method, held) => {
      if (DIALOGS.test(method)) questions.push(`${method}${held.document ? ' (locked)' : ''}`);
      if (WRITES.test(method) && !held.document) unlockedWrites.push(method);
    });
    snapshotAs(addon, '2026-Q3', Button.YES);
    expect(questions).toEqual(['Ui.alert', 'Ui.prompt', 'Ui.alert']);
    expect(unlockedWrites).toEqual([]);
    expect(addon.emulator.toasts.at(-1)?.message).toBe('Snapshot 2026-Q3 replaced: 3 strategies, 4 tactics.');
  });

  it('lists every menu item and sidebar call here, as a writer or a reader', () => {
    const entries = (addon: LoadedAddon) =>
      (addon.scope.StrategyRegister as { ENTRY_POINTS: { kind: string; name: string }[] }).ENTRY_POINTS.filter(
        (entry) => entry.kind === 'menu' || entry.kind === 'rpc',
      ).map((entry) => entry.name);
    const listed = [...WRITERS, ...READERS].map(([, name]) => name);
    expect([...listed].sort()).toEqual(entries(loadAddon()).sort());
  });

  it.each([...WRITERS, ...READERS])(
    '%s %s writes only under its lock, and asks nothing while it holds the document lock',
    (kind, name, args, what) => {
      const addon = startFor(name);
      const unlockedWrites: string[] = [];
      const lockedDialogs: string[] = [];
      watch(addon, (method, held) => {
        const ownProperties = method.startsWith('Properties.') && held.user;
        if (WRITES.test(method) && !held.document && !ownProperties) unlockedWrites.push(method);
        if (DIALOGS.test(method) && held.document) lockedDialogs.push(method);
      });
      const told = run(addon, [kind, name, args, what]);
      expect({ told, unlockedWrites, lockedDialogs }).toEqual({
        told: undefined,
        unlockedWrites: [],
        lockedDialogs: [],
      });
      tally.figures.operationRuns += 1;
    },
  );
});

/**
 * Runs `second` (another user's execution on the same spreadsheet) at the first change the
 * first execution makes, while it holds its lock as far as the second can tell, then lets
 * the first carry on. Tells whether the first made a change, and which dialogs the second showed.
 */
function interleave(first: LoadedAddon, second: () => void): { wrote: () => boolean; dialogs: Set<number> } {
  const { calls, locks, ui } = first.emulator;
  const record = calls.record.bind(calls);
  const dialogs = new Set<number>();
  let done = false;
  calls.record = (method: string) => {
    record(method);
    if (done || !WRITES.test(method)) return;
    done = true;
    const mine = { document: locks.holder('document'), user: locks.holder('user') };
    locks.holdDocumentLockElsewhere();
    locks.holdUserLockElsewhere();
    const before = ui.dialogs.length;
    try {
      second();
    } finally {
      for (let index = before; index < ui.dialogs.length; index++) dialogs.add(index);
      locks.releaseElsewhere();
      if (mine.document === 'self') locks.take('document');
      if (mine.user === 'self') locks.take('user');
    }
  };
  return { wrote: () => done, dialogs };
}

/** Cells of every sheet, with instants of this run (Taken at, the history version) written as NOW. */
function cellsNow(addon: LoadedAddon): string {
  const recent = Date.now() - 10 * 60_000;
  return JSON.stringify(addon.emulator.cellsSnapshot())
    .replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/g, (iso) => (Date.parse(iso) >= recent ? 'NOW' : iso))
    .replace(/\b\d{13}\b/g, (ms) => (Number(ms) >= recent ? 'NOW' : ms));
}

describe('two users running the same change at once', () => {
  it.each(WRITERS)('%s %s: the second waits its turn and the first changes the sheet once', (...writer) => {
    const [, name, , what] = writer;
    const alone = startFor(name);
    run(alone, writer);

    const first = startFor(name);
    const second = loadAddon({ emulator: first.emulator });
    let told: string | undefined;
    const { wrote, dialogs } = interleave(first, () => {
      told = run(second, writer);
    });
    expect(run(first, writer, dialogs)).toBeUndefined();
    expect(wrote()).toBe(true);
    expect(told).toMatch(new RegExp(`^${what} is waiting for `));
    expect(cellsNow(first)).toEqual(cellsNow(alone));
    tally.figures.cases += 1;
  });
});
