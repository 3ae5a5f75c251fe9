/**
 * Check-ins through the user's path in headless Chromium: the demo register in the local
 * preview, Extensions → Check in…, a few values typed for the items that moved, one save.
 * The rows land in Check-ins and the items' Current / Actual change in the register; the
 * strategy cards then show the trend and the forecast.
 */
import type { Frame } from 'playwright-core';
import { demoCheckInRows } from '../../local/demo/demoCheckIns';
import { artifactPath, useBrowser } from './helpers/chromium';
import { cellText, chooseMenuItem, rowTexts, sidebarFrame, usePreviewPages } from './helpers/previewPage';

jest.setTimeout(60_000);

const browser = useBrowser();
const openPreview = usePreviewPages(browser);

const checkInCard = (frame: Frame, id: string) => frame.locator(`li.checkin[data-id="${id}"]`);

/** The preview's today in the demo's zone (UTC), as the Date column shows it. */
const TODAY = new Date().toISOString().slice(0, 10);

describe('Check in… on the demo register', () => {
  it('lists the active items with their last value, saves the filled ones and updates Current', async () => {
    const { page } = await openPreview({ start: 'demo' });
    await chooseMenuItem(page, 'Check in…');
    const frame = await sidebarFrame(page);
    await frame.getByRole('heading', { name: 'Check in' }).waitFor();

    // A `%` metric's last value and target as the user reads them, not as fractions.
    const winRate = checkInCard(frame, 'S1');
    await expect(winRate.locator('p.meta').textContent()).resolves.toMatch(/last 22\.3% on 2026-11-30 .* target 25%/);
    // Dropped and done items take no check-ins; T4 has been quiet past the cadence.
    await expect(checkInCard(frame, 'T2').count()).resolves.toBe(0);
    await expect(checkInCard(frame, 'T4').locator('p.meta').textContent()).resolves.toMatch(/check-in overdue/);

    // "What is mine to update": the customer success group sees its own items only.
    await frame.getByLabel('Mine to update (stakeholder group)').selectOption('Customer success');
    await expect(checkInCard(frame, 'S1').count()).resolves.toBe(0);
    await expect(checkInCard(frame, 'S2').count()).resolves.toBe(1);
    await page.screenshot({ path: artifactPath('check-in-view-filtered.png') });
    await frame.getByLabel('Mine to update (stakeholder group)').selectOption('');

    // Nothing filled: nothing is sent, and the view says what to do.
    await frame.getByRole('button', { name: 'Save check-ins' }).click();
    await frame.getByRole('alert').getByText('Nothing to save yet', { exact: false }).waitFor();

    await winRate.getByLabel('Value (%)').fill('22.75%');
    await winRate.getByLabel('Confidence (0–10)').fill('8');
    await winRate.getByLabel('Note').fill('=Two enterprise wins this week');
    await checkInCard(frame, 'T1').getByLabel('Actual').fill('0.6');
    await page.screenshot({ path: artifactPath('check-in-view.png') });

    // A confidence of 11 is refused beside its field with the form's sentence, and nothing is sent.
    await checkInCard(frame, 'S3').getByLabel('Confidence (0–10)').fill('11');
    await frame.getByRole('button', { name: 'Save check-ins' }).click();
    await expect(checkInCard(frame, 'S3').locator('.field-error:not([hidden])').textContent()).resolves.toMatch(
      /0 (to|and) 10/,
    );
    await checkInCard(frame, 'S3').getByLabel('Confidence (0–10)').fill('');

    await frame.getByRole('button', { name: 'Save check-ins' }).click();
    await frame.getByText('Checked in 2 items: S1, T1.').waitFor();

    // Appended below the demo's rows (header in row 1): the note typed with a leading `=` stays text.
    const first = demoCheckInRows().length + 2;
    await page.getByRole('tab', { name: 'Check-ins' }).click();
    await page.getByRole('table', { name: 'Check-ins' }).waitFor();
    expect(await rowTexts(page, [first, first + 1, first + 2])).toEqual([
      [TODAY, 'S1', '22.75%', '8', '=Two enterprise wins this week'],
      [TODAY, 'T1', '0.6'],
      [],
    ]);
    await page.getByRole('tab', { name: 'Strategies' }).click();
    await page.getByRole('table', { name: 'Strategies' }).waitFor();
    expect(await cellText(page, 'G2')).toBe('22.8%');
    expect(await cellText(page, 'L2')).toBe('8');

    // The card: the trend of its check-ins and the forecast on its Due day.
    await frame.getByRole('button', { name: 'Register' }).click();
    const card = frame.locator('li.strategy', { hasText: 'Raise win rate' });
    await card.locator('svg.trend').waitFor();
    expect(await card.locator('svg.trend circle').count()).toBeGreaterThan(10);
    await expect(card.locator('.checkin-trend').textContent()).resolves.toMatch(/Forecast on 2027-06-30: -?\d+%/);
    await card.screenshot({ path: artifactPath('strategy-card-trend.png') });

    // The review's step for S1 lists the quarter's check-ins with their notes, newest first.
    await frame.getByRole('button', { name: 'Review' }).click();
    const record = frame.locator('details.quarter-record');
    await record.waitFor();
    await expect(record.locator('summary').textContent()).resolves.toMatch(/^This quarter's check-ins \(\d+\)$/);
    await expect(record.locator('li').first().textContent()).resolves.toBe(
      `${TODAY} 22.75% · confidence 8 — =Two enterprise wins this week`,
    );
    await page.screenshot({ path: artifactPath('review-step-check-ins.png') });
  });
});
