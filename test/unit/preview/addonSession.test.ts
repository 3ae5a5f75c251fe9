import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DIST_DIR } from '../../../local/appsScriptRuntime';
import { demoWorkbook, emptyWorkbook } from '../../../local/demo/demoWorkbook';
import { AddonSession } from '../../../local/preview/addonSession';
import type { SheetView } from '../../../local/preview/previewState';
import type { SheetSeed } from '../../../local/preview/sheetAccess';
import { startPreview } from '../../../local/preview/startPreview';
import { emulatorWithSheets, restoreWorkbook, type SavedWorkbook } from '../../../local/preview/workbookState';
import { STAND_IN, standInAddon } from '../../browser/helpers/standInAddon';
import { longSheet, registerWithOneFinding } from '../../browser/previewFixtures';

function sessionOver(sheets: readonly SheetSeed[], saves: SavedWorkbook[] = []): AddonSession {
  return new AddonSession(emulatorWithSheets('Etc/UTC', sheets, DIST_DIR), (saved) => saves.push(saved));
}

const demoSession = (saves: SavedWorkbook[] = []) => sessionOver(demoWorkbook().sheets, saves);

/** The display texts of a sheet view's rows, frozen rows first. */
const texts = (sheet: SheetView | null | undefined) =>
  [...(sheet?.head ?? []), ...(sheet?.body ?? [])].map((row) => row.map((cell) => cell.d));

describe('the add-on running in the preview', () => {
  it('opens the document with the add-on menu', () => {
    const state = demoSession().state();
    expect(state.menus).toEqual([expect.objectContaining({ title: 'Strategy Register', addon: true })]);
  });

  it('shows the demo sheets with display values and the raw value behind them', () => {
    const strategies = demoSession().state({ sheet: 'Strategies' }).sheet;
    expect(strategies?.frozenRows).toBe(1);
    expect(strategies?.body[0]?.slice(0, 5)).toEqual([
      { d: 'S1' },
      { d: 'Raise win rate from 20% to 25%' },
      { d: 'Win rate' },
      { d: '%' },
      { d: '20.0%', f: '0.2', r: true },
    ]);
  });

  it('shows the first tab when the sheet asked for is not there', () => {
    expect(demoSession().state({ sheet: 'Renamed' }).sheet?.name).toBe('Strategies');
  });

  it('runs a menu item by name and reports the toast it raised', () => {
    const outcome = sessionOver(registerWithOneFinding()).runMenuItem('runHealthCheck');
    expect(outcome).toEqual({
      functionName: 'runHealthCheck',
      ok: true,
      dialogs: [],
      toasts: [
        {
          title: 'Strategy Register',
          message: '1 finding: 1 reads-like-tactic. See the Health check sheet.',
          timeoutSeconds: 5,
        },
      ],
    });
  });

  it('reports the error of a menu item that throws, and the run stays the last one', () => {
    const session = sessionOver([{ name: STAND_IN.sheet, frozenRows: 1, values: [['Quarter']] }]);
    const withStandIn = new AddonSession(session.emulator, () => undefined, { load: standInAddon });
    expect(withStandIn.runMenuItem('breakDown')).toEqual({
      functionName: 'breakDown',
      ok: false,
      error: STAND_IN.failure,
      dialogs: [],
      toasts: [],
    });
    expect(withStandIn.state().lastRun?.error).toBe(STAND_IN.failure);
  });

  it('opens the sidebar from the menu and serves the built Sidebar.html', () => {
    const session = demoSession();
    session.runMenuItem('openRegister');
    expect(session.state().sidebar).toEqual({ title: 'Strategy Register', version: 1 });
    expect(session.sidebarHtml()).toBe(fs.readFileSync(path.join(DIST_DIR, 'Sidebar.html'), 'utf8'));
  });

  it('shows no tab for the hidden digest sheet a variance build keeps', () => {
    const session = demoSession();
    expect(session.rpc('buildVarianceNow', [null, null])).toMatchObject({ ok: true });
    expect(session.state().tabs).toEqual(['Strategies', 'Tactics', 'Snapshot History', 'Check-ins', 'QoQ Variance']);
    expect(session.emulator.spreadsheet.getSheetByName('Snapshot Digest')?.isSheetHidden()).toBe(true);
  });

  it('runs only functions the menu offers', () => {
    expect(demoSession().runMenuItem('STRATEGY_PROGRESS')).toMatchObject({
      ok: false,
      error: 'No menu item runs STRATEGY_PROGRESS.',
    });
  });

  it('answers a sidebar call with the function result', () => {
    expect(demoSession().rpc('STRATEGY_PROGRESS', [0.08, 0.05, 0.065])).toEqual({ ok: true, value: 0.5 });
  });

  it('hands a sidebar call arrays of the add-on realm, so range-shaped arguments work', () => {
    expect(
      demoSession().rpc('STRATEGY_PROGRESS', [
        [[0.2], [8]],
        [[0.25], [5]],
        [[0.225], [6.5]],
      ]),
    ).toEqual({ ok: true, value: [[0.5], [0.5]] });
  });

  it('sends a thrown error to the failure handler with the add-on’s sentence', () => {
    expect(demoSession().rpc('STRATEGY_PROGRESS', ['n/a', 1, 1])).toEqual({
      ok: false,
      error: 'RegisterError: STRATEGY_PROGRESS: baseline is "n/a", not a number.',
    });
  });

  it('refuses names that are not callable top-level functions', () => {
    const session = demoSession();
    expect(session.rpc('StrategyRegister', [])).toEqual({
      ok: false,
      error: 'Script function not found: StrategyRegister',
    });
    expect(session.rpc('constructor', [])).toEqual({ ok: false, error: 'Script function not found: constructor' });
  });

  it('saves when asked and after each run that changed the workbook', () => {
    const saves: SavedWorkbook[] = [];
    const session = sessionOver(registerWithOneFinding(), saves);
    session.saveNow();
    session.runMenuItem('runHealthCheck');
    expect(saves.map((saved) => saved.data.sheets.map((sheet) => sheet.name))).toEqual([
      ['Strategies', 'Tactics'],
      ['Strategies', 'Tactics', 'Health check'],
    ]);
  });

  it('does not write the file again for calls that change nothing', () => {
    const saves: SavedWorkbook[] = [];
    const session = demoSession(saves);
    session.saveNow();
    session.rpc('STRATEGY_PROGRESS', [1, 2, 1.5]);
    session.runMenuItem('openRegister');
    expect(saves).toHaveLength(1);
  });

  it('restores a saved workbook with the same cells', () => {
    const saves: SavedWorkbook[] = [];
    const session = demoSession(saves);
    session.saveNow();
    const saved = JSON.parse(JSON.stringify(saves.at(-1))) as SavedWorkbook;
    const restored = new AddonSession(restoreWorkbook(saved, DIST_DIR), () => undefined);
    for (const sheet of ['Strategies', 'Tactics', 'Snapshot History']) {
      expect(restored.state({ sheet }).sheet).toEqual(session.state({ sheet }).sheet);
    }
  });

  it('starts a blank spreadsheet with only the menu', () => {
    const state = sessionOver(emptyWorkbook().sheets).state();
    expect(state.tabs).toEqual(['Sheet1']);
    expect(state.sheet).toMatchObject({ name: 'Sheet1', rowCount: 0, columnCount: 0, head: [], body: [] });
    expect(state.menus).toHaveLength(1);
  });
});

describe('the rows the preview sends', () => {
  it('sends the frozen rows and the page of rows holding the row asked for', () => {
    const view = sessionOver([longSheet(1200)]).state({ row: 777 }).sheet;
    expect(view).toMatchObject({ rowCount: 1201, firstRow: 502 });
    expect(texts(view)[0]).toEqual(['Item', 'Column 2', 'Column 3']);
    expect(view?.body.map((row) => row[0]?.d)).toEqual(Array.from({ length: 500 }, (_, i) => `Item ${i + 501}`));
  });

  it('sends the last page for a row past the end', () => {
    const view = sessionOver([longSheet(1200)]).state({ row: 99_999 }).sheet;
    expect(view?.firstRow).toBe(1002);
    expect(view?.body).toHaveLength(200);
  });
});

describe('the add-on’s formulas in the preview', () => {
  const sheet = (values: unknown[][]): SheetSeed[] => [{ name: 'Sheet1', frozenRows: 0, values }];

  it('fills an array result down the column, as Sheets does', () => {
    const view = sessionOver(
      sheet([
        [0, 10, 5, '=STRATEGY_PROGRESS(A1:A2, B1:B2, C1:C2)'],
        [0, 4, 1],
      ]),
    ).state().sheet;
    expect(texts(view)).toEqual([
      ['0', '10', '5', '0.5'],
      ['0', '4', '1', '0.25'],
    ]);
    expect(view?.body[0]?.[3]).toEqual({ d: '0.5', f: '=STRATEGY_PROGRESS(A1:A2, B1:B2, C1:C2)', r: true });
    expect(view?.body[1]?.[3]).toEqual({ d: '0.25', r: true });
  });

  it('shows #REF! where an array result would cover a cell that holds something', () => {
    const view = sessionOver(
      sheet([
        ['=STRATEGY_PROGRESS(B1:B2, C1:C2, D1:D2)', 0, 10, 5],
        ['kept', 0, 4, 1],
      ]),
    ).state().sheet;
    expect(view?.body[0]?.[0]).toEqual({
      d: '#REF!',
      f: '=STRATEGY_PROGRESS(B1:B2, C1:C2, D1:D2)',
      n: 'Array result was not expanded because it would overwrite data in A2.',
      e: true,
    });
    expect(view?.body[1]?.[0]).toEqual({ d: 'kept' });
  });

  it('passes dates, quarters and today as Sheets would', () => {
    const view = sessionOver(sheet([['=FISCAL_QUARTER(DATE(2026,8,15), 7)', '=FISCAL_QUARTER(TODAY())']])).state()
      .sheet;
    const today = new Date();
    const quarter = `${today.getUTCFullYear()}-Q${Math.floor(today.getUTCMonth() / 3) + 1}`;
    expect(texts(view)).toEqual([['FY2027-Q1', quarter]]);
  });

  it('runs the formula as a custom function, which may not change the sheet', () => {
    const session = new AddonSession(
      emulatorWithSheets('Etc/UTC', sheet([['=writeCell("B1", "written")']]), DIST_DIR),
      () => undefined,
      { load: standInAddon },
    );
    expect(session.state().sheet?.body[0]?.[0]).toMatchObject({
      d: '#ERROR!',
      n: 'You do not have permission to call Range.setValue',
    });
    // The formula cell holds its error value; B1 was never written.
    expect(session.emulator.readValues('Sheet1')).toEqual([['#ERROR!']]);
  });
});

describe('the preview with a workbook file', () => {
  let directory: string;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-session-'));
  });
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('refuses a file it cannot read instead of overwriting it', async () => {
    const file = path.join(directory, 'workbook.json');
    fs.writeFileSync(file, '{"not": "a workbook"}');
    await expect(startPreview({ port: 0, file, start: 'saved' })).rejects.toThrow(
      `Cannot use ${file}: it is not a workbook saved by the preview. Start with --reset`,
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('{"not": "a workbook"}');
  });
});

function standInSession(): AddonSession {
  const seeded = emulatorWithSheets(
    'Etc/UTC',
    [{ name: STAND_IN.sheet, values: [['Quarter']], frozenRows: 1 }],
    DIST_DIR,
  );
  return new AddonSession(seeded, () => undefined, { load: standInAddon });
}

const quarters = (session: AddonSession) => texts(session.state().sheet).map((row) => row[0]);

describe('dialogs in the preview', () => {
  it('answers a confirmation at once with its first button, and reports the dialog with that answer', () => {
    const session = standInSession();
    const outcome = session.runMenuItem('takeSnapshot');
    expect(outcome.dialogs).toEqual([
      {
        kind: 'alert',
        title: 'Take snapshot',
        message: 'Take the snapshot of 2026-Q4?',
        buttons: 'YES_NO',
        answer: { button: 'YES', text: '' },
      },
    ]);
    expect(quarters(session)).toEqual(['Quarter', '2026-Q4']);
  });

  it('runs again with the answer the user chose, starting from the spreadsheet as it was', () => {
    const session = standInSession();
    session.runMenuItem('takeSnapshot');
    session.answerAgain([{ button: 'NO' }]);
    expect(quarters(session)).toEqual(['Quarter']);
    session.answerAgain([{ button: 'YES' }]);
    expect(quarters(session)).toEqual(['Quarter', '2026-Q4']);
    session.answerAgain([{ button: 'YES' }]);
    expect(quarters(session)).toEqual(['Quarter', '2026-Q4']);
  });

  it('keeps the menu after running again', () => {
    const session = standInSession();
    session.runMenuItem('takeSnapshot');
    session.answerAgain([{ button: 'NO' }]);
    expect(session.state().menus).toHaveLength(1);
  });
});
