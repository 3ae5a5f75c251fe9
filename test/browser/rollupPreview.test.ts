/**
 * Build roll-up walked as a user in the local preview (npm start): on the demo register
 * (whose Strategies have the Parent and Weight columns), add a company strategy in the sidebar, make the team
 * strategies support it through the form's parent choice, build the roll-up from the menu,
 * and read the Roll-up sheet and the sidebar's tree.
 */
import type { Frame, Page } from 'playwright-core';
import { artifactPath, useBrowser } from './helpers/chromium';
import { chooseMenuItem, rowTexts, sidebarFrame, usePreviewPages } from './helpers/previewPage';

jest.setTimeout(60_000);

const browser = useBrowser();
const openPreview = usePreviewPages(browser);

async function saveParent(frame: Frame, id: string, parent: string): Promise<void> {
  await frame.getByRole('button', { name: `Edit strategy ${id}` }).click();
  await frame.getByLabel('Supports (Parent)').selectOption(parent);
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.getByText(`Saved strategy ${id}`).waitFor();
}

async function waitForToast(page: Page, text: string): Promise<void> {
  await page.locator('.toast-message', { hasText: text }).waitFor();
}

describe('Build roll-up in the preview', () => {
  it('aligns the demo register in the sidebar and shows the groups and the tree on the Roll-up sheet', async () => {
    const { page } = await openPreview();
    await chooseMenuItem(page, 'Open register');
    const frame = await sidebarFrame(page);
    await frame.getByRole('button', { name: 'Add strategy' }).click();
    await frame.getByLabel('Strategy (required)').fill('Grow net revenue retention from 100% to 110%');
    await frame.getByLabel('Metric', { exact: true }).fill('Net revenue retention');
    await frame.getByLabel('Stakeholders', { exact: true }).fill('Leadership');
    await frame.getByRole('button', { name: 'Save' }).click();
    const saved = (await frame.getByText(/^Saved strategy S\d+/).textContent()) ?? '';
    const company = /S\d+/.exec(saved)?.[0] ?? '';
    expect(company).not.toBe('');
    await saveParent(frame, 'S1', company);
    await saveParent(frame, 'S2', company);
    await saveParent(frame, 'S3', 'S1');

    await chooseMenuItem(page, 'Build roll-up');
    await waitForToast(page, 'Roll-up rebuilt');
    await page.getByRole('tab', { name: 'Roll-up' }).click();
    await page.locator('td', { hasText: 'Alignment tree' }).first().waitFor();
    await page.setViewportSize({ width: 1400, height: 1100 });
    await page.locator('.toast button').first().click();
    await page.screenshot({ path: artifactPath('rollup-sheet.png') });

    const rows = await rowTexts(
      page,
      Array.from({ length: 20 }, (_, n) => n + 1),
    );
    const groupHeader = rows.findIndex((row) => row[0] === 'Stakeholder group');
    expect(rows[groupHeader]?.slice(0, 6)).toEqual([
      'Stakeholder group',
      'On track',
      'At risk',
      'Off track',
      'Done',
      'Not tracked',
    ]);
    const tree = rows.findIndex((row) => row[0] === 'ID' && row[1] === 'Strategy');
    // Top strategies in sheet order (S4 stays at the top, the company strategy after it), each with its supporters.
    const ids = rows.slice(tree + 1).map((row) => row[0]);
    expect(ids.slice(0, 5)).toEqual(['S4', company, 'S1', 'S3', 'S2']);
    const statements = rows.slice(tree + 1, tree + 6).map((row) => row[1] ?? '');
    expect(statements[1]).toBe('Grow net revenue retention from 100% to 110%');
    expect(statements[2]).toMatch(/^└ Raise win rate/);
    expect(statements[3]).toMatch(/^\u2003\u2003└ Grow average deal size/);

    await frame.getByRole('list', { name: 'Alignment tree' }).waitFor();
    await frame.locator('.alignment').screenshot({ path: artifactPath('rollup-sidebar-tree.png') });
  });
});
