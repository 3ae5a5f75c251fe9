import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import { loadWorkbookFile } from '../../local/preview/workbookFile';
import { SHEET } from '../../src/domain/register/schema';
import { artifactPath, useBrowser } from './helpers/chromium';
import { installGoogleScriptRun } from './helpers/googleScriptRun';
import { usePreview } from './helpers/preview';
import { type ClientWindow, chooseMenuItem, type OpenPage, openPreviewPage, sidebarFrame } from './helpers/previewPage';

// Playwright waits up to 10 s for a condition; jest allows a little more so Playwright's message wins.
jest.setTimeout(15_000);

const browser = useBrowser();
const running = usePreview('demo');
const confirming = usePreview('demo');

describe('the local preview (npm start)', () => {
  let open: OpenPage;

  beforeAll(async () => {
    open = await openPreviewPage(browser(), running().preview.url);
  });

  afterAll(async () => {
    await open.page.close();
  });

  it('draws the demo register as a grid with a frozen header row', async () => {
    const { page } = open;
    const grid = page.getByRole('table', { name: 'Strategies' });
    await grid.waitFor();
    await page.locator('td[data-address="B2"]', { hasText: 'Raise win rate from 20% to 25%' }).waitFor();
    expect(await page.locator('tr.frozen td').first().textContent()).toBe('ID');
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Strategies', 'Tactics', 'Snapshot History']);
  });

  it('shows a cell’s raw value in the formula bar when the cell is clicked', async () => {
    const { page } = open;
    await page.locator('td[data-address="E2"]').click();
    await page.waitForFunction(() => document.getElementById('formula')?.textContent === '0.2');
    expect(await page.locator('#cell-address').textContent()).toBe('E2');
    expect(await page.locator('td[data-address="E2"]').textContent()).toBe('20.0%');
  });

  it('switches sheets with the tabs', async () => {
    const { page } = open;
    await page.getByRole('tab', { name: 'Tactics' }).click();
    await page.locator('td[data-address="C2"]', { hasText: 'Roll out a mutual action plan template' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Tactics' }).getAttribute('aria-selected')).toBe('true');
  });

  it('runs a menu item on the server and shows the toast it raised', async () => {
    const { page } = open;
    await chooseMenuItem(page, 'Run health check');
    await page.locator('.toast').first().waitFor();
    const raised = running().preview.session.emulator.toasts.at(-1);
    expect(raised).toBeDefined();
    await page.locator('.toast', { hasText: raised?.message ?? '' }).waitFor();
  });

  it('shows the sheet the menu item wrote', async () => {
    const { page } = open;
    await page.getByRole('tab', { name: SHEET.healthCheck }).click();
    await page.getByRole('table', { name: SHEET.healthCheck }).waitFor();
    const names = running()
      .preview.session.state()
      .sheets.map((sheet) => sheet.name);
    expect(await page.getByRole('tab').allTextContents()).toEqual(names);
  });

  it('opens the real Sidebar.html, 300 px wide, from Open register', async () => {
    const { page } = open;
    await chooseMenuItem(page, 'Open register');
    const frame = await sidebarFrame(page);
    expect(await frame.title()).toBe('Strategy Register');
    expect(await frame.evaluate(() => document.getElementById('app') !== null)).toBe(true);
    expect(await page.locator('#sidebar-title').textContent()).toBe('Strategy Register');
    const box = await page.locator('#sidebar-frame').boundingBox();
    expect(box?.width).toBe(300);
    await page.getByRole('tab', { name: SHEET.strategies }).click();
    await page.getByRole('table', { name: SHEET.strategies }).waitFor();
    await page.screenshot({ path: artifactPath('preview.png') });
  });

  it('round-trips google.script.run from the sidebar to the add-on, with the user object', async () => {
    const frame = await sidebarFrame(open.page);
    const result = await frame.evaluate(
      () =>
        new Promise((resolve) => {
          (window as unknown as ClientWindow).google.script.run
            .withSuccessHandler((value, userObject) => resolve([value, userObject]))
            .withUserObject('S2')
            .STRATEGY_PROGRESS(0.08, 0.05, 0.065);
        }),
    );
    expect(result).toEqual([0.5, 'S2']);
  });

  it('shows the cells a sidebar call wrote through google.script.run', async () => {
    const { page } = open;
    const frame = await sidebarFrame(page);
    const statement = 'Lift net revenue retention from 100% to 110%';
    const saved = (await frame.evaluate(
      (input) =>
        new Promise<unknown>((resolve, reject) => {
          (window as unknown as ClientWindow).google.script.run
            .withSuccessHandler(resolve)
            .withFailureHandler(reject)
            .saveStrategy(input);
        }),
      {
        changes: {
          statement,
          metric: 'Net revenue retention',
          unit: '%',
          baseline: '1',
          target: '1.1',
          current: '1.02',
          stakeholders: 'Account managers',
          start: '2026-10-01',
          due: '2027-09-30',
          status: 'Active',
          confidence: '6',
        },
      },
    )) as { ok: boolean; id: string; row: number };
    expect(saved.ok).toBe(true);
    await page.getByRole('tab', { name: SHEET.strategies }).click();
    await page.locator(`td[data-address="B${saved.row}"]`, { hasText: statement }).waitFor();
    expect(await page.locator(`td[data-address="A${saved.row}"]`).textContent()).toBe(saved.id);
  });

  it('follows the sidebar to the cell it selects', async () => {
    const { page } = open;
    const frame = await sidebarFrame(page);
    await frame.evaluate(() => (window as unknown as ClientWindow).google.script.run.selectCell('Tactics', 'C3'));
    await page.waitForFunction(() => document.getElementById('cell-address')?.textContent === 'C3');
    expect(await page.getByRole('tab', { name: SHEET.tactics }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#formula').textContent()).toBe(
      await page.locator('td[data-address="C3"]').textContent(),
    );
  });

  it('fails a google.script.run call with a Date argument before it reaches the server', async () => {
    const frame = await sidebarFrame(open.page);
    const message = await frame.evaluate(
      () =>
        new Promise((resolve) => {
          (window as unknown as ClientWindow).google.script.run
            .withSuccessHandler(() => resolve('called the server'))
            .withFailureHandler((error) => resolve(error.message))
            .STRATEGY_PROGRESS(new Date(0), 1, 1);
        }),
    );
    expect(message).toBe('Failed due to illegal value in property: 0 (a Date).');
  });

  it('gives each with… call a new runner, as the client API does', async () => {
    const frame = await sidebarFrame(open.page);
    const results = await frame.evaluate(async () => {
      const run = (window as unknown as ClientWindow).google.script.run;
      const base = run.withFailureHandler((error) => error.message);
      const call = (current: number) =>
        new Promise((resolve) => {
          base.withSuccessHandler(resolve).STRATEGY_PROGRESS(0, 10, current);
        });
      return [await call(5), await call(10), base === run.withFailureHandler(() => 0)];
    });
    expect(results).toEqual([0.5, 1, false]);
  });

  it('sends a server error to the failure handler', async () => {
    const frame = await sidebarFrame(open.page);
    const message = await frame.evaluate(
      () =>
        new Promise((resolve) => {
          (window as unknown as ClientWindow).google.script.run
            .withFailureHandler((error) => resolve(error.message))
            .STRATEGY_PROGRESS('n/a', 1, 1);
        }),
    );
    expect(message).toContain('STRATEGY_PROGRESS');
  });

  it('closes the sidebar when the page calls google.script.host.close()', async () => {
    const { page } = open;
    const frame = await sidebarFrame(page);
    await frame.evaluate(() => (window as unknown as ClientWindow).google.script.host.close());
    await page.waitForFunction(() => document.getElementById('sidebar')?.hidden === true);
  });

  it('exports the workbook to .xlsx from the File menu', async () => {
    const { page } = open;
    await page.getByRole('button', { name: 'File' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Download as Excel (.xlsx)' }).click(),
    ]);
    const file = artifactPath('preview-export.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const names = running()
      .preview.session.state()
      .sheets.map((sheet) => sheet.name);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(names);
    expect(workbook.getWorksheet('Strategies')?.getCell('B2').value).toBe('Raise win rate from 20% to 25%');
  });

  it('has saved the workbook to its file', () => {
    const saved = loadWorkbookFile(running().file);
    expect(saved.ok).toBe(true);
    expect(fs.readdirSync(path.dirname(running().file))).toEqual(['workbook.json']);
  });

  it('shows hostile cell text as text', async () => {
    const { page } = open;
    const hostile = '<img src=x onerror="window.__pwned = 1">';
    running().preview.session.emulator.seedSheet(SHEET.tactics, [[`${hostile} مرحبا 🎯`]], {
      row: 30,
      column: 3,
      raw: true,
    });
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    await page.getByRole('tab', { name: SHEET.tactics }).click();
    const cell = page.locator('td[data-address="C30"]');
    expect(await cell.textContent()).toBe(`${hostile} مرحبا 🎯`);
    expect(await cell.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('passes the axe accessibility rules', async () => {
    const { page } = open;
    // Evaluated through the debugger protocol, which the page's script policy does not block.
    await page.evaluate(fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: { run(context: unknown, options: unknown): Promise<{ violations: { id: string; nodes: unknown[] }[] }> };
        }
      ).axe;
      const result = await axe.run(document, { exclude: [['#sidebar-frame'], ['#html-dialog-frame']] });
      return result.violations.map((violation) => `${violation.id} (${violation.nodes.length})`);
    });
    expect(violations).toEqual([]);
  });

  it('reached no other host and logged no errors', () => {
    const origin = new URL(running().preview.url).origin;
    const elsewhere = open.requests.filter((url) => !url.startsWith(origin) && !url.startsWith('about:'));
    expect(elsewhere).toEqual([]);
    expect(open.errors).toEqual([]);
  });
});

describe('dialogs in the local preview', () => {
  let open: OpenPage;

  beforeAll(async () => {
    open = await openPreviewPage(browser(), confirming().preview.url);
  });

  afterAll(async () => {
    await open.page.close();
  });

  const historyRows = () =>
    confirming()
      .preview.session.state()
      .sheets.find((sheet) => sheet.name === SHEET.history)?.rowCount ?? 0;
  let rowsBefore = 0;

  it('shows the quarter confirmation of Take quarterly snapshot… with the answer it got', async () => {
    const { page } = open;
    rowsBefore = historyRows();
    await chooseMenuItem(page, 'Take quarterly snapshot…');
    const dialog = page.getByRole('dialog', { name: 'Strategy Register' });
    await dialog.waitFor();
    expect(await dialog.locator('#dialog-message').textContent()).toMatch(
      /^Take the quarterly snapshot for \d{4}-Q[1-4]/,
    );
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['Yes', 'No', 'Cancel']);
    expect(await dialog.locator('button.answered').textContent()).toBe('Yes');
    await page.locator('.toast', { hasText: /Snapshot \d{4}-Q[1-4] taken: 4 strategies, 7 tactics/ }).waitFor();
    expect(historyRows()).toBe(rowsBefore + 11);
    await page.screenshot({ path: artifactPath('preview-dialog.png') });
  });

  it('runs the item again with another answer, from the spreadsheet as it was', async () => {
    const { page } = open;
    const dialog = page.getByRole('dialog', { name: 'Strategy Register' });
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    // The run is undone and repeated with the new answer: the snapshot is cancelled and the history is as before.
    await page.locator('.toast', { hasText: 'Snapshot cancelled; nothing was changed.' }).waitFor();
    expect(historyRows()).toBe(rowsBefore);
  });
});

describe('the google.script.run shim on its own (for sidebar tests)', () => {
  it('hands calls to the test with the Apps Script argument rules, and the reply to the handler', async () => {
    const page = await browser().newPage();
    const calls: [string, unknown[]][] = [];
    await installGoogleScriptRun(page, (name, args) => {
      calls.push([name, args]);
      return { ok: true, value: { saved: args.length } };
    });
    await page.goto('data:text/html,<title>Sidebar</title>');
    const reply = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          (window as unknown as ClientWindow).google.script.run
            .withSuccessHandler((value, userObject) => resolve({ value, userObject }))
            .withUserObject('row 7')
            .saveStrategy({ statement: '=1+1', learning: undefined, rows: [1, undefined] } as never);
        }),
    );
    expect(reply).toEqual({ value: { saved: 1 }, userObject: 'row 7' });
    expect(calls).toEqual([['saveStrategy', [{ statement: '=1+1', rows: [1, null] }]]]);
    await page.close();
  });
});
