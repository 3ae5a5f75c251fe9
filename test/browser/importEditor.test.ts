/**
 * The import's mapping editor in Chromium over the built dist/Code.js, reached as a user
 * reaches it: Import a plan from this sheet… on the plan's tab, No to the question, then
 * one column corrected in the sidebar and Import.
 */
import type { Browser } from 'playwright-core';
import { Button } from '../../local/emulator';
import { workbookDifferences } from '../fixtures/workbookDiff';
import { type AddonBackend, addonBackend, launchChromium, openSidebar, type SidebarSession } from './sidebarBridge';
import { CLEAN_SALES_REGISTER } from './sidebarFixtures';

jest.setTimeout(60_000);

const PLAN_SHEET = 'Q3 plan';
/** "Focus area" is no header the import knows: the menu reads the initiatives as tactics with no strategy. */
const PLAN = [
  ['Focus area', 'Initiative', 'Lead', 'Due', 'Budget code'],
  ['Grow mid-market revenue', 'Hire two mid-market AEs', 'Sales leadership', '2026-09-30', 'SM-201'],
  ['Grow mid-market revenue', 'Partner-sourced pipeline program', 'Partnerships', '2026-12-15', 'SM-202'],
  ['Keep customers we already have', 'QBRs for every tier-1 account', 'Customer success', '2026-10-31', 'CS-110'],
  ['Keep customers we already have', '=HYPERLINK("http://x","renewal desk")', 'CS Ops', '', 'CS-111'],
];

let browser: Browser;
const sessions: SidebarSession[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

afterEach(async () => {
  for (const session of sessions.splice(0)) {
    expect(session.incidents).toEqual([]);
    await session.close();
  }
});

/** The register with the plan on its own tab, the menu item run there and answered No: the editor it opens. */
async function editorFromMenu(): Promise<{ backend: AddonBackend; session: SidebarSession }> {
  const backend = addonBackend(CLEAN_SALES_REGISTER, {
    edit: (addon) => {
      addon.emulator.seedSheet(PLAN_SHEET, PLAN, { raw: true });
      addon.emulator.spreadsheet.getSheetByName(PLAN_SHEET)?.activate();
      addon.emulator.ui.scriptedAnswers.push({ button: Button.NO });
    },
  });
  const html = backend.sidebarFromMenu('importPlan');
  const session = await openSidebar(browser, backend, { html });
  sessions.push(session);
  await session.page.getByRole('heading', { name: 'Columns' }).waitFor();
  return { backend, session };
}

/** Register rows holding `source` in their Source column, as objects of the named columns. */
function rowsFrom(backend: AddonBackend, sheet: string, headers: readonly string[]): Record<string, unknown>[] {
  const [header = [], ...rows] = backend.readSheet(sheet);
  const source = header.indexOf('Source');
  return rows
    .filter((row) => String(row[source] ?? '').startsWith(`${PLAN_SHEET}!`))
    .map((row) => Object.fromEntries(headers.map((name) => [name, row[header.indexOf(name)]])));
}

describe('the mapping editor, opened by No to the menu’s question', () => {
  it('corrects one column to Strategy, previews the rows as they will land, and imports them', async () => {
    const { backend, session } = await editorFromMenu();
    const { page } = session;
    expect(await page.locator('.import-summary').textContent()).toBe("4 tactics from 'Q3 plan'.");
    expect(await page.getByLabel('A · Focus area').inputValue()).toBe('ignore');
    await session.screenshot('import-01-editor-as-found');

    const before = backend.workbook();
    const ownRows = { Strategies: backend.readSheet('Strategies'), Tactics: backend.readSheet('Tactics') };
    await page.getByLabel('A · Focus area').selectOption('strategy');
    await page.locator('.import-summary', { hasText: '2 strategies and 4 tactics' }).waitFor();
    expect(await page.locator('.import-summary').textContent()).toBe("2 strategies and 4 tactics from 'Q3 plan'.");
    const preview = page.getByRole('list', { name: 'Rows as they will land' });
    expect(await preview.locator('.strategy-statement').allTextContents()).toEqual([
      'Grow mid-market revenue',
      'Keep customers we already have',
    ]);
    // Text that looks like a formula is previewed, and lands, as the text it is.
    expect(await preview.locator('.tactic-statement').last().textContent()).toBe(
      '=HYPERLINK("http://x","renewal desk")',
    );
    // Correcting the mapping reads the sheet again and writes nothing.
    expect(workbookDifferences(before, backend.workbook())).toEqual([]);
    await session.screenshot('import-02-focus-area-as-strategy');

    await page.getByRole('button', { name: /^Import 2 strategies and 4 tactics/ }).click();
    const told = page.getByRole('status');
    await told.filter({ hasText: 'Imported' }).waitFor();
    expect(await told.textContent()).toMatch(
      /^Imported 2 strategies and 4 tactics from 'Q3 plan' into Strategies rows \d+–\d+ and Tactics rows \d+–\d+\. Health check: /,
    );
    // The editor reads the sheet again: everything is in, so nothing is left to import.
    await page.getByText('Nothing new to add.').waitFor();
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    await session.screenshot('import-03-imported');

    const strategies = rowsFrom(backend, 'Strategies', ['ID', 'Strategy', 'Source']);
    expect(strategies.map((row) => [row.Strategy, row.Source])).toEqual([
      ['Grow mid-market revenue', 'Q3 plan!2'],
      ['Keep customers we already have', 'Q3 plan!4'],
    ]);
    const tactics = rowsFrom(backend, 'Tactics', ['Strategy ID', 'Tactic', 'Owner', 'Source']);
    const [grow, keep] = strategies.map((row) => row.ID);
    expect(tactics).toEqual([
      { 'Strategy ID': grow, Tactic: 'Hire two mid-market AEs', Owner: 'Sales leadership', Source: 'Q3 plan!2' },
      { 'Strategy ID': grow, Tactic: 'Partner-sourced pipeline program', Owner: 'Partnerships', Source: 'Q3 plan!3' },
      { 'Strategy ID': keep, Tactic: 'QBRs for every tier-1 account', Owner: 'Customer success', Source: 'Q3 plan!4' },
      { 'Strategy ID': keep, Tactic: '=HYPERLINK("http://x","renewal desk")', Owner: 'CS Ops', Source: 'Q3 plan!5' },
    ]);
    // The register's own cells are as they were: the import only added rows below them (and the Source header).
    for (const [sheet, grid] of Object.entries(ownRows)) {
      const now = backend.readSheet(sheet);
      expect(grid.map((row, r) => now[r]?.slice(0, row.length))).toEqual(grid);
    }
    expect(backend.readSheet(PLAN_SHEET)).toEqual(PLAN);
  });

  it('imports nothing the second time, and says so', async () => {
    const { backend, session } = await editorFromMenu();
    const { page } = session;
    await page.getByLabel('A · Focus area').selectOption('strategy');
    await page.getByRole('button', { name: /^Import 2 strategies and 4 tactics/ }).click();
    await page.getByText('Nothing new to add.').waitFor();
    const after = backend.workbook();

    // The same sheet again, as the menu reads it: the tactics only are imported before too.
    await page.getByLabel('A · Focus area').selectOption('ignore');
    await page.locator('.import-summary', { hasText: 'nothing' }).waitFor();
    expect(await page.locator('.meta', { hasText: 'Imported before' }).textContent()).toBe(
      'Imported before, not added again: 4 tactics.',
    );
    await page.getByLabel('A · Focus area').selectOption('strategy');
    await page.locator('.meta', { hasText: 'Imported before, not added again: 2 strategies and 4 tactics.' }).waitFor();
    expect(await page.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    expect(workbookDifferences(after, backend.workbook())).toEqual([]);
    await session.screenshot('import-04-nothing-new');
  });
});
