import { type LoadedAddon, loadAddon } from '../../local/appsScriptRuntime';
import { STRATEGY_HEADERS, TACTIC_HEADERS } from '../../src/domain/register/schema';
import { decodeFailure } from '../../src/server/api/failureWire';
import type { OperationResult, RegisterView } from '../../src/server/api/wireTypes';
import { addonWithRegister, MORE_PROSPECTS, WIN_RATE } from '../bundle/fixtures/register';
import { plannedAddon } from '../bundle/fixtures/snapshotScenario';
import { tallyFor } from './figures';

const tally = tallyFor('concurrency');

const BUSY = 'The snapshot is waiting for another change to this spreadsheet to finish; try again in a moment.';

/** Rows of Snapshot History for a quarter (live or not). */
const rowsOf = (addon: LoadedAddon, quarter: string) =>
  addon.emulator.readValues('Snapshot History').filter((row) => row[0] === quarter).length;

/**
 * Runs `second` (another user's execution on the same spreadsheet) at the moment the first
 * execution makes service call `method` — while it holds the document lock, as far as the
 * second can tell — then lets the first carry on.
 */
function interleave(first: LoadedAddon, method: string, second: () => void): void {
  const { calls, locks } = first.emulator;
  const record = calls.record.bind(calls);
  let done = false;
  calls.record = (called: string) => {
    record(called);
    if (done || called !== method) return;
    done = true;
    const mine = locks.holder('document');
    locks.holdDocumentLockElsewhere();
    try {
      second();
    } finally {
      locks.releaseElsewhere('document');
      if (mine === 'self') locks.take('document');
    }
  };
}

describe('two users at once', () => {
  it.each([
    [
      'from the sidebar',
      (other: LoadedAddon) => {
        try {
          return other.call('takeSnapshotNow', '2026-Q2', false);
        } catch (error) {
          // The sidebar's client takes the refusal's code off the thrown message and shows the sentence.
          const failure = decodeFailure((error as Error).message);
          expect(failure.code).toBe('busy');
          return { ok: false, message: failure.message };
        }
      },
    ],
    [
      'from the menu',
      (other: LoadedAddon) => {
        other.call('takeSnapshot');
        return { ok: false, message: other.emulator.ui.dialogs.at(-1)?.message ?? '' };
      },
    ],
  ])('take exactly one snapshot when a second starts %s while the first is writing', (_how, secondSnapshot) => {
    const first = plannedAddon();
    const second = loadAddon({ emulator: first.emulator });
    let answer: unknown;
    interleave(first, 'Sheet.getSheetValues', () => {
      answer = secondSnapshot(second);
    });
    const result = first.call('takeSnapshotNow', '2026-Q2', false) as OperationResult;
    expect(result).toEqual({
      ok: true,
      message:
        'Snapshot 2026-Q2 taken: 2 strategies, 3 tactics. It is the only snapshot, so QoQ Variance has nothing to compare it with yet.',
    });
    expect(answer).toEqual({ ok: false, message: BUSY });
    expect(rowsOf(first, '2026-Q2')).toBe(5);
    tally.figures.cases += 1;
  });

  it('take exactly one snapshot when the second runs after the first: it asks before replacing', () => {
    const first = plannedAddon();
    const second = loadAddon({ emulator: first.emulator });
    first.call('takeSnapshotNow', '2026-Q2', false);
    expect(second.call('takeSnapshotNow', '2026-Q2', false)).toEqual({
      ok: false,
      code: 'snapshot-exists',
      message: 'A snapshot of 2026-Q2 already exists.',
      confirm: 'Replace the snapshot of 2026-Q2? Its rows stay in the history, marked superseded.',
    });
    expect(rowsOf(first, '2026-Q2')).toBe(5);
    tally.figures.cases += 1;
  });

  it('never overwrite a row edited in the sheet between loading and saving it, whichever cell changed', () => {
    STRATEGY_HEADERS.filter((header) => header !== 'Progress').forEach((header, index) => {
      const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
      const loaded = (addon.call('getRegister') as RegisterView).strategies[0];
      addon.emulator.seedSheet('Strategies', [[index === 0 ? 'S7' : `edited ${header}`]], {
        row: 2,
        column: index + 1,
        raw: true,
      });
      const before = addon.emulator.cellsSnapshot();
      const result = addon.call('saveStrategy', { row: loaded?.row, version: loaded?.version, changes: FORM });
      expect({ header, result }).toEqual({ header, result: { ok: false, fieldErrors: {}, code: 'stale-row' } });
      expect(addon.emulator.cellsSnapshot()).toEqual(before);
      tally.figures.cases += 1;
    });
  });

  /** Edits one cell of the loaded tactic in the sheet, then saves the loaded form from the sidebar. */
  function raceTactic(header: string, typed: unknown): { result: unknown; before: unknown; after: unknown } {
    const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
    const loaded = (addon.call('getRegister') as RegisterView).tactics[0];
    addon.emulator.seedSheet('Tactics', [[typed]], {
      row: 2,
      column: TACTIC_HEADERS.indexOf(header as never) + 1,
      raw: true,
    });
    const before = addon.emulator.cellsSnapshot();
    const result = addon.call('saveTactic', { row: loaded?.row, version: loaded?.version, changes: TACTIC_FORM });
    tally.figures.cases += 1;
    return { result, before, after: addon.emulator.cellsSnapshot() };
  }

  it('never overwrite a tactic edited in the sheet between loading and saving it, whichever cell changed', () => {
    for (const header of TACTIC_HEADERS) {
      const typed =
        header === 'ID'
          ? 'T7'
          : ['Start', 'Due', 'Last reviewed'].includes(header)
            ? new Date('2026-02-03T00:00:00Z')
            : `edited ${header}`;
      const { result, before, after } = raceTactic(header, typed);
      expect({ header, result }).toEqual({ header, result: { ok: false, fieldErrors: {}, code: 'stale-row' } });
      expect(after).toEqual(before);
    }
  });

  // The row version fingerprints the cells as read, so text the parser reads as blank still counts as an edit.
  it('never overwrites text typed into an empty date cell of a tactic being saved', () => {
    const { result, before, after } = raceTactic('Start', 'next Monday');
    expect(result).toEqual({ ok: false, fieldErrors: {}, code: 'stale-row' });
    expect(after).toEqual(before);
  });
});

const FORM = {
  statement: 'Raise win rate from 20% to 26%',
  metric: 'Win rate',
  unit: '%',
  baseline: '20%',
  target: '26%',
  current: '22%',
  stakeholders: 'Account executives',
  start: '2026-07-01',
  due: '2027-06-30',
  status: 'active',
  confidence: '7',
};

const TACTIC_FORM = {
  strategyId: 'S1',
  statement: 'Have every rep meet 30% more prospects',
  stakeholders: 'Account executives',
  owner: 'Jane Smith',
  status: 'in progress',
  indicator: 'Prospect meetings per week',
  target: '30',
  actual: '21',
  start: '',
  due: '',
};
