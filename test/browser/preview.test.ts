import * as fs from 'node:fs';
import * as path from 'node:path';
import ExcelJS from 'exceljs';
import type { BrowserContext, Page } from 'playwright-core';
import { DIST_DIR } from '../../local/appsScriptRuntime';
import { demoWorkbook } from '../../local/demo/demoWorkbook';
import { AddonSession } from '../../local/preview/addonSession';
import { loadWorkbookFile } from '../../local/preview/workbookFile';
import { emulatorWithSheets, type SavedWorkbook } from '../../local/preview/workbookState';
import { artifactPath, useBrowser } from './helpers/chromium';
import { installGoogleScriptRun, type RpcHandler } from './helpers/googleScriptRun';
import {
  type ClientWindow,
  cellText,
  chooseMenuItem,
  paintedPixels,
  rowTexts,
  sidebarFrame,
  usePreviewPages,
  withoutTrailingBlanks,
} from './helpers/previewPage';
import { STAND_IN, standInAddon } from './helpers/standInAddon';
import { longSheet, registerWithOneFinding } from './previewFixtures';

// Playwright waits up to 10 s for a condition; jest allows a little more so Playwright's message wins.
jest.setTimeout(15_000);

const browser = useBrowser();
const openPreview = usePreviewPages(browser);

const DEMO_TABS = ['Strategies', 'Tactics', 'Snapshot History', 'Check-ins'];

/** The formula bar once the user clicks a cell: its address and what it shows. */
async function clickCell(page: Page, a1: string): Promise<[string | null, string | null]> {
  await page.locator(`td[data-address="${a1}"]`).click();
  await page.waitForFunction((address) => document.getElementById('cell-address')?.textContent === address, a1);
  return [await page.locator('#cell-address').textContent(), await page.locator('#formula').textContent()];
}

/** Calls a server function from the sidebar frame and resolves with what its handler got. */
function callFromSidebar(page: Page, name: string, args: unknown[]): Promise<unknown> {
  return sidebarFrame(page).then((frame) =>
    frame.evaluate(
      ([fn, fnArgs]) =>
        new Promise((resolve) => {
          const run = (window as unknown as ClientWindow).google.script.run
            .withSuccessHandler((value) => resolve({ value }))
            .withFailureHandler((error) => resolve({ error: error.message })) as unknown as Record<
            string,
            (...a: unknown[]) => void
          >;
          run[fn as string]?.(...(fnArgs as unknown[]));
        }),
      [name, args] as const,
    ),
  );
}

describe('the local preview (npm start)', () => {
  it('draws the demo register as a grid under its frozen header row, with a tab per sheet', async () => {
    const { page } = await openPreview();
    await page.getByRole('table', { name: 'Strategies' }).waitFor();
    expect(await page.getByRole('tab').allTextContents()).toEqual(DEMO_TABS);
    expect(withoutTrailingBlanks(await page.locator('thead tr.frozen-last td').allTextContents())).toEqual([
      'ID',
      'Strategy',
      'Metric',
      'Unit',
      'Baseline',
      'Target',
      'Current',
      'Stakeholders',
      'Start',
      'Due',
      'Status',
      'Confidence',
      'Last reviewed',
      'Learning',
      'Decision',
      'Progress',
      'Parent',
      'Weight',
      'Source',
    ]);
    expect((await rowTexts(page, [2]))[0]?.slice(0, 7)).toEqual([
      'S1',
      'Raise win rate from 20% to 25%',
      'Win rate',
      '%',
      '20.0%',
      '25.0%',
      '22.3%',
    ]);
  });

  it('shows a cell’s raw value in the formula bar when the cell is clicked', async () => {
    const { page } = await openPreview();
    expect(await cellText(page, 'E2')).toBe('20.0%');
    expect(await clickCell(page, 'E2')).toEqual(['E2', '0.2']);
  });

  it('switches sheets with the tabs', async () => {
    const { page } = await openPreview();
    await page.getByRole('tab', { name: 'Tactics' }).click();
    expect(await cellText(page, 'C2')).toBe('Roll out a mutual action plan template to every account executive');
    expect(await page.getByRole('tab', { name: 'Tactics' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.getByRole('tab', { name: 'Strategies' }).getAttribute('aria-selected')).toBe('false');
  });

  it('shows the progress the add-on’s own formula computes, as Sheets would', async () => {
    const { page } = await openPreview();
    const progress = await Promise.all(['P2', 'P3', 'P4', 'P5'].map((a1) => cellText(page, a1)));
    expect(progress).toEqual(['46%', '50%', '35%', '20%']);
    expect(await clickCell(page, 'P2')).toEqual(['P2', '=STRATEGY_PROGRESS(E2:E, F2:F, G2:G)']);
    expect(await clickCell(page, 'P3')).toEqual(['P3', '0.5']);
  });

  it('shows a formula that fails as #ERROR! with its sentence, and any other formula by its result', async () => {
    const { page } = await openPreview({
      sheets: [{ name: 'Checks', frozenRows: 0, values: [['=STRATEGY_PROGRESS("n/a", 1, 1)', '=SUM(C1:D1)', 2, 3]] }],
    });
    const failed = page.locator('td[data-address="A1"]');
    expect(await cellText(page, 'A1')).toBe('#ERROR!');
    expect(await failed.getAttribute('title')).toBe('STRATEGY_PROGRESS: baseline is "n/a", not a number.');
    expect(await cellText(page, 'B1')).toBe('5');
    expect(await clickCell(page, 'B1')).toEqual(['B1', '=SUM(C1:D1)']);
  });

  it('runs a menu item on the server, shows its toast and the sheet it wrote', async () => {
    const { page } = await openPreview({ sheets: registerWithOneFinding() });
    await chooseMenuItem(page, 'Run health check');
    const toast = page.getByRole('status').filter({ has: page.locator('.toast-title') });
    await toast.waitFor();
    expect(await toast.locator('.toast-title').textContent()).toBe('Strategy Register');
    expect(await toast.locator('.toast-message').textContent()).toBe(
      '1 finding: 1 reads-like-tactic. See the Health check sheet.',
    );
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Strategies', 'Tactics', 'Health check']);
    await page.getByRole('tab', { name: 'Health check' }).click();
    await page.getByRole('table', { name: 'Health check' }).waitFor();
    expect(await rowTexts(page, [1, 2])).toEqual([
      ['Rule', 'Sheet', 'Cell', 'ID', 'Finding', 'Blocks snapshot'],
      [
        'reads-like-tactic',
        'Strategies',
        'A3',
        'S2',
        'Strategy S2 reads like a tactic: it has no metric and no numeric target and opens with the action "Implement". State the outcome with a metric and a target, and list the action as a tactic.',
      ],
    ]);
  });

  it('opens the real Sidebar.html, 300 px wide, titled once in the sidebar’s title bar', async () => {
    const { page } = await openPreview();
    await chooseMenuItem(page, 'Open register');
    const frame = await sidebarFrame(page);
    expect(await frame.title()).toBe('Strategy Register');
    await frame.getByRole('button', { name: 'Add strategy' }).waitFor();
    expect(await page.locator('#sidebar-title').textContent()).toBe('Strategy Register');
    // Sheets draws the title (setTitle) above the page: the page itself does not repeat it.
    expect(await frame.getByText('Strategy Register', { exact: true }).count()).toBe(0);
    expect((await page.locator('#sidebar-frame').boundingBox())?.width).toBe(300);
    await page.screenshot({ path: artifactPath('preview.png') });
  });

  it('round-trips google.script.run from the sidebar to the add-on, with the user object', async () => {
    const { page } = await openPreview();
    await chooseMenuItem(page, 'Open register');
    const frame = await sidebarFrame(page);
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
    const { page } = await openPreview({
      load: standInAddon,
      sheets: [{ name: STAND_IN.sheet, frozenRows: 1, values: [['Quarter'], ['2026-Q3']] }],
    });
    await chooseMenuItem(page, 'Open panel');
    expect(await (await sidebarFrame(page)).title()).toBe(STAND_IN.sidebarTitle);
    expect(await page.locator('#sidebar-title').textContent()).toBe(STAND_IN.sidebarTitle);
    expect(await callFromSidebar(page, 'writeCell', ['B2', 'Written from the panel'])).toEqual({});
    await page.locator('td[data-address="B2"]', { hasText: 'Written from the panel' }).waitFor();
    expect(await rowTexts(page, [2])).toEqual([['2026-Q3', 'Written from the panel']]);
  });

  it('follows the sidebar to the cell it selects, on another sheet', async () => {
    const { page } = await openPreview();
    await chooseMenuItem(page, 'Open register');
    expect(await callFromSidebar(page, 'selectCell', ['Tactics', 'C3'])).toEqual({});
    await page.waitForFunction(() => document.getElementById('cell-address')?.textContent === 'C3');
    expect(await page.getByRole('tab', { name: 'Tactics' }).getAttribute('aria-selected')).toBe('true');
    expect(await page.locator('#formula').textContent()).toBe('Weekly deal reviews for opportunities over 25k');
    expect(await page.locator('td.selected').getAttribute('data-address')).toBe('C3');
  });

  it('follows the sidebar to a cell beyond the first 500 rows', async () => {
    const { page } = await openPreview({
      load: standInAddon,
      sheets: [{ name: STAND_IN.sheet, frozenRows: 1, values: [['Quarter']] }, longSheet(900)],
    });
    await chooseMenuItem(page, 'Open panel');
    expect(await callFromSidebar(page, 'selectCell', ['Pipeline', 'A803'])).toEqual({});
    await page.waitForFunction(() => document.getElementById('cell-address')?.textContent === 'A803');
    expect(await page.locator('#formula').textContent()).toBe('Item 802');
    expect(await page.locator('#grid-more .pager-text').textContent()).toBe('Rows 502–901 of 901 (row 1 above)');
  });

  it('closes the sidebar when the page calls google.script.host.close()', async () => {
    const { page } = await openPreview();
    await chooseMenuItem(page, 'Open register');
    const frame = await sidebarFrame(page);
    await frame.evaluate(() => (window as unknown as ClientWindow).google.script.host.close());
    await page.waitForFunction(() => document.getElementById('sidebar')?.hidden === true);
    expect(await page.locator('#sidebar-frame').getAttribute('src')).toBeNull();
  });

  it('exports the workbook to .xlsx from the File menu, progress values included', async () => {
    const { page } = await openPreview();
    await page.getByRole('button', { name: 'File' }).click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('menuitem', { name: 'Download as Excel (.xlsx)' }).click(),
    ]);
    const file = artifactPath('preview-export.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(DEMO_TABS);
    const strategies = workbook.getWorksheet('Strategies');
    expect(strategies?.getCell('B2').value).toBe('Raise win rate from 20% to 25%');
    expect(strategies?.getCell('P2').value).toEqual({
      formula: 'STRATEGY_PROGRESS(E2:E, F2:F, G2:G)',
      result: expect.closeTo(0.46, 10),
    });
    expect(strategies?.getCell('P3').value).toBeCloseTo(0.5, 10);
  });

  it('saves each change to its workbook file at once, with no temporary file left', async () => {
    const { page, file } = await openPreview({
      load: standInAddon,
      sheets: [{ name: STAND_IN.sheet, frozenRows: 1, values: [['Quarter']] }],
    });
    await chooseMenuItem(page, 'Take quarterly snapshot…');
    await page.getByRole('dialog').waitFor();
    await page.locator('td[data-address="A2"]', { hasText: '2026-Q4' }).waitFor();
    const saved = loadWorkbookFile(file);
    expect(saved.ok && (saved.value as SavedWorkbook).data.sheets[0]?.values).toEqual([['Quarter'], ['2026-Q4']]);
    expect(fs.readdirSync(path.dirname(file))).toEqual(['workbook.json']);
  });

  it('shows hostile cell text as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned = 1"> مرحبا 🎯';
    const { page } = await openPreview({
      sheets: [{ name: 'Tactics', frozenRows: 1, values: [['Tactic'], [hostile]] }],
    });
    const cell = page.locator('td[data-address="A2"]');
    expect(await cellText(page, 'A2')).toBe(hostile);
    expect(await cell.locator('img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  it('passes the axe accessibility rules, with the row pager and a toast on screen', async () => {
    const { page } = await openPreview({ load: standInAddon, sheets: [longSheet(600)] });
    await chooseMenuItem(page, 'Say hello');
    await page.locator('.toast').waitFor();
    await page.locator('#grid-more .pager-button').waitFor();
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
});

describe('the rows of a sheet in the preview', () => {
  it('shows no row count under a sheet whose rows are all shown', async () => {
    const { page } = await openPreview();
    await page.getByRole('tab', { name: 'Snapshot History' }).click();
    await page.getByRole('table', { name: 'Snapshot History' }).waitFor();
    expect(await page.locator('#grid-more').isHidden()).toBe(true);
    expect(await page.locator('#grid-more').textContent()).toBe('');
  });

  it('turns the pages of a sheet longer than 500 rows, the header row always on top', async () => {
    const { page } = await openPreview({ sheets: [longSheet(1200)] });
    const pager = page.locator('#grid-more');
    expect(await pager.locator('.pager-text').textContent()).toBe('Rows 2–501 of 1,201 (row 1 above)');
    expect(await pager.getByRole('button').allTextContents()).toEqual(['Next 500 rows']);
    await pager.getByRole('button', { name: 'Next 500 rows' }).click();
    await page.locator('td[data-address="A502"]').waitFor();
    expect(await rowTexts(page, [1, 502])).toEqual([
      ['Item', 'Column 2', 'Column 3'],
      ['Item 501', '1002', '1503'],
    ]);
    expect(await pager.getByRole('button').allTextContents()).toEqual(['Previous 500 rows', 'Next 200 rows']);
    await pager.getByRole('button', { name: 'Next 200 rows' }).click();
    await page.locator('td[data-address="A1201"]').waitFor();
    expect(await pager.locator('.pager-text').textContent()).toBe('Rows 1,002–1,201 of 1,201 (row 1 above)');
    // The last page's 200 rows, then blank rows to type in, as Sheets shows them.
    expect(await page.locator('tbody tr th[scope="row"]').first().textContent()).toBe('1002');
    expect(await rowTexts(page, [1201, 1202])).toEqual([['Item 1200', '2400', '3600'], []]);
    await pager.getByRole('button', { name: 'Previous 500 rows' }).click();
    await page.locator('td[data-address="A502"]').waitFor();
  });

  it('keeps the row numbers and the header row clear of the cells when scrolled right and down', async () => {
    const { page } = await openPreview({ sheets: [longSheet(80, 30)] });
    await page.locator('#grid-scroll').evaluate((grid) => {
      grid.scrollLeft = 1200;
      grid.scrollTop = 600;
    });
    // What the user sees at the middle of a row number, a header cell and a column letter.
    const topmostAt = (selector: string) =>
      page.locator(selector).evaluate((node) => {
        const box = node.getBoundingClientRect();
        const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        return top === node || node.contains(top);
      });
    expect(await topmostAt('th[scope="row"]:text-is("1")')).toBe(true);
    expect(await topmostAt('td[data-address="P1"]')).toBe(true);
    expect(await topmostAt('th[scope="col"]:text-is("P")')).toBe(true);
    // The first body row drawn wholly below the header row is not covered by it.
    const firstVisibleRow = await page.evaluate(() => {
      const header = document.querySelector('td[data-address="P1"]')?.getBoundingClientRect().bottom ?? 0;
      const rows = [...document.querySelectorAll<HTMLElement>('th[scope="row"]')].slice(1);
      return rows.find((row) => row.getBoundingClientRect().top >= header)?.textContent;
    });
    expect(await topmostAt(`th[scope="row"]:text-is("${firstVisibleRow}")`)).toBe(true);
    await page.screenshot({ path: artifactPath('preview-scrolled.png') });
  });
});

describe('formatting and charts in the preview', () => {
  it('shows the colours, bold text and conditional colours the add-on gave the cells', async () => {
    const { page, preview } = await openPreview({
      sheets: [
        {
          name: 'Status',
          frozenRows: 1,
          values: [
            ['Status', 'Change'],
            ['Off track', -2],
            ['On track', 3],
          ],
        },
      ],
    });
    const app = preview.session.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheetByName('Status') as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.getRange('A1:B1').setFontWeight('bold');
    sheet.getRange('B2').setBackground('#f4c7c3');
    sheet.setConditionalFormatRules([textRule(app, sheet.getRange('A2:A'), 'Off track', '#fce8e6', '#a50e0e')]);
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    const style = (a1: string) =>
      page.locator(`td[data-address="${a1}"]`).evaluate((td) => {
        const computed = getComputedStyle(td);
        return [computed.backgroundColor, computed.color, computed.fontWeight];
      });
    expect(await style('A1')).toEqual(['rgb(255, 255, 255)', 'rgb(32, 33, 36)', '600']);
    expect(await style('A2')).toEqual(['rgb(252, 232, 230)', 'rgb(165, 14, 14)', '400']);
    expect(await style('A3')).toEqual(['rgb(255, 255, 255)', 'rgb(32, 33, 36)', '400']);
    expect(await style('B2')).toEqual(['rgb(244, 199, 195)', 'rgb(32, 33, 36)', '400']);
  });

  it('flags a cell whose value its validation rule refuses, as Sheets does', async () => {
    const { page, preview } = await openPreview({
      sheets: [
        {
          name: 'Strategies',
          frozenRows: 1,
          values: [
            ['Status', 'Confidence'],
            ['Active', 7],
            ['Paused', 12],
          ],
        },
      ],
    });
    const app = preview.session.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheetByName('Strategies') as GoogleAppsScript.Spreadsheet.Sheet;
    const rule = () => app.newDataValidation().setAllowInvalid(false);
    sheet.getRange('A2:A').setDataValidation(rule().requireValueInList(['Active', 'On hold'], true).build());
    sheet
      .getRange('B2:B')
      .setDataValidation(rule().requireNumberBetween(0, 10).setHelpText('A number from 0 to 10.').build());
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    const flags = await Promise.all(
      ['A2', 'B2', 'A3', 'B3'].map((a1) => page.locator(`td[data-address="${a1}"]`).getAttribute('title')),
    );
    expect(flags).toEqual([
      null,
      null,
      'Invalid: Input must be an item on the specified list.',
      'Invalid: A number from 0 to 10.',
    ]);
    expect(await page.locator('td.invalid').count()).toBe(2);
    await clickCell(page, 'B3');
    expect(await page.locator('#cell-note').textContent()).toBe('Invalid: A number from 0 to 10.');
  });

  it('draws a chart the add-on embeds, from the options it gave the chart builder', async () => {
    const { page, preview } = await openPreview({ sheets: [longSheet(3)] });
    const app = preview.session.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
    sheet.insertChart(
      sheet.newChart().addRange(sheet.getRange('A1:C4')).setPosition(2, 5, 0, 0).setOption('title', 'Pipeline').build(),
    );
    await page.reload();
    await page.waitForSelector('body[data-ready="true"]');
    const chart = page.locator('figure.embedded-chart');
    expect(await chart.getAttribute('data-series')).toBe('2');
    expect(await chart.locator('figcaption').textContent()).toBe('Pipeline (anchored at E2)');
    expect(await chart.locator('canvas').evaluate(paintedPixels)).toBeGreaterThan(500);
  });
});

/** A conditional format rule: text equal to `text` gets this background and font colour. */
function textRule(
  app: GoogleAppsScript.Spreadsheet.SpreadsheetApp,
  range: GoogleAppsScript.Spreadsheet.Range,
  text: string,
  background: string,
  fontColor: string,
): GoogleAppsScript.Spreadsheet.ConditionalFormatRule {
  return app
    .newConditionalFormatRule()
    .setRanges([range])
    .whenTextEqualTo(text)
    .setBackground(background)
    .setFontColor(fontColor)
    .build();
}

describe('the active sheet and the selected cell', () => {
  const standIn = () =>
    openPreview({
      load: standInAddon,
      sheets: [
        { name: STAND_IN.sheet, frozenRows: 1, values: [['Quarter']] },
        { name: 'Plan', frozenRows: 0, values: [['Pipeline']] },
      ],
    });

  it('moves to the sheet a menu item made active, as Sheets does', async () => {
    const { page } = await standIn();
    await chooseMenuItem(page, 'Add a sheet');
    await page.getByRole('table', { name: 'Forecast' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Forecast' }).getAttribute('aria-selected')).toBe('true');
    expect(await cellText(page, 'A1')).toBe('Added');
  });

  it('makes the sheet whose tab the user opens the one the add-on sees as active', async () => {
    const { page } = await standIn();
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByRole('table', { name: 'Plan' }).waitFor();
    await chooseMenuItem(page, 'Which sheet?');
    expect(await page.locator('.toast-message').textContent()).toBe('Plan');
  });

  it('opens another sheet at its top left, whatever the last one was scrolled to', async () => {
    const { page } = await openPreview({ sheets: [longSheet(80, 30), { ...longSheet(80, 30), name: 'Forecast' }] });
    await page.locator('#grid-scroll').evaluate((grid) => {
      grid.scrollLeft = 1200;
      grid.scrollTop = 600;
    });
    await page.getByRole('tab', { name: 'Forecast' }).click();
    await page.getByRole('table', { name: 'Forecast' }).waitFor();
    expect(await page.locator('#grid-scroll').evaluate((grid) => [grid.scrollLeft, grid.scrollTop])).toEqual([0, 0]);
  });

  it('keeps every tab reachable when the sheets outnumber the width of the window', async () => {
    const names = Array.from({ length: 14 }, (_, i) => `Team ${i + 1} quarterly plan`);
    const { page } = await openPreview({
      sheets: names.map((name) => ({ name, frozenRows: 0, values: [[name]] })),
    });
    await page.setViewportSize({ width: 900, height: 700 });
    const last = page.getByRole('tab', { name: 'Team 14 quarterly plan' });
    await last.scrollIntoViewIfNeeded();
    await last.click();
    expect(await cellText(page, 'A1')).toBe('Team 14 quarterly plan');
    // The tabs scroll on their own: the page keeps its width, so the grid stays in view.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBe(900);
    const cell = await page.locator('td[data-address="A1"]').boundingBox();
    expect(cell && cell.x >= 0 && cell.x + cell.width <= 900).toBe(true);
    expect(await last.evaluate((tab) => tab.getBoundingClientRect().height)).toBeLessThan(40);
    await page.screenshot({ path: artifactPath('preview-tabs.png') });
  });

  it('shows a selected cell’s note under the formula bar', async () => {
    const { page } = await openPreview({
      sheets: [
        { name: 'Variance', frozenRows: 0, values: [['Reworded', 'Kept']], notes: [['Was: Cut churn to 6%', '']] },
      ],
    });
    await clickCell(page, 'A1');
    expect(await page.locator('#cell-note').textContent()).toBe('Was: Cut churn to 6%');
    await clickCell(page, 'B1');
    expect(await page.locator('#cell-note').isHidden()).toBe(true);
  });

  it('aligns numbers and dates right and text left, even text that looks like a number', async () => {
    const { page } = await openPreview({
      sheets: [{ name: 'Confidence', frozenRows: 0, values: [[7, "'12", '2026-10-01', 'about 7']] }],
    });
    const alignments = await Promise.all(
      ['A1', 'B1', 'C1', 'D1'].map((a1) =>
        page.locator(`td[data-address="${a1}"]`).evaluate((td) => getComputedStyle(td).textAlign),
      ),
    );
    expect(await rowTexts(page, [1])).toEqual([['7', '12', '2026-10-01', 'about 7']]);
    expect(alignments).toEqual(['right', 'start', 'right', 'start']);
  });
});

describe('toasts and dialogs in the preview', () => {
  const standIn = () =>
    openPreview({ load: standInAddon, sheets: [{ name: STAND_IN.sheet, frozenRows: 1, values: [['Quarter']] }] });

  it('keeps the error of a menu item that failed until the user closes it', async () => {
    const { page } = await standIn();
    await chooseMenuItem(page, 'Break');
    const error = page.getByRole('alert');
    await error.waitFor();
    expect(await error.locator('.toast-title').textContent()).toBe('breakDown failed');
    expect(await error.locator('.toast-message').textContent()).toBe(STAND_IN.failure);
    await error.getByRole('button', { name: 'Close message' }).click();
    await error.waitFor({ state: 'detached' });
  });

  it('keeps a toast the add-on raised with no timeout until the user closes it', async () => {
    const { page } = await standIn();
    await chooseMenuItem(page, 'Say hello');
    const toast = page.locator('.toast');
    expect(await toast.locator('.toast-message').textContent()).toBe('Hello from the stand-in.');
    expect(await toast.locator('.toast-title').textContent()).toBe('Stand-in');
    await toast.getByRole('button', { name: 'Close message' }).click();
    await toast.waitFor({ state: 'detached' });
  });

  it('shows a confirmation with the answer the add-on got, and the cells that answer wrote', async () => {
    const { page } = await standIn();
    await chooseMenuItem(page, 'Take quarterly snapshot…');
    const dialog = page.getByRole('dialog', { name: 'Take snapshot' });
    await dialog.waitFor();
    expect(await dialog.locator('#dialog-message').textContent()).toBe('Take the snapshot of 2026-Q4?');
    expect(await dialog.getByRole('button').allTextContents()).toEqual(['Yes', 'No']);
    expect(await dialog.locator('button.answered').textContent()).toBe('Yes');
    expect(await dialog.locator('#dialog-note').textContent()).toBe(
      'The add-on got “Yes”. Another answer undoes this run and runs it again with yours.',
    );
    expect(await rowTexts(page, [1, 2])).toEqual([['Quarter'], ['2026-Q4']]);
    await page.screenshot({ path: artifactPath('preview-dialog.png') });
  });

  it('runs the item again with another answer, from the spreadsheet as it was', async () => {
    const { page } = await standIn();
    await chooseMenuItem(page, 'Take quarterly snapshot…');
    const dialog = page.getByRole('dialog', { name: 'Take snapshot' });
    await page.locator('td[data-address="A2"]').waitFor();
    expect(await page.locator('.toast-message').allTextContents()).toEqual(['Snapshot 2026-Q4 taken.']);
    await dialog.getByRole('button', { name: 'No' }).click();
    await page.waitForFunction(() => document.querySelector('td[data-address="A2"]')?.textContent === '');
    expect(await rowTexts(page, [2])).toEqual([[]]);
    expect(await dialog.isHidden()).toBe(true);
    // The undone run's toast goes with it: only what the run with the user's answer said stays.
    await page.locator('.toast-message', { hasText: 'Snapshot cancelled.' }).waitFor();
    expect(await page.locator('.toast-message').allTextContents()).toEqual(['Snapshot cancelled.']);
  });
});

describe('the google.script.run client API sidebars get', () => {
  const contexts: BrowserContext[] = [];
  afterEach(async () => {
    for (const context of contexts.splice(0)) await context.close();
  });

  /** A page with the client API, its calls answered by the built add-on over the demo register. */
  async function clientPage(handler?: RpcHandler): Promise<Page> {
    const context = await browser().newContext();
    contexts.push(context);
    const page = await context.newPage();
    const demo = demoWorkbook();
    const session = new AddonSession(emulatorWithSheets(demo.timeZone, demo.sheets, DIST_DIR), () => undefined);
    await installGoogleScriptRun(page, handler ?? ((name, args) => session.rpc(name, args)));
    await page.goto('data:text/html,<title>Sidebar</title>');
    return page;
  }

  it('fails a call with a Date argument before it reaches the server', async () => {
    const calls: string[] = [];
    const page = await clientPage((name) => {
      calls.push(name);
      return { ok: true };
    });
    const message = await page.evaluate(
      () =>
        new Promise((resolve) => {
          (window as unknown as ClientWindow).google.script.run
            .withSuccessHandler(() => resolve('called the server'))
            .withFailureHandler((error) => resolve(error.message))
            .STRATEGY_PROGRESS(new Date(0), 1, 1);
        }),
    );
    expect(message).toBe('Failed due to illegal value in property: 0 (a Date).');
    expect(calls).toEqual([]);
  });

  it('gives each with… call a new runner', async () => {
    const page = await clientPage();
    const results = await page.evaluate(async () => {
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

  it('sends a server error to the failure handler with the add-on’s sentence', async () => {
    const page = await clientPage();
    const message = await page.evaluate(
      () =>
        new Promise((resolve) => {
          (window as unknown as ClientWindow).google.script.run
            .withFailureHandler((error) => resolve(error.message))
            .STRATEGY_PROGRESS('n/a', 1, 1);
        }),
    );
    expect(message).toBe('RegisterError: STRATEGY_PROGRESS: baseline is "n/a", not a number.');
  });

  it('hands calls to the test with the Apps Script argument rules, and the reply to the handler', async () => {
    const calls: [string, unknown[]][] = [];
    const page = await clientPage((name, args) => {
      calls.push([name, args]);
      return { ok: true, value: { saved: args.length } };
    });
    const reply = await page.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          (window as unknown as ClientWindow).google.script.run
            .withSuccessHandler((value, userObject) => resolve({ value, userObject }))
            .withUserObject('row 7')
            .writeCell('=1+1', { learning: undefined, rows: [1, undefined] } as never);
        }),
    );
    expect(reply).toEqual({ value: { saved: 2 }, userObject: 'row 7' });
    expect(calls).toEqual([['writeCell', ['=1+1', { rows: [1, null] }]]]);
  });
});
