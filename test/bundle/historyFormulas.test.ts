import * as fs from 'node:fs';
import * as path from 'node:path';
import { DIST_DIR, type LoadedAddon, loadAddon } from '../../local/appsScriptRuntime';
import { AuthMode, createEmulator } from '../../local/emulator';
import { supersedeRows } from '../../src/domain/history/historyRead';
import { HISTORY_HEADERS } from '../../src/domain/history/historySchema';
import { buildSnapshotRows } from '../../src/domain/history/snapshotRows';
import { SHEET } from '../../src/domain/register/schema';
import { HISTORY_VERSION_KEY } from '../../src/server/formulas/historyIndexSource';
import { historyGrid, type RegisterState, strategy, tactic } from '../unit/history/fixtures';
import { afterEdits, beforeEdits } from '../unit/history/scenario';
import { PLAN, plannedAddon, rewriteRegister, snapshotAs } from './fixtures/snapshotScenario';

/** A strategy and its tactic that nobody touched between the two quarters. */
const steadyStrategy = strategy({ id: 'S5', statement: 'Keep uptime above 99.9%', baseline: 99, target: 99.9 });
const steadyTactic = tactic({ id: 'T7', strategyId: 'S5' });
const HOSTILE = '=1+1 <img src=x onerror=alert(1)> 🚀 مرحبا بالعالم';
const LONG_LEARNING = 'lesson '.repeat(7_200).slice(0, 50_000);

const q2: RegisterState = {
  ...beforeEdits,
  strategies: [...beforeEdits.strategies, steadyStrategy],
  tactics: [...beforeEdits.tactics, steadyTactic],
};
const q3: RegisterState = {
  ...afterEdits,
  strategies: [
    ...afterEdits.strategies,
    steadyStrategy,
    strategy({ id: 'S6', statement: HOSTILE, learning: LONG_LEARNING }),
  ],
  tactics: [...afterEdits.tactics, steadyTactic],
};
/** A first take of 2026-Q3 with other numbers, replaced by q3 the same day. */
const q3Draft: RegisterState = {
  ...q3,
  takenAt: new Date(q3.takenAt.getTime() - 3_600_000),
  strategies: q3.strategies.map((s) => ({ ...s, current: 999, target: 999 })),
  tactics: q3.tactics.map((t) => ({ ...t, actual: 999 })),
};

/** Appends a snapshot as the snapshot flow does: older rows of the same quarter are marked Superseded first. */
function appendSnapshot(grid: unknown[][], state: RegisterState): unknown[][] {
  const marks = supersedeRows(grid, state.quarter, state.takenAt, 'Etc/UTC');
  marks?.values.forEach(([value], offset) => {
    const row = grid[marks.firstRow - 1 + offset] as unknown[];
    row[marks.column - 1] = value;
  });
  grid.push(...buildSnapshotRows(state.strategies, state.tactics, state.quarter, state.takenAt).rows);
  return grid;
}

/** Q2, then a draft of Q3 replaced by the final Q3 the same day. */
function historyWithRetake(): unknown[][] {
  return appendSnapshot(historyGrid(q2, q3Draft), q3);
}

/** The same grid with its columns in reverse order, as a user may rearrange them. */
function reversedColumns(grid: readonly (readonly unknown[])[]): unknown[][] {
  return grid.map((row) => [...row].reverse());
}

interface Setup {
  readonly history?: readonly (readonly unknown[])[];
  readonly version?: string;
}

/** The built add-on running as a custom function over the given history; service calls start at 0. */
function customFunctionAddon({ history = historyWithRetake(), version }: Setup = {}): LoadedAddon {
  const emulator = createEmulator();
  if (history.length > 0) emulator.seedSheet(SHEET.history, history, { raw: true });
  const addon = loadAddon({ emulator });
  if (version !== undefined) setVersion(addon, version);
  // Every call below fails if the formulas write, lock or show anything.
  emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
  emulator.calls.reset();
  return addon;
}

interface PropertiesLike {
  getDocumentProperties(): { setProperty(key: string, value: string): unknown };
}

/** What the snapshot flow does after appending rows: a new history version. */
function setVersion(addon: LoadedAddon, version: string): void {
  (addon.emulator.globals.PropertiesService as PropertiesLike)
    .getDocumentProperties()
    .setProperty(HISTORY_VERSION_KEY, version);
}

// The header row, then the core columns in their four blocks of adjacent columns (the default order,
// one getSheetValues each), and the time zone in which a date read as text shows its day.
const SHEET_READ = {
  'Sheet.getLastColumn': 1,
  'Sheet.getLastRow': 1,
  'Sheet.getSheetValues': 5,
  'Spreadsheet.getSheetByName': 1,
  'Spreadsheet.getSpreadsheetTimeZone': 1,
  'SpreadsheetApp.getActiveSpreadsheet': 1,
};
const VERSION_READ = { 'Properties.getProperties': 1, 'PropertiesService.getDocumentProperties': 1 };
const CACHE_READ = { 'Cache.getAll': 1, 'CacheService.getDocumentCache': 1 };
const CACHE_MISS = { ...VERSION_READ, ...CACHE_READ, 'Cache.putAll': 1, ...SHEET_READ };
const CACHE_HIT = { ...VERSION_READ, ...CACHE_READ };

function sorted(counts: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
}

describe('history formulas in the built add-on', () => {
  it.each([
    ['SNAPSHOT_VALUE', ['id', 'field', 'quarter']],
    ['QOQ_CHANGE', ['id', 'field', '[from_quarter]', '[to_quarter]']],
    ['STRATEGY_DRIFT', ['id']],
  ])('declares %s with autocomplete JSDoc, optional quarters in brackets', (name, params) => {
    const code = fs.readFileSync(path.join(DIST_DIR, 'Code.js'), 'utf8');
    const declaration = `function ${name}(`;
    const doc = code.slice(code.lastIndexOf('/**', code.indexOf(declaration)), code.indexOf(declaration));
    expect(doc).toContain('@customfunction');
    expect([...doc.matchAll(/@param \{[^}]+\} (\S+)/g)].map((match) => match[1])).toEqual(params);
  });
});

describe('=SNAPSHOT_VALUE', () => {
  it.each<[string, readonly unknown[], unknown]>([
    ['a strategy’s number', ['S2', 'Current', '2026-Q2'], 8],
    ['a tactic’s Actual, by its alias', ['T1', 'Actual', '2026-Q3'], 7],
    ['any spelling of field and quarter', ['T1', ' actual ', '2026 q3'], 7],
    ['the statement as written', ['S1', 'Statement', '2026-Q2'], 'Grow EMEA revenue'],
    ['the replacing snapshot, not the superseded one', ['S1', 'Current', '2026-Q3'], 160],
    ['a blank for a field the item left blank', ['T1', 'Confidence', '2026-Q3'], ''],
    ['text that looks like a formula or markup, as text', ['S6', 'Statement', '2026-Q3'], HOSTILE],
    ['a 50 000-character learning in full', ['S6', 'Learning', '2026-Q3'], LONG_LEARNING],
    ['a blank for a blank ID', ['', 'Current', '2026-Q3'], ''],
  ])('gives %s', (_, args, expected) => {
    const addon = customFunctionAddon();
    expect(addon.call('SNAPSHOT_VALUE', ...args)).toEqual(expected);
    // The second call is answered from the cache and must agree.
    expect(addon.call('SNAPSHOT_VALUE', ...args)).toEqual(expected);
  });

  it('gives Taken at as a date, from the sheet and from the cache alike', () => {
    const addon = customFunctionAddon();
    const times = [0, 1].map(() => (addon.call('SNAPSHOT_VALUE', 'S1', 'Taken at', '2026-Q3') as Date).getTime());
    expect(times).toEqual([q3.takenAt.getTime(), q3.takenAt.getTime()]);
  });

  it('fills a column in one call, with same-shaped field and quarter ranges, blank rows blank', () => {
    const addon = customFunctionAddon();
    const result = addon.call(
      'SNAPSHOT_VALUE',
      [['S1'], [''], ['T1'], ['S2']],
      [['Target'], ['Target'], ['Actual'], ['Status']],
      [['2026-Q2'], ['2026-Q2'], ['2026-Q3'], ['FY2026-Q3']],
    );
    expect(result).toEqual([
      [200],
      [''],
      [7],
      [
        'SNAPSHOT_VALUE (quarter in row 4 of the range): there is no snapshot for the quarter "FY2026-Q3"; Snapshot History holds 2026-Q2, 2026-Q3.',
      ],
    ]);
    expect(addon.emulator.calls.byMethod()).toEqual(sorted(CACHE_MISS));
  });

  it('finds columns by header name in any order', () => {
    const addon = customFunctionAddon({ history: reversedColumns(historyWithRetake()) });
    expect(addon.call('SNAPSHOT_VALUE', [['S1'], ['T1']], [['Current'], ['Actual']], '2026-Q3')).toEqual([[160], [7]]);
  });

  it.each<[string, readonly unknown[], string]>([
    [
      'an unknown ID, naming some that exist',
      ['S99', 'Target', '2026-Q3'],
      'SNAPSHOT_VALUE (id): no strategy or tactic has the ID "S99" in Snapshot History; it holds 13 IDs, such as S1, S2, S3, S5, T1 and 8 more.',
    ],
    [
      'an ID missing from that snapshot, naming the quarters it is in',
      ['S4', 'Target', '2026-Q2'],
      'SNAPSHOT_VALUE (id): S4 is not in the 2026-Q2 snapshot; it is in 2026-Q3.',
    ],
    [
      'an unknown quarter, naming the quarters present',
      ['S1', 'Target', '2025-Q1'],
      'SNAPSHOT_VALUE (quarter): there is no snapshot for the quarter "2025-Q1"; Snapshot History holds 2026-Q2, 2026-Q3.',
    ],
    [
      'a date where a quarter label belongs',
      ['S1', 'Target', new Date('2026-08-01T00:00:00Z')],
      'SNAPSHOT_VALUE (quarter): the date 2026-08-01 is not text naming an ID, a field or a quarter; quarters are written like 2026-Q3, as FISCAL_QUARTER gives them.',
    ],
  ])('refuses %s, as #ERROR! for a single cell', (_, args, sentence) => {
    expect(() => customFunctionAddon().call('SNAPSHOT_VALUE', ...args)).toThrow(sentence);
  });

  it('refuses an unknown field, listing the fields and the Actual alias', () => {
    expect(() => customFunctionAddon().call('SNAPSHOT_VALUE', 'S1', 'Budget', '2026-Q3')).toThrow(
      /^SNAPSHOT_VALUE \(field\): there is no field "Budget" in Snapshot History; the fields are Quarter, Taken at, .*, Learning, Decision, Weight, Parent, Forecast, Check-ins \(Actual is another name for Current\)\.$/,
    );
  });
});

describe('=QOQ_CHANGE', () => {
  it.each<[string, readonly unknown[], number]>([
    ['a rise between the two latest snapshots by default', ['S1', 'Current'], 40],
    ['a fall of a decreasing metric as a negative change', ['S2', 'Current'], -1.5],
    ['the progress of that decreasing metric rising', ['S2', 'Progress'], 0.5],
    ['a tactic’s Actual', ['T1', 'Actual'], 2],
    ['a target change from a named quarter to the latest', ['S1', 'Target', '2026-Q2'], 50],
    ['a change up to a named quarter from the one before it', ['S1', 'Target', '', '2026-Q3'], 50],
    ['the later minus the earlier when both are named later first', ['S1', 'Target', '2026-Q3', '2026-Q2'], 50],
    ['zero for an untouched strategy', ['S5', 'Target'], 0],
  ])('gives %s', (_, args, expected) => {
    const addon = customFunctionAddon();
    expect(addon.call('QOQ_CHANGE', ...args)).toBe(expected);
    expect(addon.call('QOQ_CHANGE', ...args)).toBe(expected);
  });

  it('fills a column in one call, each unknown ID saying so in its own cell', () => {
    const addon = customFunctionAddon();
    const result = addon.call('QOQ_CHANGE', [['S1'], ['S2'], [''], ['S99'], ['S4'], ['T1']], 'Current');
    expect(result).toEqual([
      [40],
      [-1.5],
      [''],
      [
        'QOQ_CHANGE (id in row 4 of the range): no strategy or tactic has the ID "S99" in Snapshot History; it holds 13 IDs, such as S1, S2, S3, S5, T1 and 8 more.',
      ],
      ['QOQ_CHANGE (id in row 5 of the range): S4 is not in the 2026-Q2 snapshot.'],
      [2],
    ]);
  });

  it.each<[string, readonly unknown[], string]>([
    [
      'a text field',
      ['S1', 'Status'],
      'QOQ_CHANGE (field): Status is not a number field; use one of Baseline, Target, Current, Progress, Confidence, Weight, Forecast, Check-ins.',
    ],
    [
      'an unknown from_quarter',
      ['S1', 'Target', '2024-Q4'],
      'QOQ_CHANGE (from_quarter): there is no snapshot for the quarter "2024-Q4"; Snapshot History holds 2026-Q2, 2026-Q3.',
    ],
    [
      'an unknown to_quarter',
      ['S1', 'Target', '2026-Q2', '2027-Q1'],
      'QOQ_CHANGE (to_quarter): there is no snapshot for the quarter "2027-Q1"; Snapshot History holds 2026-Q2, 2026-Q3.',
    ],
    [
      'a to_quarter with no snapshot before it',
      ['S1', 'Target', '', '2026-Q2'],
      'QOQ_CHANGE (to_quarter): "2026-Q2" is the first snapshot in Snapshot History, so there is nothing earlier to compare it with.',
    ],
    [
      'a blank value in one of the quarters',
      ['T1', 'Confidence'],
      'QOQ_CHANGE (id): T1 has no Confidence in the 2026-Q2 snapshot.',
    ],
  ])('refuses %s', (_, args, sentence) => {
    expect(() => customFunctionAddon().call('QOQ_CHANGE', ...args)).toThrow(sentence);
  });

  it('needs two snapshots when no quarter is named', () => {
    const addon = customFunctionAddon({ history: historyGrid(q2) });
    expect(() => addon.call('QOQ_CHANGE', 'S1', 'Target')).toThrow(
      'QOQ_CHANGE (from_quarter): a change needs a snapshot before 2026-Q2; Snapshot History holds 2026-Q2.',
    );
  });

  it('refuses ranges of different shapes before reading anything', () => {
    const addon = customFunctionAddon();
    expect(() => addon.call('QOQ_CHANGE', [['S1'], ['S2']], [['Current']])).toThrow(
      'QOQ_CHANGE: field is a 1×1 range but id is 2×1; ranges must have the same number of rows and columns.',
    );
    expect(addon.emulator.calls.total).toBe(0);
  });
});

describe('=STRATEGY_DRIFT', () => {
  it.each<[string, string, number]>([
    ['0 for a strategy nobody touched', 'S5', 0],
    ['0 for a strategy in one snapshot only', 'S4', 0],
    // Wording 3 of 5 words shared (0.4), target 200 → 250 of 200 (0.25), tactics 1 of 4 kept (0.75).
    ['0.4 × 0.4 + 0.3 × 0.25 + 0.3 × 0.75 for a reworded, retargeted, replanned strategy', 'S1', 0.46],
    // Same words and target; tactic T6 moved in beside T3 (1 of 2 shared).
    ['0.3 × 0.5 for a strategy that gained a tactic', 'S2', 0.15],
  ])('gives %s', (_, id, expected) => {
    expect(customFunctionAddon().call('STRATEGY_DRIFT', id)).toBe(expected);
  });

  it('fills a column in one call, a tactic’s ID saying so in its cell', () => {
    expect(customFunctionAddon().call('STRATEGY_DRIFT', [['S1'], [''], ['T1'], ['S5']])).toEqual([
      [0.46],
      [''],
      ['STRATEGY_DRIFT (id in row 3 of the range): "T1" is a tactic; drift is measured for strategies.'],
      [0],
    ]);
  });
});

describe('history formulas without history', () => {
  const NO_SNAPSHOTS =
    'there are no snapshots yet in Snapshot History. Take one with Extensions → Strategy Register → Take quarterly snapshot…';

  it.each<[string, readonly (readonly unknown[])[]]>([
    ['no Snapshot History sheet', []],
    ['a Snapshot History sheet with headers only', [HISTORY_HEADERS]],
  ])('say how to take the first snapshot when there is %s', (_, history) => {
    const addon = customFunctionAddon({ history });
    expect(() => addon.call('SNAPSHOT_VALUE', 'S1', 'Target', '2026-Q3')).toThrow(`SNAPSHOT_VALUE: ${NO_SNAPSHOTS}`);
    expect(() => addon.call('QOQ_CHANGE', [['S1'], ['S2']], 'Target')).toThrow(`QOQ_CHANGE: ${NO_SNAPSHOTS}`);
    expect(() => addon.call('STRATEGY_DRIFT', 'S1')).toThrow(`STRATEGY_DRIFT: ${NO_SNAPSHOTS}`);
  });

  it('names the missing header when history lost its Quarter column', () => {
    const history = historyGrid(q2).map((row) => row.slice(1));
    expect(() => customFunctionAddon({ history }).call('STRATEGY_DRIFT', 'S1')).toThrow(
      'STRATEGY_DRIFT: Snapshot History has no Quarter column in row 1; history cannot be read until it is restored.',
    );
  });
});

describe('reading history once per call, through the document cache', () => {
  it('reads the sheet once for a whole column, then answers later calls from the cache alone', () => {
    const addon = customFunctionAddon({ version: '7' });
    const ids = [['S1'], ['S2'], ['T1'], ['S5']];
    expect(addon.call('QOQ_CHANGE', ids, 'Current')).toEqual([[40], [-1.5], [2], [0]]);
    expect(addon.emulator.calls.byMethod()).toEqual(sorted(CACHE_MISS));

    addon.emulator.calls.reset();
    expect(addon.call('SNAPSHOT_VALUE', ids, 'Current', '2026-Q3')).toEqual([[160], [6.5], [7], [150]]);
    expect(addon.call('STRATEGY_DRIFT', 'S1')).toBe(0.46);
    expect(addon.emulator.calls.byMethod()).toEqual(
      sorted(Object.fromEntries(Object.entries(CACHE_HIT).map(([method, count]) => [method, count * 2]))),
    );
  });

  it('never serves the index of an older history version', () => {
    const addon = customFunctionAddon({ version: '1' });
    expect(addon.call('SNAPSHOT_VALUE', 'S1', 'Current', '2026-Q3')).toBe(160);
    // A retake of Q3 with a new Current, then the version bump that every snapshot makes.
    const retaken = {
      ...q3,
      takenAt: new Date(q3.takenAt.getTime() + 60_000),
      strategies: [strategy({ id: 'S1', current: 175 })],
    };
    const grid = appendSnapshot(addon.emulator.readValues(SHEET.history), retaken);
    addon.emulator.seedSheet(SHEET.history, grid, { raw: true });
    setVersion(addon, '2');
    addon.emulator.calls.reset();

    expect(addon.call('SNAPSHOT_VALUE', 'S1', 'Current', '2026-Q3')).toBe(175);
    expect(addon.emulator.calls.byMethod()).toEqual(sorted(CACHE_MISS));
  });

  it('reads the sheet on every call when the index is too large to cache (over 6 MB)', () => {
    const wordy = Array.from({ length: 125 }, (_, n) =>
      strategy({ id: `S${n + 1}`, statement: `${n} ${HOSTILE} `.repeat(1_000).slice(0, 50_000) }),
    );
    const addon = customFunctionAddon({ history: historyGrid({ ...q2, strategies: wordy, tactics: [] }) });
    const uncached = sorted({ ...VERSION_READ, ...CACHE_READ, ...SHEET_READ });
    for (const _ of [1, 2]) {
      addon.emulator.calls.reset();
      expect(addon.call('SNAPSHOT_VALUE', 'S125', 'Current', '2026-Q2')).toBe(150);
      expect(addon.emulator.calls.byMethod()).toEqual(uncached);
    }
  });

  it('skips the cache when the history version is too long to name a cache key', () => {
    const addon = customFunctionAddon({ version: 'v'.repeat(300) });
    for (const _ of [1, 2]) {
      addon.emulator.calls.reset();
      expect(addon.call('STRATEGY_DRIFT', 'S5')).toBe(0);
      expect(addon.emulator.calls.byMethod()).toEqual(sorted({ ...VERSION_READ, ...SHEET_READ }));
    }
  });

  it('touches no service when every ID is blank', () => {
    const addon = customFunctionAddon();
    expect(addon.call('QOQ_CHANGE', [[''], ['  ']], 'Current')).toEqual([[''], ['']]);
    expect(addon.emulator.calls.total).toBe(0);
  });
});

describe('history formulas after Take quarterly snapshot…', () => {
  /** Runs `formulas` as custom functions would, then gives the add-on back its full authorization. */
  function asCustomFunction<T>(addon: LoadedAddon, formulas: () => T): T {
    addon.emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
    try {
      return formulas();
    } finally {
      addon.emulator.setAuthMode(AuthMode.FULL);
    }
  }

  it('answer from the new snapshot at once, although the previous answers were cached', () => {
    const addon = plannedAddon();
    snapshotAs(addon, '2026-Q2');
    asCustomFunction(addon, () => {
      expect(addon.call('STRATEGY_DRIFT', 'S1')).toBe(0);
      expect(addon.call('SNAPSHOT_VALUE', 'S1', 'Target', '2026-Q2')).toBe(0.25);
    });

    const [s1, s2] = PLAN.strategies;
    rewriteRegister(
      addon,
      [
        { ...s1, Target: 0.24 },
        { ...s2, Current: 0.065 },
      ],
      PLAN.tactics,
    );
    snapshotAs(addon, '2026-Q3');
    addon.emulator.calls.reset();

    asCustomFunction(addon, () => {
      // Target 0.25 → 0.24 is 0.04 of the first target; weighted 0.3, nothing else moved.
      expect(addon.call('STRATEGY_DRIFT', 'S1')).toBe(0.012);
      expect(addon.call('QOQ_CHANGE', [['S1'], ['S2']], 'Current')).toEqual([[0], [expect.closeTo(-0.015, 12)]]);
    });
    // Through the ledger the snapshots keep, STRATEGY_DRIFT reads the digest, the header row and
    // the newest quarter's Quarter…Statement, Target, Status and Superseded cells; QOQ_CHANGE the
    // header row and, for each of the two quarters it compares, Quarter…ID, Current and Superseded.
    const counts = addon.emulator.calls.byMethod();
    expect((counts['Range.getValues'] ?? 0) + (counts['Sheet.getSheetValues'] ?? 0)).toBe(1 + 1 + 4 + (1 + 2 * 3));
  });
});
