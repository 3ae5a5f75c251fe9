import { type LoadedAddon, loadAddon } from '../../local/appsScriptRuntime';
import { AuthMode, type CellsSnapshot } from '../../local/emulator';
import type { SaveResult, StrategyReview } from '../../src/server/api/wireTypes';
import { BAD_INPUT_CASES, type BadInputCase } from '../fixtures/badInput/corpus';
import { tallyFor } from './figures';
import { IMPORT_OPERATIONS } from './importOperations';
import { internalLeaks } from './sweep';

const tally = tallyFor('badInput');

/** Sheets the add-on rebuilds from scratch; everything else is the user's and must survive. */
const GENERATED = new Set(['Health check', 'QoQ Variance']);

/** Says whether an operation is there to change a cell (sheet name, 1-based row and column). */
type Writes = (sheet: string, row: number, column: number) => boolean;

interface Operation {
  readonly name: string;
  readonly kind: 'menu' | 'sidebar' | 'formula';
  readonly run: (addon: LoadedAddon) => unknown;
  /** The cells the operation is there to change, from the cells before it ran. */
  readonly writes?: (before: CellsSnapshot) => Writes;
  /** Why the operation's answer is wrong for this register, when it is. */
  readonly wrongAnswer?: (value: unknown) => string | undefined;
}

const REVIEW: StrategyReview[] = [
  {
    strategyId: 'S1',
    learning: 'Shorter demos',
    decision: 'pivot',
    changes: { confidence: '6', current: '22%' },
    tactics: { T1: 'keep' },
  },
];

/** Sheet names match in any case, as in Sheets. */
const named = (before: CellsSnapshot, name: string) =>
  Object.keys(before).filter((sheet) => sheet.toLowerCase() === name.toLowerCase());

/** The rows of the review's items: the only cells a review may change. */
function reviewedRows(before: CellsSnapshot): Writes {
  const rowsHolding = (sheet: string, id: string) =>
    new Set(
      (before[sheet]?.values ?? []).flatMap((row, index) =>
        row.some((cell) => typeof cell === 'string' && cell.trim().toUpperCase() === id) ? [index + 1] : [],
      ),
    );
  const rows = new Map([
    ...named(before, 'Strategies').map((sheet) => [sheet, rowsHolding(sheet, 'S1')] as const),
    ...named(before, 'Tactics').map((sheet) => [sheet, rowsHolding(sheet, 'T1')] as const),
  ]);
  return (sheet, row) => rows.get(sheet)?.has(row) === true;
}

interface Loaded {
  readonly row: number;
  readonly version: string;
}

/**
 * The sidebar's Edit form saving one changed field of the first strategy or tactic it
 * shows: only that field's cell of that row may change (found by header as the add-on finds it).
 */
function editOperation(kind: 'strategies' | 'tactics', header: string, changes: Record<string, string>): Operation {
  let edited: Loaded | undefined;
  const sheetName = kind === 'strategies' ? 'Strategies' : 'Tactics';
  return {
    name: `${kind === 'strategies' ? 'saveStrategy' : 'saveTactic'}(edit ${header})`,
    kind: 'sidebar',
    run: (addon) => {
      edited = (addon.call('getRegister') as Record<typeof kind, Loaded[]>)[kind][0];
      if (!edited) return undefined;
      const name = kind === 'strategies' ? 'saveStrategy' : 'saveTactic';
      return addon.call(name, { row: edited.row, version: edited.version, changes });
    },
    writes: (before) => {
      const sheet = named(before, sheetName)[0];
      const headers = sheet ? (before[sheet]?.values[0] ?? []) : [];
      const column =
        headers.findIndex((cell) => typeof cell === 'string' && cell.trim().toLowerCase() === header.toLowerCase()) + 1;
      return (name, row, at) => name === sheet && row === edited?.row && at === column;
    },
    // An edit of one sound field is refused only when its column is missing, never for the row's other cells.
    wrongAnswer: (value) => {
      const result = value as SaveResult | undefined;
      if (!result || result.ok) return undefined;
      const reasons = Object.values(result.fieldErrors);
      return result.code === 'stale-row' || reasons.some((reason) => !reason.includes(' has no '))
        ? JSON.stringify(result)
        : undefined;
    },
  };
}

/** A column of the Strategies sheet as a formula such as `=STRATEGY_PROGRESS(E2:E, …)` receives it. */
function column(addon: LoadedAddon, letter: string): unknown[][] {
  const index = letter.charCodeAt(0) - 65;
  const rows = addon.emulator.readValues('Strategies').slice(1);
  return [...rows, [], []].map((row) => [row[index] ?? '']);
}

const OPERATIONS: readonly Operation[] = [
  ...[
    'setUpRegister',
    'runHealthCheck',
    'takeSnapshot',
    'buildVariance',
    'openRegister',
    'openSettings',
    'openCheckIn',
  ].map((name): Operation => ({ name, kind: 'menu', run: (addon) => addon.call(name) })),
  ...(
    [
      ['getRegister'],
      ['checkRegister'],
      ['getSettings'],
      ['getReviewDraft'],
      ['snapshotPlan'],
      ['takeSnapshotNow', '2026-Q3', false],
      ['takeSnapshotNow', '2026-Q2', true],
      ['buildVarianceNow', null, null],
      ['buildVarianceNow', '2026-Q2', '2026-Q3'],
      ['selectCell', 'Strategies', 'B2'],
      ['saveSettings', { fiscalYearStartMonth: 4, reviewCadence: 'quarterly', stakeholderGroups: ['Sales Ops'] }],
      [
        'saveStrategy',
        {
          changes: {
            statement: 'Grow deal size from 30k to 40k',
            metric: 'Deal size',
            unit: '$',
            baseline: '30000',
            target: '40000',
            current: '31000',
            stakeholders: 'Account executives',
            start: '2026-07-01',
            due: '2027-06-30',
            status: 'active',
            confidence: '5',
          },
        },
      ],
      [
        'saveTactic',
        {
          changes: {
            strategyId: 'S1',
            statement: 'Coach reps on discovery',
            stakeholders: 'Account executives',
            owner: 'Sales ops',
            status: 'planned',
            indicator: '',
            target: '',
            actual: '',
            start: '',
            due: '2026-12-31',
          },
        },
      ],
      ['saveReviewDraft', { quarter: '2026-Q3', step: 1, reviews: REVIEW }],
    ] as const
  ).map(
    ([name, ...args]): Operation => ({
      name: `${name}(${args.map((arg) => JSON.stringify(arg)).join(', ')})`.slice(0, 60),
      kind: 'sidebar',
      run: (addon) => addon.call(name, ...args),
    }),
  ),
  editOperation('strategies', 'Metric', { metric: 'Win rate, all deals' }),
  editOperation('strategies', 'Current', { current: '1,250' }),
  editOperation('tactics', 'Owner', { owner: 'Sales ops team' }),
  { name: 'applyReview', kind: 'sidebar', run: (addon) => addon.call('applyReview', REVIEW), writes: reviewedRows },
  {
    name: 'saveCheckIns',
    kind: 'sidebar',
    run: (addon) =>
      addon.call('saveCheckIns', {
        entries: [
          { id: 'S1', value: '22%', confidence: '6', note: '=1+1 stays text' },
          { id: 'T1', value: '5' },
        ],
        by: '@Sales ops',
      }),
    // The check-in sets S1's Current and Confidence and T1's Actual, and appends below the log.
    writes: reviewedRows,
  },
  ...IMPORT_OPERATIONS,
  ...(
    [
      ['STRATEGY_PROGRESS', (a: LoadedAddon) => [column(a, 'E'), column(a, 'F'), column(a, 'G')]],
      ['FISCAL_QUARTER', (a: LoadedAddon) => [column(a, 'J'), 7]],
      ['ON_TRACK', (a: LoadedAddon) => [column(a, 'G'), column(a, 'I'), column(a, 'J'), column(a, 'M')]],
      [
        'STRATEGY_CHECK',
        (a: LoadedAddon) => [column(a, 'B'), column(a, 'C'), column(a, 'E'), column(a, 'F'), column(a, 'H')],
      ],
      ['SNAPSHOT_VALUE', (a: LoadedAddon) => [column(a, 'A'), 'Target', '2026-Q2']],
      ['QOQ_CHANGE', (a: LoadedAddon) => [column(a, 'A'), 'Current']],
      ['STRATEGY_DRIFT', (a: LoadedAddon) => [column(a, 'A')]],
      ['STRATEGY_FORECAST', (a: LoadedAddon) => [column(a, 'A')]],
    ] as const
  ).map(
    ([name, args]): Operation => ({
      name,
      kind: 'formula',
      run: (addon) => {
        const values = args(addon);
        addon.emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
        try {
          return addon.call(name, ...values);
        } finally {
          addon.emulator.setAuthMode(AuthMode.FULL);
        }
      },
    }),
  ),
];

function seeded(testCase: BadInputCase): LoadedAddon {
  const addon = loadAddon();
  for (const [name, grid] of Object.entries(testCase.sheets)) addon.emulator.seedSheet(name, grid, { raw: true });
  if (testCase.properties) {
    const data = addon.emulator.exportWorkbook();
    addon.emulator.importWorkbook({
      ...data,
      properties: { ...data.properties, document: { ...data.properties.document, ...testCase.properties } },
    });
  }
  return addon;
}

/** Every sentence meant for the user in a sidebar answer (messages, questions, field errors, findings). */
function sentencesIn(value: unknown, key = ''): string[] {
  if (typeof value === 'string') return ['message', 'confirm', 'fieldErrors'].includes(key) ? [value] : [];
  if (Array.isArray(value)) return value.flatMap((item) => sentencesIn(item, key === 'fieldErrors' ? key : ''));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([name, item]) => sentencesIn(item, key === 'fieldErrors' ? key : name));
  }
  return [];
}

/** User cells (outside generated sheets) that held something before and hold something else now. */
function lostCells(before: CellsSnapshot, after: CellsSnapshot, writes: Writes): string[] {
  const lost: string[] = [];
  for (const [sheet, cells] of Object.entries(before)) {
    if (GENERATED.has(sheet)) continue;
    const now = after[sheet];
    if (!now) {
      lost.push(`${sheet} was deleted`);
      continue;
    }
    cells.values.forEach((row, r) => {
      row.forEach((value, c) => {
        if (value === '' || writes(sheet, r + 1, c + 1)) return;
        const later = now.values[r]?.[c];
        if (JSON.stringify(later) !== JSON.stringify(value)) lost.push(`${sheet} R${r + 1}C${c + 1}`);
      });
    });
    for (const [a1, formula] of Object.entries(cells.formulas)) {
      if (now.formulas[a1] !== formula) lost.push(`${sheet}!${a1} formula`);
    }
  }
  return lost;
}

/** The add-on's own formulas: Set up register's Progress column and the variance trend sparklines of numbers. */
const OWN_FORMULA =
  /^(=STRATEGY_PROGRESS\([A-Z]+2:[A-Z]+, [A-Z]+2:[A-Z]+, [A-Z]+2:[A-Z]+\)|=SPARKLINE\(\{[-\d.,eE]*\}\))$/;

/** Formulas that were not in the spreadsheet before, other than the add-on's own. */
function newFormulas(before: CellsSnapshot, after: CellsSnapshot): string[] {
  return Object.entries(after).flatMap(([sheet, cells]) =>
    Object.entries(cells.formulas)
      .filter(([a1, formula]) => before[sheet]?.formulas[a1] !== formula && !OWN_FORMULA.test(formula))
      .map(([a1, formula]) => `${sheet}!${a1} ${formula.slice(0, 40)}`),
  );
}

describe.each(BAD_INPUT_CASES.map((testCase) => [testCase.name, testCase] as const))(
  'a spreadsheet with %s',
  (_name, testCase) => {
    it('gets a sentence or a result from every menu item, sidebar call and formula, and loses nothing', () => {
      const addon = seeded(testCase);
      const saved = addon.emulator.exportWorkbook();
      const problems: string[] = [];
      for (const operation of OPERATIONS) {
        addon.emulator.importWorkbook(saved);
        const { ui, toasts } = addon.emulator;
        const dialogs = ui.dialogs.length;
        const toastCount = toasts.length;
        const before = addon.emulator.cellsSnapshot();
        const said: string[] = [];
        try {
          const value = operation.run(addon);
          said.push(...sentencesIn(value));
          const wrong = operation.wrongAnswer?.(value);
          if (wrong !== undefined) problems.push(`${operation.name} answered ${wrong.slice(0, 200)}`);
        } catch (error) {
          if (operation.kind === 'menu') problems.push(`${operation.name} threw past its handler`);
          said.push(error instanceof Error || (error as Error)?.message ? (error as Error).message : String(error));
        }
        said.push(...ui.dialogs.slice(dialogs).map((dialog) => dialog.message));
        said.push(...toasts.slice(toastCount).map((toast) => toast.message));
        for (const sentence of said) {
          const leaks = internalLeaks(sentence);
          if (leaks.length > 0)
            problems.push(`${operation.name} said ${JSON.stringify(sentence.slice(0, 200))} (${leaks})`);
        }
        const after = addon.emulator.cellsSnapshot();
        const lost = lostCells(before, after, operation.writes?.(before) ?? (() => false));
        if (lost.length > 0) problems.push(`${operation.name} changed ${lost.slice(0, 5).join(', ')}`);
        const formulas = newFormulas(before, after);
        if (formulas.length > 0) problems.push(`${operation.name} turned text into formulas: ${formulas.slice(0, 5)}`);
        if (process.env.SHOW_SENTENCES) console.log(testCase.name, operation.name, said);
        tally.figures.operationRuns += 1;
      }
      tally.figures.cases += 1;
      expect(problems).toEqual([]);
    });
  },
);

test('the corpus holds at least 50 cases, each named once', () => {
  const names = BAD_INPUT_CASES.map((testCase) => testCase.name);
  expect(names.length).toBeGreaterThanOrEqual(50);
  expect(new Set(names).size).toBe(names.length);
});
