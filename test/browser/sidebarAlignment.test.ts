/**
 * The alignment in the sidebar, driven in Chromium over the built dist/Code.js: the tree shows
 * each strategy beneath the one it supports with its roll-up, each level opens and closes from
 * the keyboard, the group summary under the filter gives the Roll-up sheet's counts, and the
 * strategy form offers as parent only strategies that close no cycle, saving only that cell.
 */
import type { Browser, Page } from 'playwright-core';
import { SHEET } from '../../src/domain/register/schema';
import { workbookDifferences } from '../fixtures/workbookDiff';
import {
  type AddonBackend,
  flowBackend,
  launchChromium,
  openSidebar,
  type SidebarSession,
  seriousAccessibilityViolations,
} from './sidebarBridge';
import { ALIGNED_SALES_REGISTER } from './sidebarFixtures';

jest.setTimeout(60_000);

let browser: Browser;
let backend: AddonBackend;
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

async function open() {
  backend = flowBackend(ALIGNED_SALES_REGISTER);
  const session = await openSidebar(browser, backend);
  sessions.push(session);
  await session.page.locator('li.strategy').first().waitFor();
  return session;
}

const tree = (page: Page) => page.getByRole('list', { name: 'Alignment tree' });

describe('the alignment tree in the sidebar', () => {
  it('shows each strategy beneath the one it supports, with its roll-up', async () => {
    const { page, screenshot } = await open();
    const supportersOfS1 = page.getByRole('list', { name: 'Strategies supporting S1' });
    await supportersOfS1.waitFor();
    expect(await tree(page).locator(':scope > li').count()).toBe(1);
    expect(await supportersOfS1.locator(':scope > li > .tree-head .item-id').allTextContents()).toEqual(['S2', 'S3']);
    const supportersOfS2 = page.getByRole('list', { name: 'Strategies supporting S2' });
    expect(await supportersOfS2.locator('.item-id').allTextContents()).toEqual(['S4']);
    // S1 has no metric: it counts its supporters, S2 at 40% and S3 at 50%; S2's own supporter S4 is at 80%.
    const facts = await tree(page).locator('.tree-facts').allTextContents();
    expect(facts[0]).toContain('Roll-up 45%');
    expect(facts[1]).toContain('40%');
    expect(facts[1]).toContain('Roll-up 80%');
    await screenshot('alignment-01-tree');
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('closes and opens a level from the keyboard', async () => {
    const { page } = await open();
    const toggle = page.getByRole('button', { name: 'S1: 2 supporting strategies' });
    const supporters = page.getByRole('list', { name: 'Strategies supporting S1' });
    await toggle.focus();
    await page.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await supporters.isHidden()).toBe(true);
    await page.keyboard.press('Space');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await supporters.isVisible()).toBe(true);
  });
});

describe('the group summary under the group filter', () => {
  it("gives the chosen group's counts as the Roll-up sheet does for the same day", async () => {
    const { page, screenshot } = await open();
    const summary = page.locator('.group-summary');
    expect(await summary.isHidden()).toBe(true);
    await page.getByLabel('Stakeholder group').selectOption('Account executives');
    const line = await summary.textContent();
    expect(line).toMatch(/^Account executives: 2 strategies \(/);

    backend.call('buildRollup', []);
    const sheet = backend.readSheet(SHEET.rollup);
    const header = sheet.findIndex((row) => row[0] === 'Stakeholder group');
    const names = (sheet[header] ?? []).map(String);
    const row = sheet.slice(header + 1).find((cells) => cells[0] === 'Account executives') ?? [];
    const count = (name: string) => row[names.indexOf(name)];
    const overdue = Number(count('Overdue reviews'));
    expect(line).toBe(
      `Account executives: ${count('Strategies')} strategies (${count('On track')} on track, ${count('At risk')} at risk, ${count('Off track')} off track, ${count('Done')} done); mean progress ${Math.round(Number(count('Mean progress')) * 100)}%, confidence ${Number(count('Mean confidence')).toFixed(1)}, ${overdue} overdue review${overdue === 1 ? '' : 's'}.`,
    );
    await screenshot('alignment-02-group-summary');
  });
});

describe("the strategy form's parent", () => {
  it('offers only strategies that close no cycle, and saves only the Parent cell', async () => {
    const { page, screenshot } = await open();
    await page.getByRole('button', { name: 'Edit strategy S2' }).click();
    const parent = page.getByLabel('Supports (Parent)');
    expect(await parent.inputValue()).toBe('S1');
    // S2 itself and S4, which supports it, would close a cycle.
    const offered = await parent
      .locator('option')
      .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
    expect(offered).toEqual(['', 'S1', 'S3']);
    await screenshot('alignment-03-parent-choice');

    const before = backend.workbook();
    await parent.selectOption('S3');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved strategy S2').waitFor();
    const strategies = backend.readSheet(SHEET.strategies);
    const column = (strategies[0] ?? []).indexOf('Parent');
    expect(workbookDifferences(before, backend.workbook())).toEqual([
      `${SHEET.strategies}!${String.fromCharCode(65 + column)}3 value`,
    ]);
    expect(strategies[2]?.[column]).toBe('S3');
    expect(
      await page.getByRole('list', { name: 'Strategies supporting S3' }).locator('.item-id').first().textContent(),
    ).toBe('S2');
  });
});
