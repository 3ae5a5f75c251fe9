/**
 * The built sidebar in headless Chromium, driven as a user would, with google.script.run
 * bridged to a server in Node (see sidebarBridge.ts; `flowBackend` picks which server).
 */
import type { Browser, Page } from 'playwright-core';
import {
  addonBackend,
  flowBackend,
  launchChromium,
  openSidebar,
  type SidebarBackend,
  type SidebarSession,
} from './sidebarBridge';
import { CLEAN_SALES_REGISTER, EMPTY_REGISTER, largeRegister, SALES_REGISTER } from './sidebarFixtures';

jest.setTimeout(60_000);

let browser: Browser;
let backend: SidebarBackend;
const sessions: SidebarSession[] = [];

beforeAll(async () => {
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

beforeEach(() => {
  backend = flowBackend(SALES_REGISTER);
});

afterEach(async () => {
  for (const session of sessions.splice(0)) {
    expect(session.incidents).toEqual([]);
    await session.close();
  }
});

async function open(options: Parameters<typeof openSidebar>[2] = {}): Promise<SidebarSession> {
  const session = await openSidebar(browser, backend, options);
  sessions.push(session);
  return session;
}

const strategyCard = (page: Page, text: string) => page.locator('li.strategy', { hasText: text });

async function registerLoaded(page: Page): Promise<void> {
  await strategyCard(page, 'Increase win rate').waitFor();
}

describe('the sidebar register', () => {
  it('loads in one server call and shows progress, confidence and review state of each strategy', async () => {
    const { page, calls, screenshot } = await open();
    await registerLoaded(page);
    expect(calls).toEqual(['getRegister']);

    const winRate = strategyCard(page, 'Increase win rate');
    expect(await winRate.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('40');
    expect(await winRate.locator('.progress-label').textContent()).toBe('40%');
    expect(await winRate.locator('.badges').getByText('Confidence 7/10').count()).toBe(1);
    expect(await winRate.locator('.badges').getByText('Review overdue (never reviewed)').count()).toBe(1);
    const churn = strategyCard(page, 'Cut churn');
    expect(await churn.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');

    const toggle = winRate.getByRole('button', { name: 'Tactics (1)' });
    await toggle.click();
    await winRate.getByText('Roll out a formal sales process').waitFor();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await screenshot('01-register-loaded');
  });

  it('shows the register of dist/Code.js when opened from the Open register menu item', async () => {
    const addon = addonBackend(SALES_REGISTER);
    backend = addon;
    const { page, calls } = await open({ html: addon.sidebarFromMenu('openRegister') });
    await registerLoaded(page);
    expect(await page.locator('li.strategy h2').allTextContents()).toEqual([
      'S1 Increase win rate from 20% to 25%',
      'S2 Cut churn from 8% to 5%',
      'S3 Implement a CRM',
    ]);
    expect(await strategyCard(page, 'Cut churn').getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');
    expect(calls).toEqual(['getRegister']);
  });

  it('filters strategies by status and by stakeholder group', async () => {
    const { page, screenshot } = await open();
    await registerLoaded(page);
    await page.getByLabel('Status').selectOption('On hold');
    await page.getByText('1 of 3 strategies', { exact: false }).waitFor();
    expect(await page.locator('li.strategy h2').allTextContents()).toEqual(['S3 Implement a CRM']);

    await page.getByLabel('Status').selectOption('');
    await page.getByLabel('Stakeholder group').selectOption('Customer success');
    await page.getByText('1 of 3 strategies', { exact: false }).waitFor();
    expect(await page.locator('li.strategy h2').allTextContents()).toEqual(['S2 Cut churn from 8% to 5%']);
    await screenshot('02-register-filtered');
  });

  it('opens a register of 2 000 strategies and 10 000 tactics a page of 50 cards at a time', async () => {
    backend = flowBackend(largeRegister(2000, 5));
    const { page, screenshot } = await open();
    await strategyCard(page, 'Raise metric 1 from').waitFor();
    expect(await page.locator('li.strategy').count()).toBe(50);
    expect(await page.locator('li.tactic').count()).toBe(0);
    await page.getByRole('button', { name: 'Show 50 more (1950 not shown)' }).click();
    await strategyCard(page, 'Raise metric 100 from').waitFor();
    expect(await page.locator('li.strategy').count()).toBe(100);

    await page.getByLabel('Stakeholder group').selectOption('Partners');
    await page.getByText('500 of 2000 strategies', { exact: false }).waitFor();
    expect(await page.locator('li.strategy').count()).toBe(50);
    await strategyCard(page, 'Raise metric 4 from').getByRole('button', { name: 'Tactics (5)' }).click();
    expect(await page.locator('li.tactic').count()).toBe(5);
    await screenshot('23-large-register');

    await page.getByRole('navigation').getByRole('button', { name: 'Health' }).click();
    const vague = page.getByRole('region', { name: 'Reads like a tactic' });
    await vague.waitFor();
    expect(await vague.getByRole('heading').textContent()).toBe('Reads like a tactic (500)');
    expect(await vague.locator('.finding').count()).toBe(20);
    await vague.getByRole('button', { name: 'Show 20 more (480 not shown)' }).click();
    expect(await vague.locator('.finding').count()).toBe(40);
  });

  it('invites the first strategy when the register is empty', async () => {
    backend = flowBackend(EMPTY_REGISTER);
    const { page } = await open();
    await page.getByText('No strategies yet. Add the first', { exact: false }).waitFor();
    await page.getByRole('button', { name: 'Add strategy' }).click();
    await page.getByRole('heading', { name: 'Add a strategy' }).waitFor();
  });

  it('sets up the register from the sidebar when its sheets are missing', async () => {
    backend = flowBackend({ ...EMPTY_REGISTER, needsSetUp: true });
    const { page, screenshot } = await open();
    const notice = page.getByRole('region', { name: 'Set up needed' });
    await notice
      .getByText('There is no "Strategies" sheet. Run Extensions → Strategy Register → Set up register to create it.')
      .waitFor();
    await screenshot('19-needs-set-up');
    await notice.getByRole('button', { name: 'Set up register' }).click();
    await page.getByText('No strategies yet. Add the first', { exact: false }).waitFor();
    expect(await page.getByRole('region', { name: 'Set up needed' }).count()).toBe(0);
  });
});

describe('adding and editing', () => {
  it('adds a strategy in one save call and shows it in the register', async () => {
    const { page, calls, screenshot } = await open();
    await registerLoaded(page);
    await page.getByRole('button', { name: 'Add strategy' }).click();
    await page.getByLabel('Strategy (required)').fill('Grow pipeline coverage from 2x to 3x');
    await page.getByLabel('Metric').fill('Pipeline coverage');
    await page.getByLabel('Baseline').fill('2');
    await page.getByLabel('Target').fill('3');
    await page.getByLabel('Current').fill('2.5');
    await page.getByLabel('Stakeholders').fill('Sales ops');
    await page.getByLabel('Confidence (0–10)').fill('5');
    await screenshot('03-add-strategy-form');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByText('Saved strategy S4 (row 5).').waitFor();
    const added = strategyCard(page, 'Grow pipeline coverage');
    await added.waitFor();
    expect(await added.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('50');
    expect(calls.filter((name) => name === 'saveStrategy')).toHaveLength(1);
    await screenshot('04-strategy-added');
  });

  it('adds a tactic under the strategy it was started from', async () => {
    const { page, screenshot } = await open();
    await registerLoaded(page);
    await page.getByRole('button', { name: 'Add tactic to S2' }).click();
    expect(await page.getByLabel('Strategy it serves (required)').inputValue()).toBe('S2');
    await page.getByLabel('Tactic (required)').fill('Call every account at risk within a week');
    await page.getByLabel('Owner').fill('Customer success lead');
    await page.getByLabel('Status').selectOption('In progress');
    await screenshot('05-add-tactic-form');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByText('Saved tactic T4 (row 5).').waitFor();
    const churn = strategyCard(page, 'Cut churn');
    await churn.getByRole('button', { name: 'Tactics (2)' }).click();
    await churn.getByText('Call every account at risk within a week').waitFor();
    await screenshot('06-tactic-added');
  });

  it('explains invalid fields next to them in a sentence and does not call the server', async () => {
    const { page, calls, screenshot } = await open();
    await registerLoaded(page);
    await page.getByRole('button', { name: 'Add strategy' }).click();
    await page.getByLabel('Baseline').fill('twenty');
    await page.getByLabel('Confidence (0–10)').fill('11');
    await page.getByLabel('Start').fill('2026-06-30');
    await page.getByLabel('Due').fill('2026-01-31');
    await page.getByRole('button', { name: 'Save' }).click();

    const statement = page.getByLabel('Strategy (required)');
    await page.getByText('Write the strategy: the outcome that should change.').waitFor();
    expect(await statement.getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.field-error:not([hidden])').allTextContents()).toEqual([
      'Write the strategy: the outcome that should change.',
      'The baseline must be a number, such as 0.25, 25% or 1,250.',
      'The due date (2026-01-31) must be on or after the start (2026-06-30).',
      'Confidence must be a number from 0 to 10.',
    ]);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('statement');
    expect(calls).toEqual(['getRegister']);
    await screenshot('07-validation-errors');
  });

  it('shows the field errors the server returns next to their fields', async () => {
    const fieldErrors = {
      stakeholders: 'Stakeholders should be groups, not a person: "dana@example.com" looks like an email address.',
      sheetWide: 'The Strategies sheet is protected; ask its owner for edit access.',
    };
    const { page, screenshot } = await open({
      replies: { saveStrategy: { ok: false, fieldErrors, code: 'bad-value' } },
    });
    await registerLoaded(page);
    await page.getByRole('button', { name: 'Add strategy' }).click();
    await page.getByLabel('Strategy (required)').fill('Raise renewal rate from 80% to 90%');
    await page.getByLabel('Stakeholders').fill('dana@example.com');
    await page.getByRole('button', { name: 'Save' }).click();

    await page.getByText(fieldErrors.stakeholders).waitFor();
    expect(await page.getByLabel('Stakeholders').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.form-errors li').allTextContents()).toEqual([fieldErrors.sheetWide]);
    expect(await page.getByRole('alert').isHidden()).toBe(true);
    await screenshot('08-server-field-errors');
  });

  it('asks to reload instead of overwriting a strategy changed in the sheet meanwhile', async () => {
    const { page, screenshot } = await open();
    await registerLoaded(page);
    await page.getByRole('button', { name: 'Edit strategy S1' }).click();
    backend.editStatementInSheet('S1', 'Increase win rate from 20% to 30%');
    await page.getByLabel('Current').fill('23');
    await page.getByRole('button', { name: 'Save' }).click();

    const banner = page.getByRole('alert');
    await banner.getByText('was changed in the sheet', { exact: false }).waitFor();
    await screenshot('08b-stale-edit-banner');
    await banner.getByRole('button', { name: 'Reload' }).click();
    await strategyCard(page, 'Increase win rate from 20% to 30%').waitFor();
  });
});

describe('the health check', () => {
  it('lists findings by rule and selects the cell of the one clicked', async () => {
    const { page, screenshot } = await open();
    await registerLoaded(page);
    await page.getByRole('navigation').getByRole('button', { name: 'Health' }).click();
    const group = page.getByRole('region', { name: 'Tactic without a strategy' });
    await group.waitFor();
    expect(await group.getByRole('heading').textContent()).toBe('Tactic without a strategy (1)');
    await screenshot('09-health-check');

    await group.getByRole('button', { name: /Tactics row 4, Strategy ID \(T3\)/ }).click();
    await page.getByText('Selected Tactics!B4.').waitFor();
    expect(backend.selectedCells().at(-1)).toEqual({ sheet: 'Tactics', a1: 'B4' });
    await screenshot('10-health-jumped');
  });
});

describe('the quarterly review', () => {
  async function answerFirstStep(page: Page): Promise<void> {
    await page.getByText('Strategy 1 of 2', { exact: false }).waitFor();
    await page.getByLabel('What did we learn this quarter?').fill('Discovery calls move the win rate most.');
    await page.getByLabel('Keep as is').check();
    await page.getByLabel('Confidence (0–10)').fill('8');
    await page.getByLabel('T1 · Roll out a formal sales process').selectOption('done');
    await page.getByRole('button', { name: 'Save and next' }).click();
  }

  it('reviews every active strategy, survives closing the sidebar, applies and takes the snapshot', async () => {
    backend = flowBackend(CLEAN_SALES_REGISTER);
    const first = await open();
    await registerLoaded(first.page);
    await first.page.getByRole('navigation').getByRole('button', { name: 'Review' }).click();
    await answerFirstStep(first.page);
    await first.page.getByText('Strategy 2 of 2', { exact: false }).waitFor();
    expect(first.calls.filter((name) => name === 'saveReviewDraft')).toHaveLength(1);
    await first.screenshot('11-review-step-2');
    await first.close();
    sessions.splice(sessions.indexOf(first), 1);

    const { page, calls, screenshot } = await open({ initialView: 'review' });
    await page.getByText('Picked up your review where you left it.').waitFor();
    await page.getByText('Strategy 2 of 2', { exact: false }).waitFor();
    await page.getByLabel('Adjust the target').check();
    await page.getByRole('button', { name: 'Save and finish' }).click();
    await page.getByText('Give the new target as a number, such as 0.25 or 25%.').waitFor();
    await page.getByLabel('New target (%)').fill('4.5');
    await page.getByLabel('What did we learn this quarter?').fill('Onboarding calls cut churn faster than expected.');
    await page.getByRole('button', { name: 'Save and finish' }).click();

    await page.getByText('1 kept, 1 adjusted, 0 pivoted, 0 retired.').waitFor();
    await screenshot('12-review-summary');
    await page.getByRole('button', { name: 'Back' }).click();
    expect(await page.getByLabel('New target (%)').inputValue()).toBe('4.5');
    await page.getByRole('button', { name: 'Save and finish' }).click();
    await page.getByRole('button', { name: 'Apply review' }).click();
    await page.locator('.review-summary .result.ok').waitFor();

    const finish = page.getByRole('region', { name: 'Finish the quarter' });
    await finish.getByRole('button', { name: 'Take snapshot' }).click();
    const quarter = await finish.getByLabel('Quarter to snapshot').inputValue();
    await screenshot('13-snapshot-confirm-quarter');
    await finish.getByRole('button', { name: 'Take snapshot' }).last().click();
    await finish.locator('.result.ok').waitFor();
    expect(await finish.locator('.result.ok').textContent()).toContain(quarter);
    expect(backend.snapshotQuarters()).toEqual([quarter]);
    await screenshot('14-snapshot-taken');

    await finish.getByRole('button', { name: 'Take snapshot' }).click();
    await finish.getByRole('button', { name: 'Take snapshot' }).last().click();
    await finish.getByRole('button', { name: 'Replace' }).click();
    await finish.locator('.result.ok').waitFor();
    expect(backend.snapshotQuarters()).toEqual([quarter]);
    expect(calls.filter((name) => name === 'takeSnapshotNow')).toHaveLength(3);

    await finish.getByRole('button', { name: 'Build variance' }).click();
    await finish.locator('.result').waitFor();
    expect(calls.at(-1)).toBe('buildVarianceNow');
    await screenshot('15-variance-result');
  });
});

describe('snapshot and variance', () => {
  it('says why a snapshot was refused when a finding blocks it', async () => {
    const { page, screenshot } = await open();
    await registerLoaded(page);
    const operations = page.getByRole('region', { name: 'Snapshot and variance' });
    await operations.getByRole('button', { name: 'Take snapshot' }).click();
    await operations.getByRole('button', { name: 'Take snapshot' }).last().click();
    const refusal = operations.locator('.result.failed');
    await refusal.waitFor();
    expect(await refusal.textContent()).toContain('T3');
    expect(backend.snapshotQuarters()).toEqual([]);
    await screenshot('15b-snapshot-refused');
  });

  it('offers the health check beside a snapshot refused for blocking findings, by the refusal’s code', async () => {
    const { page, calls } = await open();
    await registerLoaded(page);
    const operations = page.getByRole('region', { name: 'Snapshot and variance' });
    await operations.getByRole('button', { name: 'Take snapshot' }).click();
    await operations.getByRole('button', { name: 'Take snapshot' }).last().click();
    await operations.locator('.result.failed').waitFor();
    await operations.getByRole('button', { name: 'Open the health check' }).click();
    await page.getByRole('heading', { name: 'Health check' }).waitFor();
    expect(calls.at(-1)).toBe('checkRegister');
  });

  it('builds the variance between the two latest snapshots', async () => {
    backend = flowBackend(CLEAN_SALES_REGISTER);
    for (const quarter of ['2026-Q2', '2026-Q3']) backend.call('takeSnapshotNow', [quarter, false]);
    const { page, calls } = await open();
    await registerLoaded(page);
    await page.getByRole('button', { name: 'Build variance' }).click();
    await page.locator('.operations .result.ok').waitFor();
    expect(calls).toEqual(['getRegister', 'buildVarianceNow']);
  });
});

describe('failures', () => {
  it('shows a server failure in a banner and loads the register on Retry', async () => {
    const message = 'The Strategies sheet is being edited by a script; try again in a moment.';
    const { page, calls, screenshot } = await open({ failures: { getRegister: message } });
    const banner = page.getByRole('alert');
    await banner.getByText(message).waitFor();
    await screenshot('16-failure-banner');
    await banner.getByRole('button', { name: 'Retry' }).click();
    await registerLoaded(page);
    expect(await banner.isHidden()).toBe(true);
    expect(calls).toEqual(['getRegister', 'getRegister']);
  });

  it('retries a failed variance build from the banner and then shows its sentence', async () => {
    backend = flowBackend(CLEAN_SALES_REGISTER);
    for (const quarter of ['2026-Q2', '2026-Q3']) backend.call('takeSnapshotNow', [quarter, false]);
    const { page, calls } = await open({ failures: { buildVarianceNow: 'Another snapshot is running.' } });
    await registerLoaded(page);
    await page.getByRole('button', { name: 'Build variance' }).click();
    const banner = page.getByRole('alert');
    await banner.getByText('Another snapshot is running.').waitFor();
    await banner.getByRole('button', { name: 'Retry' }).click();
    await page.locator('.operations .result.ok').waitFor();
    expect(calls.filter((name) => name === 'buildVarianceNow')).toHaveLength(2);
  });
});

describe('settings', () => {
  it('opens on the settings view from the Settings… menu item of dist/Code.js', async () => {
    const addon = addonBackend(SALES_REGISTER);
    backend = addon;
    const { page, calls } = await open({ html: addon.sidebarFromMenu('openSettings') });
    await page.getByRole('heading', { name: 'Settings' }).waitFor();
    await page.getByLabel('Stakeholder groups').waitFor();
    expect(await page.getByLabel('Stakeholder groups').inputValue()).toBe(SALES_REGISTER.groups.join('\n'));
    expect(calls).toEqual(['getSettings']);
  });

  it('opens on the settings view when the page names it, and saves checked settings', async () => {
    const { page, calls, screenshot } = await open({ initialView: 'settings' });
    const groups = page.getByLabel('Stakeholder groups');
    await groups.waitFor();
    expect(await groups.inputValue()).toBe('Account executives\nSales ops\nCustomer success');
    await page.getByLabel('Fiscal year starts in').selectOption('4');
    await groups.fill(`Account executives\n${'x'.repeat(101)}`);
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('keep each group to 100', { exact: false }).waitFor();
    await screenshot('17-settings-error');

    await groups.fill('Account executives\nSales ops');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.locator('form .result.ok').waitFor();
    expect(calls).toEqual(['getSettings', 'saveSettings']);
    await screenshot('18-settings-saved');
  });
});
