/**
 * The built sidebar against hostile text, assistive technology and a 300 px column:
 * register text never runs as markup, every view passes axe-core with no serious or
 * critical violation, and nothing overflows sideways.
 */
import type { Browser, Page } from 'playwright-core';
import {
  addonBackend,
  flowBackend,
  launchChromium,
  openSidebar,
  type SidebarBackend,
  type SidebarSession,
  seriousAccessibilityViolations,
} from './sidebarBridge';
import { EMPTY_REGISTER, type RegisterFixture, SALES_REGISTER } from './sidebarFixtures';

jest.setTimeout(90_000);

const XSS = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<a href="javascript:alert(1)">open</a>',
  'javascript:alert(1)',
  `"><svg onload=alert(1)>`,
  `He said "hi" & 'bye' \`tick\``,
] as const;

const xss = (index: number) => XSS[index % XSS.length] as string;

const HOSTILE_REGISTER: RegisterFixture = {
  groups: [xss(0), xss(4)],
  strategies: [
    {
      ...(SALES_REGISTER.strategies[0] as RegisterFixture['strategies'][number]),
      statement: xss(0),
      metric: xss(1),
      unit: xss(2),
      stakeholders: `${xss(3)}, ${xss(4)}`,
    },
    { ...(SALES_REGISTER.strategies[1] as RegisterFixture['strategies'][number]), statement: xss(4), metric: '' },
  ],
  tactics: [
    {
      ...(SALES_REGISTER.tactics[0] as RegisterFixture['tactics'][number]),
      statement: xss(1),
      owner: xss(2),
      indicator: xss(3),
    },
    { ...(SALES_REGISTER.tactics[2] as RegisterFixture['tactics'][number]), strategyId: xss(0), statement: xss(5) },
  ],
};

const LONG_TEXT_REGISTER: RegisterFixture = {
  ...SALES_REGISTER,
  strategies: [
    {
      ...(SALES_REGISTER.strategies[0] as RegisterFixture['strategies'][number]),
      statement: `${'Grow '.repeat(10000)}`.trim(),
    },
    {
      ...(SALES_REGISTER.strategies[1] as RegisterFixture['strategies'][number]),
      statement: `${'x'.repeat(300)} 📈 زيادة معدل الفوز`,
      stakeholders: 'y'.repeat(200),
    },
  ],
  // No tactic without a strategy, so the snapshot offers its quarter picker.
  tactics: SALES_REGISTER.tactics.filter((tactic) => tactic.strategyId !== 'S9'),
};

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

async function open(backend: SidebarBackend, options: Parameters<typeof openSidebar>[2] = {}) {
  const session = await openSidebar(browser, backend, options);
  sessions.push(session);
  return session;
}

/** Elements that would exist only if some text had been parsed as HTML. */
const injectedElements = (page: Page) =>
  page.evaluate(() => document.querySelectorAll('#app img, #app svg, #app script, #app iframe, #app a').length);

async function expandAllTactics(page: Page): Promise<void> {
  for (const toggle of await page.getByRole('button', { name: /^Tactics \(/ }).all()) await toggle.click();
}

describe('hostile text', () => {
  it('shows what the server returns as text in every view and runs none of it', async () => {
    const { page, screenshot } = await open(flowBackend(HOSTILE_REGISTER));
    await page.locator('li.strategy').first().waitFor();
    await expandAllTactics(page);
    const headings = await page.locator('li.strategy h2').allTextContents();
    expect(headings).toEqual([`S1 ${xss(0)}`, `S2 ${xss(4)}`]);
    expect(await page.locator('.tactic-statement').allTextContents()).toEqual([`T1 ${xss(1)}`, `T2 ${xss(5)}`]);
    expect(await page.getByLabel('Stakeholder group').locator('option').allTextContents()).toEqual(
      expect.arrayContaining([xss(0), xss(3), xss(4)]),
    );
    expect(await injectedElements(page)).toBe(0);
    await screenshot('20-hostile-register');

    await page.getByRole('button', { name: 'Edit strategy S1' }).click();
    expect(await page.getByLabel('Strategy (required)').inputValue()).toBe(xss(0));
    expect(await page.getByLabel('Unit').inputValue()).toBe(xss(2));
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.locator('li.strategy').first().waitFor();
    await page.getByRole('button', { name: 'Edit tactic T2' }).click();
    expect(await page.getByLabel('Strategy it serves (required)').locator('option').allTextContents()).toContain(
      `${xss(0)} (no such strategy)`,
    );
    expect(await injectedElements(page)).toBe(0);

    await page.getByRole('navigation').getByRole('button', { name: 'Health' }).click();
    await page.locator('.finding').first().waitFor();
    expect(await page.locator('.finding-message').allTextContents()).toEqual(
      expect.arrayContaining([expect.stringContaining(xss(0))]),
    );
    expect(await injectedElements(page)).toBe(0);

    await page.getByRole('navigation').getByRole('button', { name: 'Review' }).click();
    await page.getByText('Strategy 1 of 2', { exact: false }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).textContent()).toBe(`S1 ${xss(0)}`);
    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    expect(await page.getByLabel('Stakeholder groups').inputValue()).toBe(`${xss(0)}\n${xss(4)}`);
    expect(await injectedElements(page)).toBe(0);
  });

  it('saves hostile text typed into every field and shows it back as text', async () => {
    const backend = flowBackend(SALES_REGISTER);
    const { page, screenshot } = await open(backend);
    await page.locator('li.strategy').first().waitFor();
    await page.getByRole('button', { name: 'Add strategy' }).click();
    const textFields = ['Strategy (required)', 'Metric', 'Unit', 'Stakeholders'];
    const numberFields = ['Baseline', 'Target', 'Current', 'Confidence (0–10)'];
    for (const [index, label] of [...textFields, ...numberFields].entries())
      await page.getByLabel(label).fill(xss(index));
    await page.getByRole('button', { name: 'Save' }).click();
    expect(await page.locator('.field-error:not([hidden])').count()).toBe(numberFields.length);
    expect(await injectedElements(page)).toBe(0);
    for (const [index, label] of numberFields.entries()) await page.getByLabel(label).fill(String(index + 1));
    await page.getByRole('button', { name: 'Save' }).click();
    const added = page.locator('li.strategy', { hasText: xss(0) });
    await added.waitFor();
    expect(await added.locator('h2').textContent()).toBe(`S4 ${xss(0)}`);
    expect(await added.locator('.meta').first().textContent()).toBe(`Active · ${xss(1)} (${xss(2)})`);

    await page.getByRole('button', { name: 'Add tactic to S4' }).click();
    for (const [index, label] of ['Tactic (required)', 'Stakeholders', 'Owner', 'Indicator'].entries()) {
      await page.getByLabel(label).fill(xss(index + 1));
    }
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved tactic T4', { exact: false }).waitFor();
    await expandAllTactics(page);
    expect(
      await page
        .locator('li.strategy', { hasText: xss(0) })
        .locator('.tactic-statement')
        .textContent(),
    ).toBe(`T4 ${xss(1)}`);
    expect(await injectedElements(page)).toBe(0);
    await screenshot('21-hostile-typed');

    await page.getByRole('navigation').getByRole('button', { name: 'Review' }).click();
    for (let step = 1; step <= 3; step++) {
      await page.getByText(`Strategy ${step} of 3`, { exact: false }).waitFor();
      await page.getByLabel('What did we learn this quarter?').fill(xss(step));
      await page.getByLabel('Adjust the target').check();
      await page.getByLabel(/^New target/).fill(xss(step + 1));
      await page.getByLabel('Confidence (0–10)').fill(xss(step + 2));
      await page.getByRole('button', { name: /^Save and/ }).click();
      expect(await page.locator('.field-error:not([hidden])').count()).toBe(2);
      await page.getByLabel(/^New target/).fill('30');
      await page.getByLabel('Confidence (0–10)').fill('5');
      await page.getByRole('button', { name: /^Save and/ }).click();
    }
    await page.getByRole('button', { name: 'Apply review' }).click();
    await page.locator('.review-summary .result.ok').waitFor();
    await page.getByRole('navigation').getByRole('button', { name: 'Register' }).click();
    await page.locator('li.strategy').first().waitFor();
    expect(await page.locator('.learning').allTextContents()).toEqual([1, 2, 3].map((step) => `Learned: ${xss(step)}`));
    expect(await injectedElements(page)).toBe(0);

    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Stakeholder groups').fill(XSS.join('\n'));
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.locator('form .result.ok').waitFor();
    await page.getByRole('navigation').getByRole('button', { name: 'Register' }).click();
    await page.locator('li.strategy').first().waitFor();
    expect(await page.getByLabel('Stakeholder group').locator('option').allTextContents()).toEqual(
      expect.arrayContaining([...XSS]),
    );
    expect(await injectedElements(page)).toBe(0);
  });
});

describe('accessibility and layout at 300 px', () => {
  async function check(page: Page, view: string, found: string[]): Promise<void> {
    for (const violation of await seriousAccessibilityViolations(page)) found.push(`${view}: ${violation}`);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    if (width > 300) found.push(`${view}: the page is ${width}px wide`);
  }

  it('has no serious or critical axe violation and no sideways scroll in any view', async () => {
    const found: string[] = [];
    const { page, screenshot } = await open(flowBackend(LONG_TEXT_REGISTER));
    await page.locator('li.strategy').first().waitFor();
    await expandAllTactics(page);
    await check(page, 'register', found);
    await screenshot('22-long-text-register');

    await page.getByRole('button', { name: 'Add strategy' }).click();
    await page.getByLabel('Baseline').fill('lots');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.field-error:not([hidden])').first().waitFor();
    await check(page, 'strategy form with errors', found);
    await page.getByRole('button', { name: 'Cancel' }).click();
    await page.getByRole('button', { name: 'Add tactic to S1' }).click();
    await check(page, 'tactic form', found);

    await page.getByRole('navigation').getByRole('button', { name: 'Health' }).click();
    await page.locator('.finding').first().waitFor();
    await check(page, 'health check', found);

    await page.getByRole('navigation').getByRole('button', { name: 'Review' }).click();
    await page.getByText('Strategy 1 of 2', { exact: false }).waitFor();
    await page.getByLabel('Adjust the target').check();
    await check(page, 'review step', found);
    await page.getByLabel('New target (%)').fill('30');
    await page.getByRole('button', { name: 'Save and next' }).click();
    await page.getByRole('button', { name: 'Save and finish' }).click();
    await page.getByRole('button', { name: 'Apply review' }).click();
    await page.getByRole('button', { name: 'Take snapshot' }).click();
    await page.getByLabel('Quarter to snapshot').waitFor();
    await check(page, 'review summary with snapshot', found);

    await page.getByRole('navigation').getByRole('button', { name: 'Settings' }).click();
    await page.getByLabel('Stakeholder groups').waitFor();
    await check(page, 'settings', found);
    expect(found).toEqual([]);
  });

  it('keeps the failure banner accessible', async () => {
    const { page } = await open(flowBackend(SALES_REGISTER), { failures: { getRegister: 'The server is busy.' } });
    await page.getByRole('alert').getByText('The server is busy.').waitFor();
    expect(await seriousAccessibilityViolations(page)).toEqual([]);
  });

  it('moves through the tabs and a form with the keyboard alone, with a visible focus ring', async () => {
    const { page } = await open(flowBackend(SALES_REGISTER));
    await page.locator('li.strategy').first().waitFor();
    // Register, Check in, then Health.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Health');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).toBe('solid');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: 'Health check' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Health check');
  });
});

describe('the google.script.run bridge over the built dist/Code.js', () => {
  it('refuses a Date argument and turns undefined inside an array into null, as Apps Script does', async () => {
    const received: unknown[][] = [];
    const addon = addonBackend(EMPTY_REGISTER);
    const recording: SidebarBackend = {
      ...addon,
      call: (name, args) => {
        received.push([name, ...args]);
        return addon.call(name, args);
      },
    };
    const { page } = await open(recording, { failures: { getRegister: 'Held back for this test.' } });
    await page.getByRole('alert').waitFor();
    const dateFailure = await page.evaluate(
      () =>
        new Promise<string>((resolve) => {
          const run = (window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => void> } } })
            .google.script.run;
          const runner = (run.withSuccessHandler as unknown as (f: () => void) => typeof run)(() =>
            resolve('succeeded'),
          );
          const failing = (runner.withFailureHandler as unknown as (f: (e: Error) => void) => typeof run)((error) =>
            resolve(error.message),
          );
          (failing.saveReviewDraft as (...a: unknown[]) => void)({
            quarter: '2026-Q3',
            step: 0,
            reviews: [],
            when: new Date(),
          });
        }),
    );
    expect(dateFailure).toMatch(/illegal value/);
    await page.evaluate(
      () =>
        new Promise<void>((resolve) => {
          const run = (window as unknown as { google: { script: { run: Record<string, (...a: unknown[]) => void> } } })
            .google.script.run;
          const runner = (run.withSuccessHandler as unknown as (f: () => void) => typeof run)(() => resolve());
          const both = (runner.withFailureHandler as unknown as (f: () => void) => typeof run)(() => resolve());
          (both.saveReviewDraft as (...a: unknown[]) => void)({ quarter: '2026-Q3', step: 0, reviews: [undefined] });
        }),
    );
    expect(received).toEqual([['saveReviewDraft', { quarter: '2026-Q3', step: 0, reviews: [null] }]]);
  });
});
