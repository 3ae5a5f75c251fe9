/**
 * The built sidebar in headless Chromium on registers a user has changed by hand: a header
 * blanked, a register sheet renamed, dates in a spreadsheet east of UTC. What the sidebar
 * shows must be what the sheet holds, and each set-up or save must say what it did.
 */
import type { Page } from 'playwright-core';
import type { LoadedAddon } from '../../local/appsScriptRuntime';
import { startOfZonedDay } from '../../src/domain/timeZone';
import { useBrowser } from './helpers/chromium';
import { addonBackend, type BackendOptions, openSidebar, type SidebarSession } from './sidebarBridge';
import { CLEAN_SALES_REGISTER, EMPTY_REGISTER, type RegisterFixture } from './sidebarFixtures';

jest.setTimeout(60_000);

const browser = useBrowser();
const sessions: SidebarSession[] = [];

afterEach(async () => {
  for (const session of sessions.splice(0)) {
    expect(session.incidents).toEqual([]);
    await session.close();
  }
});

async function open(fixture: RegisterFixture, options: BackendOptions = {}): Promise<SidebarSession> {
  const session = await openSidebar(browser(), addonBackend(fixture, options));
  sessions.push(session);
  return session;
}

const strategyCard = (page: Page, text: string) => page.locator('li.strategy', { hasText: text });

const blankTargetHeader = (addon: LoadedAddon) =>
  addon.emulator.seedSheet('Strategies', [['']], { row: 1, column: 6, raw: true });

describe('a register whose Target header was blanked', () => {
  it('names the missing column and shows progress as unknown, not as none', async () => {
    const { page, screenshot } = await open(CLEAN_SALES_REGISTER, { edit: blankTargetHeader });
    const notice = page.getByRole('region', { name: 'Columns missing' });
    await notice
      .getByText(
        'Strategies has no "Target" column; column F has no header and holds numbers: was it Target? If so, type Target in F1.',
      )
      .waitFor();
    const winRate = strategyCard(page, 'Increase win rate');
    expect(await winRate.locator('.progress-label').textContent()).toBe('Progress unknown: no Target column');
    expect(await page.getByText('No progress yet').count()).toBe(0);
    await screenshot('trust-01-missing-target');
  });

  it('offers no Set up that could only add a second, empty Target', async () => {
    const { page } = await open(CLEAN_SALES_REGISTER, { edit: blankTargetHeader });
    await page.getByRole('region', { name: 'Columns missing' }).waitFor();
    expect(await page.getByRole('button', { name: 'Set up register' }).count()).toBe(0);
  });

  it('says what Set up register added, and that it left Target out', async () => {
    const { page, screenshot } = await open(CLEAN_SALES_REGISTER, {
      edit: (addon) => {
        blankTargetHeader(addon);
        // Learning deleted with its cells: nothing looks like it, so Set up may add it back.
        addon.emulator.seedSheet('Strategies', [['']], { row: 1, column: 14, raw: true });
      },
    });
    const notice = page.getByRole('region', { name: 'Columns missing' });
    await notice.getByRole('button', { name: 'Set up register' }).click();
    await page
      .getByRole('status')
      .getByText(
        'Set up register: added Learning to Strategies; created Check-ins. Existing data was not changed. Strategies has no "Target" column;',
        { exact: false },
      )
      .waitFor();
    expect(await page.getByRole('region', { name: 'Columns missing' }).locator('li').allTextContents()).toEqual([
      'Strategies has no "Target" column; column F has no header and holds numbers: was it Target? If so, type Target in F1.',
    ]);
    await screenshot('trust-02-set-up-withheld');
  });
});

describe('a renamed Tactics sheet', () => {
  it('is named in the sidebar, with the sheet that looks like it', async () => {
    const { page } = await open(CLEAN_SALES_REGISTER, {
      edit: (addon) => addon.emulator.spreadsheet.getSheetByName('Tactics')?.setName('Tactics 2026'),
    });
    const notice = page.getByRole('region', { name: 'Set up needed' });
    await notice
      .getByText(
        'There is no "Tactics" sheet; the sheet "Tactics 2026" has its headers: if it was renamed, name it Tactics again.',
      )
      .waitFor();
    expect(await page.getByText('Some register sheets are missing', { exact: false }).count()).toBe(0);
  });
});

describe('Set up register from the sidebar', () => {
  it('says what it created once the register shows', async () => {
    const { page, screenshot } = await open({ ...EMPTY_REGISTER, needsSetUp: true });
    await page.getByRole('region', { name: 'Set up needed' }).getByRole('button', { name: 'Set up register' }).click();
    await page
      .getByRole('status')
      .getByText(
        'Set up register: created Strategies; created Tactics; created Check-ins. Existing data was not changed.',
      )
      .waitFor();
    await page.getByText('No strategies yet. Add the first', { exact: false }).waitFor();
    await screenshot('trust-03-set-up-done');
  });
});

describe('a strategy started this quarter', () => {
  it('is not overdue for review the moment it is added', async () => {
    const { page } = await open(CLEAN_SALES_REGISTER);
    await strategyCard(page, 'Increase win rate').waitFor();
    await page.getByRole('button', { name: 'Add strategy' }).click();
    await page.getByLabel('Strategy (required)').fill('Grow pipeline coverage from 2x to 3x');
    await page.getByLabel('Metric').fill('Pipeline coverage');
    await page.getByLabel('Baseline').fill('2');
    await page.getByLabel('Target').fill('3');
    await page.getByLabel('Stakeholders').fill('Sales ops');
    // Start is left as the form opens it: today, in the spreadsheet's zone (UTC here).
    expect(await page.getByLabel('Start').inputValue()).toBe(new Date().toISOString().slice(0, 10));
    await page.getByRole('button', { name: 'Save' }).click();
    const added = strategyCard(page, 'Grow pipeline coverage');
    await added.waitFor();
    expect(await added.locator('.badges').textContent()).toContain('Not reviewed yet');
    expect(await added.getByText('Review overdue', { exact: false }).count()).toBe(0);
  });
});

describe('dates in a spreadsheet east of UTC', () => {
  const TOKYO = 'Asia/Tokyo';
  const lastDayOfMarch = startOfZonedDay({ year: 2026, month: 3, day: 31 }, TOKYO);

  it('shows a date typed into a text or number cell as the day the sheet shows', async () => {
    const { page } = await open(CLEAN_SALES_REGISTER, {
      timeZone: TOKYO,
      edit: (addon) => {
        addon.emulator.seedSheet('Strategies', [[lastDayOfMarch]], { row: 2, column: 3, raw: true }); // Metric
        addon.emulator.seedSheet('Strategies', [[lastDayOfMarch]], { row: 2, column: 12, raw: true }); // Confidence
      },
    });
    const winRate = strategyCard(page, 'Increase win rate');
    await winRate.getByText('Active · 2026-03-31 (%)').waitFor();
    await page.getByRole('navigation').getByRole('button', { name: 'Health' }).click();
    await page
      .getByText('Confidence of S1 (row 2) in Strategies is the date 2026-03-31, a date where a number belongs.')
      .waitFor();
  });
});
