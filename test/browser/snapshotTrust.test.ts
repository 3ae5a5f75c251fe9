/**
 * The sidebar's snapshot, variance and settings refusals in headless Chromium, over the
 * built dist/Code.js: each says why in the sidebar and leaves the spreadsheet as it was.
 */
import type { Browser, Page } from 'playwright-core';
import { flowBackend, launchChromium, openSidebar, type SidebarBackend, type SidebarSession } from './sidebarBridge';
import { CLEAN_SALES_REGISTER, EMPTY_REGISTER } from './sidebarFixtures';

jest.setTimeout(60_000);

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

async function open(backend: SidebarBackend, initialView?: string): Promise<SidebarSession> {
  const session = await openSidebar(browser, backend, initialView ? { initialView } : {});
  sessions.push(session);
  return session;
}

const operations = (page: Page) => page.getByRole('region', { name: 'Snapshot and variance' });

describe('snapshot and variance refusals in the sidebar', () => {
  it('says there is nothing to snapshot in an empty register instead of offering a quarter', async () => {
    const backend = flowBackend(EMPTY_REGISTER);
    const { page, calls, screenshot } = await open(backend);
    await page.getByText('No strategies yet.', { exact: false }).waitFor();
    await operations(page).getByRole('button', { name: 'Take snapshot' }).click();
    const refusal = operations(page).locator('.result.failed');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'There is nothing to snapshot yet: the Strategies and Tactics sheets hold no strategies or tactics. Add a strategy, then take the snapshot.',
    );
    expect(await operations(page).getByLabel('Quarter to snapshot').count()).toBe(0);
    expect(calls).toEqual(['getRegister', 'snapshotPlan']);
    expect(backend.snapshotQuarters()).toEqual([]);
    await screenshot('trust-01-empty-register-snapshot');
  });

  it('says one snapshot leaves nothing to compare yet', async () => {
    const backend = flowBackend(CLEAN_SALES_REGISTER);
    backend.call('takeSnapshotNow', ['2026-Q3', false]);
    const { page, screenshot } = await open(backend);
    await page.locator('li.strategy').first().waitFor();
    await operations(page).getByRole('button', { name: 'Build variance' }).click();
    const refusal = operations(page).locator('.result.failed');
    await refusal.waitFor();
    expect(await refusal.textContent()).toBe(
      'Snapshot History holds one snapshot (2026-Q3), so there is nothing to compare yet: the variance needs the snapshot of a second quarter.',
    );
    await screenshot('trust-02-one-snapshot-variance');
  });
});

describe('settings once snapshots exist', () => {
  it('keeps the fiscal year start month fixed and says why and how to start anew', async () => {
    const backend = flowBackend(CLEAN_SALES_REGISTER);
    for (const quarter of ['2026-Q2', '2026-Q3']) backend.call('takeSnapshotNow', [quarter, false]);
    const { page, screenshot } = await open(backend, 'settings');
    const month = page.getByLabel('Fiscal year starts in');
    await month.waitFor();
    expect(await month.isDisabled()).toBe(true);
    await page
      .getByText('The fiscal year start month stays January: Snapshot History holds 2026-Q2, 2026-Q3', { exact: false })
      .waitFor();
    await page.getByLabel('Stakeholder groups').fill('Account executives\nSales ops');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.locator('form .result.ok').waitFor();
    expect(backend.call('getSettings', [])).toMatchObject({
      fiscalYearStartMonth: 1,
      stakeholderGroups: ['Account executives', 'Sales ops'],
    });
    await screenshot('trust-03-settings-month-locked');
  });
});
