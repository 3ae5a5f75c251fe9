import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { DIST_DIR } from '../../../local/appsScriptRuntime';
import { demoWorkbook, emptyWorkbook } from '../../../local/demo/demoWorkbook';
import { AddonSession } from '../../../local/preview/addonSession';
import { emulatorWithSheets, restoreWorkbook, type SavedWorkbook } from '../../../local/preview/workbookState';
import { confirmingAddon } from '../../browser/helpers/confirmingAddon';

function demoSession(saves: SavedWorkbook[] = []): AddonSession {
  const demo = demoWorkbook();
  return new AddonSession(emulatorWithSheets(demo.timeZone, demo.sheets, DIST_DIR), (saved) => saves.push(saved));
}

describe('the add-on running in the preview', () => {
  it('opens the document with the add-on menu', () => {
    const state = demoSession().state();
    expect(state.menus).toHaveLength(1);
    expect(state.menus[0]).toMatchObject({ title: 'Strategy Register', addon: true });
  });

  it('shows the demo sheets with display values and the raw value behind them', () => {
    const strategies = demoSession()
      .state()
      .sheets.find((sheet) => sheet.name === 'Strategies');
    expect(strategies?.frozenRows).toBe(1);
    expect(strategies?.rows[1]?.slice(0, 5)).toEqual([
      { d: 'S1' },
      { d: 'Raise win rate from 20% to 25%' },
      { d: 'Win rate' },
      { d: '%' },
      { d: '20.0%', f: '0.2' },
    ]);
  });

  it('runs a menu item by name and reports its toast', () => {
    const outcome = demoSession().runMenuItem('runHealthCheck');
    expect(outcome.ok).toBe(true);
    expect(outcome.toasts.length).toBeGreaterThan(0);
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
    const names = session.state().sheets.map((sheet) => sheet.name);
    expect(names).toContain('QoQ Variance');
    expect(names).not.toContain('Snapshot Digest');
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
    ).toEqual({
      ok: true,
      value: [[0.5], [0.5]],
    });
  });

  it('sends a thrown error to the failure handler', () => {
    expect(demoSession().rpc('STRATEGY_PROGRESS', ['n/a', 1, 1])).toEqual({
      ok: false,
      error: expect.stringContaining('STRATEGY_PROGRESS'),
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

  it('saves when the document opens and after each run that changed the workbook', () => {
    const saves: SavedWorkbook[] = [];
    const session = demoSession(saves);
    session.saveNow();
    session.runMenuItem('runHealthCheck');
    expect(saves).toHaveLength(2);
    expect(saves[1]?.data.sheets.map((sheet) => sheet.name)).toContain('Health check');
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
    session.runMenuItem('openRegister');
    const saved = JSON.parse(JSON.stringify(saves.at(-1))) as SavedWorkbook;
    const restored = new AddonSession(restoreWorkbook(saved, DIST_DIR), () => undefined);
    expect(restored.state().sheets).toEqual(session.state().sheets);
  });

  it('starts a blank spreadsheet with only the menu', () => {
    const empty = emptyWorkbook();
    const state = new AddonSession(emulatorWithSheets(empty.timeZone, empty.sheets, DIST_DIR), () => undefined).state();
    expect(state.sheets).toEqual([{ name: 'Sheet1', frozenRows: 0, rowCount: 0, columnCount: 0, rows: [] }]);
    expect(state.menus).toHaveLength(1);
  });
});

describe('the preview with a workbook file', () => {
  let directory: string;
  beforeEach(() => {
    directory = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-session-'));
  });
  afterEach(() => fs.rmSync(directory, { recursive: true, force: true }));

  it('refuses a file it cannot read instead of overwriting it', async () => {
    const { startPreview } = await import('../../../local/preview/startPreview');
    const file = path.join(directory, 'workbook.json');
    fs.writeFileSync(file, '{"not": "a workbook"}');
    await expect(startPreview({ port: 0, file, start: 'saved' })).rejects.toThrow(
      `Cannot use ${file}: it is not a workbook saved by the preview. Start with --reset`,
    );
    expect(fs.readFileSync(file, 'utf8')).toBe('{"not": "a workbook"}');
  });
});

function confirmingSession(): AddonSession {
  const seeded = emulatorWithSheets('Etc/UTC', [{ name: 'History', values: [['Quarter']], frozenRows: 1 }], DIST_DIR);
  return new AddonSession(seeded, () => undefined, { load: confirmingAddon });
}

const historyColumn = (session: AddonSession) => session.state().sheets[0]?.rows.map((row) => row[0]?.d);

describe('dialogs in the preview', () => {
  it('answers a confirmation at once, and reports the dialog with the answer it got', () => {
    const session = confirmingSession();
    const outcome = session.runMenuItem('takeSnapshot');
    expect(outcome.dialogs).toEqual([
      expect.objectContaining({ title: 'Take snapshot', message: 'Take the snapshot of 2026-Q4?', buttons: 'YES_NO' }),
    ]);
    const answered = (outcome.dialogs[0] as { answer: { button: string } }).answer.button;
    expect(historyColumn(session)).toEqual(answered === 'YES' ? ['Quarter', '2026-Q4'] : ['Quarter']);
  });

  it('runs again with the answer the user chose, starting from the spreadsheet as it was', () => {
    const session = confirmingSession();
    session.runMenuItem('takeSnapshot');
    session.answerAgain([{ button: 'NO' }]);
    expect(historyColumn(session)).toEqual(['Quarter']);
    session.answerAgain([{ button: 'YES' }]);
    expect(historyColumn(session)).toEqual(['Quarter', '2026-Q4']);
    session.answerAgain([{ button: 'YES' }]);
    expect(historyColumn(session)).toEqual(['Quarter', '2026-Q4']);
  });

  it('keeps the menu after running again', () => {
    const session = confirmingSession();
    session.runMenuItem('takeSnapshot');
    session.answerAgain([{ button: 'NO' }]);
    expect(session.state().menus).toHaveLength(1);
  });
});
