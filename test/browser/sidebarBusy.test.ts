/**
 * A change the sidebar starts while another change holds the document lock, driven in
 * Chromium over the built dist/Code.js: the refusal reaches the page with its `busy` code,
 * and the sidebar waits and tries once more by itself instead of leaving the user a Retry.
 */
import type { Browser } from 'playwright-core';
import type { LoadedAddon } from '../../local/appsScriptRuntime';
import { SHEET } from '../../src/domain/register/schema';
import { type AddonBackend, addonBackend, launchChromium, openSidebar, type SidebarSession } from './sidebarBridge';
import { CLEAN_SALES_REGISTER } from './sidebarFixtures';

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

async function openWithAddon(): Promise<{ session: SidebarSession; addon: LoadedAddon; backend: AddonBackend }> {
  let loaded: LoadedAddon | undefined;
  const backend = addonBackend(CLEAN_SALES_REGISTER, { edit: (addon) => (loaded = addon) });
  if (!loaded) throw new Error('The backend gave no add-on.');
  const session = await openSidebar(browser, backend);
  sessions.push(session);
  await session.page.locator('li.strategy').first().waitFor();
  return { session, addon: loaded, backend };
}

describe('a sidebar change that finds another change holding the lock', () => {
  it('says it is waiting, tries again by itself, and saves once the other change is done', async () => {
    const { session, addon, backend } = await openWithAddon();
    const { page } = session;
    await page.getByRole('button', { name: 'Edit strategy S1' }).click();
    await page.getByLabel('Metric', { exact: true }).fill('Win rate, all deals');

    addon.emulator.locks.holdDocumentLockElsewhere();
    await page.getByRole('button', { name: 'Save' }).click();
    const banner = page.getByRole('alert');
    await banner.getByText('Trying again in a moment…').waitFor();
    expect(await banner.locator('p').textContent()).toBe(
      'Saving the strategy is waiting for another change to this spreadsheet to finish; try again in a moment. Trying again in a moment…',
    );
    expect(await banner.getByRole('button').allTextContents()).toEqual(['Retry now', 'Dismiss']);
    await session.screenshot('busy-01-waiting');

    addon.emulator.locks.releaseElsewhere();
    await page.getByText('Saved strategy S1 (row 2).').waitFor();
    expect(backend.readSheet(SHEET.strategies)[1]?.[2]).toBe('Win rate, all deals');
    expect(session.calls.filter((name) => name === 'saveStrategy')).toHaveLength(2);
  });

  it('offers Retry when the lock is still held after the second try', async () => {
    const { session, addon } = await openWithAddon();
    const { page } = session;
    addon.emulator.locks.holdDocumentLockElsewhere();
    await page.getByRole('button', { name: 'Health' }).click();
    const banner = page.getByRole('alert');
    await banner.getByRole('button', { name: 'Retry', exact: true }).waitFor();
    expect(await banner.locator('p').textContent()).toBe(
      'The health check is waiting for another change to this spreadsheet to finish; try again in a moment.',
    );
    expect(session.calls.filter((name) => name === 'checkRegister')).toHaveLength(2);

    addon.emulator.locks.releaseElsewhere();
    await banner.getByRole('button', { name: 'Retry', exact: true }).click();
    await page
      .getByText(/finding/)
      .first()
      .waitFor();
    expect(await banner.isHidden()).toBe(true);
    expect(session.calls.filter((name) => name === 'checkRegister')).toHaveLength(3);
  });
});
