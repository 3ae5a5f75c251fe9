import { demoWorkbook } from '../../local/demo/demoWorkbook';
import type { SheetSeed } from '../../local/preview/sheetAccess';
import { HISTORY_VERSION_KEY } from '../../src/domain/history/historyVersion';
import { artifactPath, useBrowser } from './helpers/chromium';
import {
  cellShows,
  cellText,
  chooseMenuItem,
  paintedPixels,
  pasteAt,
  typeIntoCell,
  usePreviewPages,
} from './helpers/previewPage';

jest.setTimeout(20_000);

const browser = useBrowser();
const openPreview = usePreviewPages(browser);

const formulaBar = (page: import('playwright-core').Page) => page.locator('#formula').textContent();

describe('the preview is a spreadsheet you can type in', () => {
  it('shows 0.5 for =STRATEGY_PROGRESS(8%, 5%, 6.5%) typed into a cell, and the formula in the formula bar', async () => {
    const { page } = await openPreview({ start: 'empty' });
    await typeIntoCell(page, 'B2', '=STRATEGY_PROGRESS(8%, 5%, 6.5%)');
    await cellShows(page, 'B2', '0.5');
    // Enter moved the selection down; going back shows the formula behind the value.
    expect(await page.locator('td.selected').getAttribute('data-address')).toBe('B3');
    await page.locator('td[data-address="B2"]').click();
    expect(await formulaBar(page)).toBe('=STRATEGY_PROGRESS(8%, 5%, 6.5%)');
    await page.screenshot({ path: artifactPath('preview-typed-formula.png') });
  });

  it('recomputes a strategy’s Progress when its Current is changed', async () => {
    const { page } = await openPreview();
    expect(await cellText(page, 'P3')).toBe('50%');
    await typeIntoCell(page, 'G3', '7%');
    await cellShows(page, 'P3', '33%');
    expect(await cellText(page, 'G3')).toBe('7.0%');
  });

  it('moves with Tab, clears with Delete and undoes the last edit', async () => {
    const { page } = await openPreview({ sheets: [{ name: 'Plan', frozenRows: 0, values: [['keep', 'me']] }] });
    await page.locator('td[data-address="A1"]').click();
    await page.keyboard.press('Tab');
    expect(await page.locator('td.selected').getAttribute('data-address')).toBe('B1');
    await page.keyboard.press('Delete');
    await cellShows(page, 'B1', '');
    await page.keyboard.press('Control+z');
    await cellShows(page, 'B1', 'me');
    await page.getByRole('button', { name: 'Edit' }).click();
    expect(await page.getByRole('menuitem').allTextContents()).toEqual(['Undo (Ctrl+Z)']);
  });

  it('pastes a block of cells, read as a user’s typing, growing the sheet where it must', async () => {
    const { page } = await openPreview({ sheets: [{ name: 'Plan', frozenRows: 0, values: [['Item']] }] });
    await pasteAt(page, 'A1', [
      ['Win rate', '25%', '2026-10-01'],
      ['Churn', '1,250', "'12"],
    ]);
    await cellShows(page, 'B2', '1250');
    expect([await cellText(page, 'B1'), await cellText(page, 'C1'), await cellText(page, 'C2')]).toEqual([
      '25%',
      '2026-10-01',
      '12',
    ]);
  });

  it('runs the add-on’s onEdit as Sheets does: an edit typed into Snapshot History gives the history a new version', async () => {
    const { page, preview } = await openPreview();
    await page.getByRole('tab', { name: 'Snapshot History' }).click();
    await page.getByRole('table', { name: 'Snapshot History' }).waitFor();
    const properties = () =>
      (preview.session.emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
        .getDocumentProperties()
        .getProperty(HISTORY_VERSION_KEY);
    const before = properties();
    await typeIntoCell(page, 'F2', 'Reworded by hand');
    await cellShows(page, 'F2', 'Reworded by hand');
    expect(properties()).toMatch(/^edited \d+$/);
    expect(properties()).not.toBe(before);
  });

  it('adds, renames and deletes sheets from the tab bar, and formulas follow a renamed sheet', async () => {
    const { page } = await openPreview({ sheets: [{ name: 'Plan', frozenRows: 0, values: [[4]] }] });
    await page.getByRole('button', { name: 'Add sheet' }).click();
    await page.getByRole('tab', { name: 'Sheet2' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Sheet2' }).getAttribute('aria-selected')).toBe('true');
    await typeIntoCell(page, 'A1', '=Plan!A1*2');
    await cellShows(page, 'A1', '8');
    await page.getByRole('tab', { name: 'Plan' }).click();
    await page.getByRole('button', { name: 'Plan options' }).click();
    await page.getByRole('menuitem', { name: 'Rename' }).click();
    await page.getByRole('textbox', { name: 'Rename Plan' }).fill('Targets');
    await page.keyboard.press('Enter');
    await page.getByRole('tab', { name: 'Targets' }).waitFor();
    await page.getByRole('tab', { name: 'Sheet2' }).click();
    await page.locator('td[data-address="A1"]').click();
    expect(await formulaBar(page)).toBe('=Targets!A1*2');
    await page.getByRole('button', { name: 'Sheet2 options' }).click();
    await page.getByRole('menuitem', { name: 'Delete' }).click();
    await page.getByRole('tab', { name: 'Sheet2' }).waitFor({ state: 'detached' });
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Targets']);
  });
});

describe('the preview draws what Sheets draws', () => {
  it('draws the variance sheet’s trend sparklines and its chart', async () => {
    const { page } = await openPreview();
    await chooseMenuItem(page, 'Build QoQ variance…');
    await page.getByRole('table', { name: 'QoQ Variance' }).waitFor();
    const lines = page.locator('td svg.sparkline polyline');
    await lines.first().waitFor();
    expect(await lines.count()).toBe(4);
    const chart = page.locator('figure.embedded-chart');
    expect(await chart.locator('figcaption').textContent()).toMatch(/^Progress per strategy across quarters/);
    expect(Number(await chart.getAttribute('data-series'))).toBe(4);
    expect(await chart.locator('canvas').evaluate(paintedPixels)).toBeGreaterThan(1000);
    // The prompt for the quarters got the default answer; OK keeps it and closes the dialog.
    await page.getByRole('dialog').getByRole('button', { name: 'OK' }).click();
    await lines.first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: artifactPath('preview-variance-drawn.png'), fullPage: true });
  });

  it('shows Set up register’s conditional colour and status dropdown on a register typed into the grid', async () => {
    const { page } = await openPreview({ start: 'empty' });
    await chooseMenuItem(page, 'Set up register');
    await page.getByRole('tab', { name: 'Strategies' }).click();
    await page.getByRole('table', { name: 'Strategies' }).waitFor();
    await pasteAt(page, 'A2', [['S1', 'Cut churn from 8% to 5%', 'Churn', '%', '8%', '5%', '5%', 'Customer success']]);
    await cellShows(page, 'P2', '100%');
    const background = (a1: string) =>
      page.locator(`td[data-address="${a1}"]`).evaluate((td) => getComputedStyle(td).backgroundColor);
    expect(await background('P2')).not.toBe('rgb(255, 255, 255)');
    await page.locator('td[data-address="K2"] .dropdown-chip').click();
    await page.getByRole('option', { name: 'On hold' }).click();
    await cellShows(page, 'K2', 'On hold');
    expect(await background('K2')).not.toBe('rgb(255, 255, 255)');
    await page.screenshot({ path: artifactPath('preview-register-typed.png') });
  });
});

/** A sheet to try every formula on: inputs in A–H, scalar calls pasted into J, range calls into K–Q. */
const TRY_SHEET: SheetSeed = {
  name: 'Try',
  frozenRows: 1,
  values: [
    ['Baseline', 'Target', 'Current', 'Date', 'Progress', 'Start', 'Due', 'ID'],
    [0.2, 0.25, 0.225, '2026-08-15', 0.5, '2026-01-01', '2026-04-11', 'S1'],
    [0.08, 0.05, 0.065, '2027-03-10', 0.3, '2026-01-01', '2026-04-11', 'S2'],
  ],
};

describe('every custom function in a cell of the preview', () => {
  const start = () => {
    const demo = demoWorkbook();
    return openPreview({ sheets: [...demo.sheets, TRY_SHEET], timeZone: demo.timeZone });
  };

  it('works with single values', async () => {
    const { page } = await start();
    await page.getByRole('tab', { name: 'Try' }).click();
    await page.getByRole('table', { name: 'Try' }).waitFor();
    await pasteAt(page, 'J2', [
      ['=STRATEGY_PROGRESS(8%, 5%, 6.5%)'],
      ['=FISCAL_QUARTER(DATE(2026,8,15), 7)'],
      ['=ON_TRACK(0.5, DATE(2026,1,1), DATE(2026,4,11), DATE(2026,2,20))'],
      ['=STRATEGY_CHECK("Implement a CRM", "", "", "", "Sales ops")'],
      ['=SNAPSHOT_VALUE("S2", "Current", "2026-Q2")'],
      ['=QOQ_CHANGE("S2", "Current", "2026-Q2", "2026-Q3")'],
      ['=STRATEGY_DRIFT("S3")'],
    ]);
    await cellShows(page, 'J8', '0');
    const shown = await Promise.all(['J2', 'J3', 'J4', 'J5', 'J6', 'J7'].map((a1) => cellText(page, a1)));
    expect(shown.slice(0, 3)).toEqual(['0.5', 'FY2027-Q1', 'On track']);
    expect(shown[3]).toMatch(/^This strategy reads like a tactic: /);
    expect(shown.slice(4)).toEqual(['0.076', '-0.006']);
  });

  it('works with ranges, one call filling the column', async () => {
    const { page } = await start();
    await page.getByRole('tab', { name: 'Try' }).click();
    await page.getByRole('table', { name: 'Try' }).waitFor();
    await pasteAt(page, 'K2', [
      [
        '=STRATEGY_PROGRESS(A2:A3, B2:B3, C2:C3)',
        '=FISCAL_QUARTER(D2:D3, 7)',
        '=ON_TRACK(E2:E3, F2:F3, G2:G3, DATE(2026,2,20))',
        '=STRATEGY_CHECK(Strategies!B2:B3, Strategies!C2:C3, Strategies!E2:E3, Strategies!F2:F3, Strategies!H2:H3)',
        '=SNAPSHOT_VALUE(H2:H3, "Current", "2026-Q2")',
        '=QOQ_CHANGE(H2:H3, "Current", "2026-Q2", "2026-Q3")',
        '=STRATEGY_DRIFT(H2:H3)',
      ],
    ]);
    await cellShows(page, 'Q3', '0.15');
    const rows = await Promise.all(
      ['2', '3'].map((row) => Promise.all('KLMNOPQ'.split('').map((column) => cellText(page, `${column}${row}`)))),
    );
    expect(rows).toEqual([
      ['0.5', 'FY2027-Q1', 'On track', 'OK', '0.205', '0.01', '0.2'],
      ['0.5', 'FY2027-Q3', 'Off track', 'OK', '0.076', '-0.006', '0.15'],
    ]);
  });
});
