/**
 * What the sidebar's forms and the quarterly review write, driven in Chromium over the
 * built dist/Code.js: a form shows every cell as it stands and saves only the fields the
 * user changed; the sidebar and the server give the same sentence for a bad field; lint
 * findings warn on save and never block it; the review keeps its decision.
 */
import type { Browser, Page } from 'playwright-core';
import { SHEET } from '../../src/domain/register/schema';
import type { SaveResult } from '../../src/server/api/wireTypes';
import { workbookDifferences } from '../fixtures/workbookDiff';
import { type AddonBackend, flowBackend, launchChromium, openSidebar, type SidebarSession } from './sidebarBridge';
import { CLEAN_SALES_REGISTER, type RegisterFixture } from './sidebarFixtures';

jest.setTimeout(60_000);

/** The sales register as teams keep it: a note typed into Current, confidence out of range, a date as words, a status no one chose. */
const KEPT_BY_HAND: RegisterFixture = {
  ...CLEAN_SALES_REGISTER,
  strategies: CLEAN_SALES_REGISTER.strategies.map((strategy, index) => {
    if (index === 0) return { ...strategy, current: 'about 7' };
    if (index === 1) return { ...strategy, confidence: '12', start: 'next Tuesday' };
    return { ...strategy, status: 'Doing' };
  }),
  tactics: CLEAN_SALES_REGISTER.tactics.map((tactic, index) => (index === 0 ? { ...tactic, actual: 'n/a' } : tactic)),
};

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

async function open(fixture: RegisterFixture, options: Parameters<typeof openSidebar>[2] = {}) {
  backend = flowBackend(fixture);
  const session = await openSidebar(browser, backend, options);
  sessions.push(session);
  await session.page.locator('li.strategy').first().waitFor();
  return session;
}

const card = (page: Page, text: string) => page.locator('li.strategy', { hasText: text });

/** The message under a field, found through the control's aria-describedby as a screen reader would. */
async function describedBy(page: Page, label: string): Promise<string> {
  const ids = (await page.getByLabel(label, { exact: true }).getAttribute('aria-describedby')) ?? '';
  const texts = await Promise.all(
    ids
      .split(' ')
      .filter((id) => id !== '')
      .map((id) => page.locator(`[id="${id}"]`).textContent()),
  );
  return texts.join(' | ');
}

describe('the Edit form shows each cell as it stands and saves only what the user changed', () => {
  it('keeps text typed into a number cell when another field of the strategy is saved', async () => {
    const { page, screenshot } = await open(KEPT_BY_HAND);
    await page.getByRole('button', { name: 'Edit strategy S1' }).click();
    expect(await page.getByLabel('Current', { exact: true }).inputValue()).toBe('about 7');
    expect(await describedBy(page, 'Current')).toContain(
      'Current of S1 (row 2) in Strategies is "about 7", text where a number belongs.',
    );
    await screenshot('edits-01-unreadable-current-shown');

    const before = backend.workbook();
    await page.getByLabel('Metric', { exact: true }).fill('Win rate, all deals');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved strategy S1 (row 2).').waitFor();
    expect(workbookDifferences(before, backend.workbook())).toEqual(['Strategies!C2 value']);
    const row = backend.readSheet(SHEET.strategies)[1] ?? [];
    expect([row[2], row[6]]).toEqual(['Win rate, all deals', 'about 7']);
  });

  it('shows confidence 12 as 12 with the problem, and keeps it', async () => {
    const { page } = await open(KEPT_BY_HAND);
    await page.getByRole('button', { name: 'Edit strategy S2' }).click();
    expect(await page.getByLabel('Confidence (0–10)').inputValue()).toBe('12');
    expect(await describedBy(page, 'Confidence (0–10)')).toContain(
      'Confidence of S2 (row 3) in Strategies is 12, outside 0–10.',
    );
    expect(await page.getByLabel('Start', { exact: true }).inputValue()).toBe('next Tuesday');

    const before = backend.workbook();
    await page.getByLabel('Stakeholders').fill('Customer success; Sales ops');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved strategy S2 (row 3).').waitFor();
    expect(workbookDifferences(before, backend.workbook())).toEqual(['Strategies!H3 value']);
  });

  it('shows a status no one chose as it stands and keeps it when the due date is saved', async () => {
    const { page, screenshot } = await open(KEPT_BY_HAND);
    await page.getByRole('button', { name: 'Edit strategy S3' }).click();
    const status = page.getByLabel('Status');
    expect(await status.inputValue()).toBe('Doing');
    expect(await status.locator('option:checked').textContent()).toBe('Doing (not a status)');
    await screenshot('edits-02-unknown-status-shown');

    const before = backend.workbook();
    await page.getByLabel('Due').fill('2026-12-31');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved strategy S3 (row 4).').waitFor();
    const changed = workbookDifferences(before, backend.workbook());
    // Sheets gives a date typed into a blank cell its date format.
    expect(changed.filter((cell) => !cell.endsWith('numberFormats'))).toEqual(['Strategies!J4 value']);
    expect(backend.readSheet(SHEET.strategies)[3]?.[10]).toBe('Doing');
  });

  it('keeps a tactic’s unreadable Actual when its owner is saved', async () => {
    const { page } = await open(KEPT_BY_HAND);
    await card(page, 'Increase win rate').getByRole('button', { name: 'Tactics (1)' }).click();
    await page.getByRole('button', { name: 'Edit tactic T1' }).click();
    expect(await page.getByLabel('Actual').inputValue()).toBe('n/a');
    expect(await describedBy(page, 'Actual')).toContain(
      'Actual of T1 (row 2) in Tactics is "n/a", text where a number belongs.',
    );
    const before = backend.workbook();
    await page.getByLabel('Owner').fill('Dana and Lee');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved tactic T1 (row 2).').waitFor();
    expect(workbookDifferences(before, backend.workbook())).toEqual(['Tactics!E2 value']);
  });

  it('writes nothing and calls no server when Save is pressed with nothing changed', async () => {
    const { page, calls } = await open(KEPT_BY_HAND);
    await page.getByRole('button', { name: 'Edit strategy S1' }).click();
    const before = backend.workbook();
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Nothing was changed, so nothing was saved.').waitFor();
    expect(calls).not.toContain('saveStrategy');
    expect(workbookDifferences(before, backend.workbook())).toEqual([]);
  });
});

describe('one rule per field, in the sidebar and on the server', () => {
  it('stores 8% typed for a % metric as 0.08, as the hint says, and splits stakeholders on semicolons', async () => {
    const { page, screenshot } = await open(CLEAN_SALES_REGISTER);
    await page.getByRole('button', { name: 'Add strategy' }).click();
    expect(await describedBy(page, 'Baseline')).toContain('8% is stored as 0.08');
    expect(await describedBy(page, 'Stakeholders')).toContain('separated by commas or semicolons');
    await page.getByLabel('Strategy (required)').fill('Cut onboarding churn from 8% to 5%');
    await page.getByLabel('Metric', { exact: true }).fill('Onboarding churn');
    await page.getByLabel('Unit').fill('%');
    await page.getByLabel('Baseline').fill('8%');
    await page.getByLabel('Target', { exact: true }).fill('5%');
    await page.getByLabel('Current', { exact: true }).fill('1,250%');
    await page.getByLabel('Stakeholders').fill('Partners; Sales ops');
    await screenshot('edits-03-percent-hint');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved strategy S4 (row 5).').waitFor();
    expect(backend.readSheet(SHEET.strategies)[4]?.slice(4, 7)).toEqual([0.08, 0.05, 12.5]);

    await page.getByLabel('Stakeholder group').selectOption('Partners');
    await page.getByText('1 of 4 strategies', { exact: false }).waitFor();
    expect(await page.locator('li.strategy h2').allTextContents()).toEqual(['S4 Cut onboarding churn from 8% to 5%']);
  });

  it('gives the sentence the server gives for every bad field, before any call', async () => {
    const { page, calls, screenshot } = await open(CLEAN_SALES_REGISTER);
    await page.getByRole('button', { name: 'Add strategy' }).click();
    const typed = {
      metric: 'x'.repeat(50_001),
      baseline: 'twenty',
      target: '25 percent',
      current: '1,2,3',
      confidence: '11',
      start: '2026-06-30',
      due: '2026-01-31',
    };
    for (const [name, value] of Object.entries(typed)) await page.locator(`[name="${name}"]`).fill(value);
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.field-error:not([hidden])').first().waitFor();
    const shown = await page.locator('.field').evaluateAll((fields) =>
      Object.fromEntries(
        fields.flatMap((field) => {
          const error = field.querySelector('.field-error:not([hidden])');
          const name = field.querySelector('[name]')?.getAttribute('name');
          return error && name ? [[name, error.textContent]] : [];
        }),
      ),
    );
    await screenshot('edits-04-same-sentences');
    expect(calls).not.toContain('saveStrategy');
    const server = backend.call('saveStrategy', [{ changes: typed }]) as SaveResult;
    expect(server.ok).toBe(false);
    expect(shown).toEqual(server.ok ? {} : server.fieldErrors);
    expect(Object.keys(shown).sort()).toEqual([
      'baseline',
      'confidence',
      'current',
      'due',
      'metric',
      'statement',
      'target',
    ]);
  });
});

describe('lint findings warn on save and never block it', () => {
  it('saves "Implement a CRM" for one person and shows both findings at once', async () => {
    const { page, screenshot } = await open(CLEAN_SALES_REGISTER);
    await page.getByRole('button', { name: 'Add strategy' }).click();
    await page.getByLabel('Strategy (required)').fill('Implement a CRM');
    await page.getByLabel('Stakeholders').fill('Jane Smith');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved strategy S4 (row 5).').waitFor();
    expect(await page.locator('.save-warnings li').allTextContents()).toEqual([
      'Strategy S4 reads like a tactic: it has no metric and no numeric target and opens with the action "Implement". State the outcome with a metric and a target, and list the action as a tactic.',
      `Strategy S4 names one person as its stakeholders ("Jane Smith"): it reads as a first and last name. Name the groups it concerns, such as a team or a role; if this is a team's name, add it to the stakeholder groups in Settings.`,
    ]);
    expect(backend.readSheet(SHEET.strategies)[4]?.slice(0, 2)).toEqual(['S4', 'Implement a CRM']);
    await screenshot('edits-05-save-warnings');
  });

  it('saves an edit whose stakeholders read as one person, with the warning', async () => {
    const { page } = await open(CLEAN_SALES_REGISTER);
    await page.getByRole('button', { name: 'Edit strategy S2' }).click();
    await page.getByLabel('Stakeholders').fill('Dana Whitfield');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Saved strategy S2 (row 3).').waitFor();
    expect(await page.locator('.save-warnings li').allTextContents()).toEqual([
      `Strategy S2 names one person as its stakeholders ("Dana Whitfield"): it reads as a first and last name. Name the groups it concerns, such as a team or a role; if this is a team's name, add it to the stakeholder groups in Settings.`,
    ]);
    expect(backend.readSheet(SHEET.strategies)[2]?.[7]).toBe('Dana Whitfield');
  });
});

describe('the quarterly review keeps its decision', () => {
  it('writes the decision and a new Current, and shows the review done for its quarter when opened again', async () => {
    const first = await open(CLEAN_SALES_REGISTER);
    const { page } = first;
    const quarter = (backend.call('getRegister', []) as { currentQuarter: string }).currentQuarter;
    await page.getByRole('navigation').getByRole('button', { name: 'Review' }).click();
    await page.getByText('Strategy 1 of 2', { exact: false }).waitFor();
    await page.getByLabel('What did we learn this quarter?').fill('Discovery calls matter more than demos.');
    await page.getByLabel('Pivot the tactics').check();
    const current = page.getByLabel('Current (%)');
    expect(await current.inputValue()).toBe('22');
    await current.fill('23');
    await page.getByRole('button', { name: 'Save and next' }).click();
    await page.getByText('Strategy 2 of 2', { exact: false }).waitFor();
    expect(await page.getByLabel('Confidence (0–10)').inputValue()).toBe('6');
    await page.getByRole('button', { name: 'Save and finish' }).click();
    await page.getByText('1 kept, 0 adjusted, 1 pivoted, 0 retired.', { exact: false }).waitFor();
    const before = backend.workbook();
    await page.getByRole('button', { name: 'Apply review' }).click();
    await page.locator('.review-summary .result.ok').waitFor();

    const strategies = backend.readSheet(SHEET.strategies);
    const decision = (strategies[0] ?? []).indexOf('Decision');
    expect(strategies.slice(1, 3).map((row) => [row[6], row[decision]])).toEqual([
      [23, 'Pivot'],
      [6.5, 'Keep'],
    ]);
    // Confidence, Current and Target nobody changed are not written.
    const written = workbookDifferences(before, backend.workbook()).filter((cell) => cell.startsWith('Strategies!'));
    expect(written.filter((cell) => /^Strategies![FGL]3 /.test(cell))).toEqual([]);
    await first.close();
    sessions.splice(sessions.indexOf(first), 1);

    const again = await openSidebar(browser, backend, { initialView: 'review' });
    sessions.push(again);
    const done = again.page.getByRole('region', { name: `Review of ${quarter}` });
    await done.getByText(`The review of ${quarter} was applied on`, { exact: false }).waitFor();
    expect(await again.page.getByText('Strategy 1 of 2', { exact: false }).count()).toBe(0);
    await again.screenshot('edits-06-review-done');

    const finish = again.page.getByRole('region', { name: 'Finish the quarter' });
    await finish.getByRole('button', { name: 'Take snapshot' }).click();
    await finish.getByRole('button', { name: 'Take snapshot' }).last().click();
    await finish.locator('.result.ok').waitFor();
    const history = backend.readSheet(SHEET.history);
    const header = history[0] ?? [];
    const s1 = history.find((row) => row[header.indexOf('ID')] === 'S1') ?? [];
    expect([s1[header.indexOf('Learning')], s1[header.indexOf('Decision')]]).toEqual([
      'Discovery calls matter more than demos.',
      'Pivot',
    ]);

    await again.page.getByRole('button', { name: 'Review again' }).click();
    await again.page.getByText('Strategy 1 of 2', { exact: false }).waitFor();
  });

  it('shows an unreadable confidence as it stands in the review and keeps it', async () => {
    const { page } = await open(KEPT_BY_HAND);
    await page.getByRole('navigation').getByRole('button', { name: 'Review' }).click();
    await page.getByText('Strategy 1 of 2', { exact: false }).waitFor();
    expect(await page.getByLabel('Current (%)').inputValue()).toBe('about 7');
    await page.getByRole('button', { name: 'Save and next' }).click();
    await page.getByText('Strategy 2 of 2', { exact: false }).waitFor();
    expect(await page.getByLabel('Confidence (0–10)').inputValue()).toBe('12');
    expect(await describedBy(page, 'Confidence (0–10)')).toContain('Confidence of S2 (row 3) in Strategies is 12');
    await page.getByRole('button', { name: 'Save and finish' }).click();
    await page.getByRole('button', { name: 'Apply review' }).click();
    await page.locator('.review-summary .result.ok').waitFor();
    const strategies = backend.readSheet(SHEET.strategies);
    expect([strategies[1]?.[6], strategies[2]?.[11]]).toEqual(['about 7', 12]);
  });
});
