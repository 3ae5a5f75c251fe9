/**
 * Import a plan from this sheet… walked in the local preview as a sales-ops lead would:
 * a new tab, the team's plan pasted into it (a title row, a strategy written once above
 * its initiatives, percentages and thousands typed, a status nobody chose), the menu item,
 * then the register and the Health check sheet it leaves.
 */
import type { Page } from 'playwright-core';
import { artifactPath, useBrowser } from './helpers/chromium';
import { cellShows, chooseMenuItem, pasteAt, rowTexts, sidebarFrame, usePreviewPages } from './helpers/previewPage';

jest.setTimeout(30_000);

const browser = useBrowser();
const openPreview = usePreviewPages(browser);

/** The plan as the team keeps it, pasted from their own spreadsheet. */
const PASTED = [
  ['FY27 H1 revenue plan', '', '', '', '', ''],
  ['', '', '', '', '', ''],
  ['Objective', 'Initiative', 'Team', 'Baseline', 'Target', 'Status'],
  ['Lift win rate in mid-market', 'Discovery coaching for every AE', 'Sales', '18%', '25%', 'On track'],
  ['', 'Mutual action plans on deals over $50k', 'Sales ops', '', '', 'Not started'],
  ['Grow partner-sourced pipeline', 'Partner deal registration', 'Partnerships', '1,250', '2,000', 'At risk'],
  ['', 'Co-selling playbook', 'Partnerships', '', '', 'Doing'],
];

async function newTabWithPlan(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Add sheet' }).click();
  const added = page.getByRole('tab', { name: /^Sheet\d+$/ });
  await added.waitFor();
  const tab = (await added.textContent()) ?? '';
  await page.getByRole('button', { name: `${tab} options` }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  await page.getByRole('textbox', { name: `Rename ${tab}` }).fill(name);
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name }).waitFor();
  await pasteAt(page, 'A1', PASTED);
  await cellShows(page, 'B7', 'Co-selling playbook');
}

describe('importing a pasted plan in the preview', () => {
  it('asks with what it found, imports on Yes, and leaves the register and its findings to look at', async () => {
    const { page } = await openPreview();
    await newTabWithPlan(page, 'H1 plan');
    await page.screenshot({ path: artifactPath('preview-import-01-pasted.png'), fullPage: true });

    await chooseMenuItem(page, 'Import a plan from this sheet…');
    const question = page.getByRole('dialog');
    await question.waitFor();
    const asked = (await question.textContent()) ?? '';
    expect(asked).toContain("Import 2 strategies and 4 tactics from 'H1 plan'?");
    expect(asked).toContain('Layout: each strategy written once, above the rows of its tactics (headers in row 3');
    expect(asked).toContain(`'H1 plan'!F7 holds "Doing"`);
    await page.screenshot({ path: artifactPath('preview-import-02-question.png'), fullPage: true });
    await question.getByRole('button', { name: 'Yes' }).click();

    const toast = page.getByRole('status').filter({ hasText: 'Imported 2 strategies and 4 tactics' });
    await toast.waitFor();
    expect(await toast.textContent()).toContain("from 'H1 plan' into Strategies rows 6–7 and Tactics rows");
    await page.getByRole('tab', { name: 'Strategies' }).click();
    await page.getByRole('table', { name: 'Strategies' }).waitFor();
    const [sixth = [], seventh = []] = await rowTexts(page, [6, 7]);
    expect([sixth.slice(0, 2), seventh.slice(0, 2)]).toEqual([
      ['S5', 'Lift win rate in mid-market'],
      ['S6', 'Grow partner-sourced pipeline'],
    ]);
    expect(sixth).toContain('H1 plan!4');
    await page.screenshot({ path: artifactPath('preview-import-03-strategies.png'), fullPage: true });

    await page.getByRole('tab', { name: 'Tactics' }).click();
    await page.getByRole('table', { name: 'Tactics' }).waitFor();
    await page.screenshot({ path: artifactPath('preview-import-04-tactics.png'), fullPage: true });
    await page.getByRole('tab', { name: 'Health check' }).click();
    await page.getByRole('table', { name: 'Health check' }).waitFor();
    const rows = await rowTexts(
      page,
      Array.from({ length: 40 }, (_, index) => index + 2),
    );
    expect(rows.some((row) => row[0] === 'not-imported' && row[2] === 'F7')).toBe(true);
    await page.screenshot({ path: artifactPath('preview-import-05-health-check.png'), fullPage: true });

    // The same menu item again on the plan's tab: nothing new, and it says so.
    await page.getByRole('tab', { name: 'H1 plan' }).click();
    await chooseMenuItem(page, 'Import a plan from this sheet…');
    const again = page.getByRole('dialog');
    await again.waitFor();
    expect(await again.textContent()).toContain(
      "Nothing new to import from 'H1 plan': its 2 strategies and 4 tactics were imported before.",
    );
  });

  it('opens the mapping editor on No', async () => {
    const { page } = await openPreview();
    await newTabWithPlan(page, 'H1 plan');
    await chooseMenuItem(page, 'Import a plan from this sheet…');
    const question = page.getByRole('dialog');
    await question.waitFor();
    await question.getByRole('button', { name: 'No' }).click();
    const frame = await sidebarFrame(page);
    await frame.getByRole('heading', { name: 'Columns' }).waitFor();
    expect(await frame.locator('.import-summary').textContent()).toBe("2 strategies and 4 tactics from 'H1 plan'.");
    await page.screenshot({ path: artifactPath('preview-import-06-editor.png'), fullPage: true });
  });
});
