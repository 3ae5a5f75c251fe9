/**
 * Import a plan from this sheet…, through the menu function of the built add-on, on plans
 * laid out as public templates and tool exports lay them out (see test/fixtures/import).
 */
import {
  ANNUAL_PLAN,
  GOALS_IMPORT,
  HEALTH_SCAN,
  OKR_SHEET,
  OKR_UPLOAD,
  PROGRESS_REPORT,
  PROJECT_TRACKER,
  TEAM_OKRS_AS_TEXT,
} from '../fixtures/import/sourceLayouts';
import { addonWithPlan, dialogsSince, importFromMenu, rowsOf } from './fixtures/importScenario';

const STRATEGY = ['ID', 'Strategy', 'Metric', 'Baseline', 'Target', 'Current', 'Stakeholders', 'Status', 'Source'];
const TACTIC = ['ID', 'Strategy ID', 'Tactic', 'Owner', 'Status', 'Indicator', 'Target', 'Actual', 'Source'];

function imported(layout: Parameters<typeof addonWithPlan>[0]) {
  const addon = addonWithPlan(layout);
  importFromMenu(addon);
  return {
    addon,
    question: dialogsSince(addon)[0] ?? '',
    strategies: rowsOf(addon, 'Strategies', STRATEGY),
    tactics: rowsOf(addon, 'Tactics', TACTIC),
    toast: addon.emulator.toasts.at(-1)?.message ?? '',
    health: addon.emulator.readValues('Health check'),
  };
}

describe('a key-result column, the objective repeated on every row (ModelMonkey OKR sheet)', () => {
  const run = () => imported(OKR_SHEET);

  it('makes one strategy per objective, its first measured key result its metric, the others its tactics', () => {
    const { strategies, tactics } = run();
    expect(strategies).toEqual([
      {
        ID: 'S1',
        Strategy: 'Grow mid-market new business',
        Metric: 'Close 24 new mid-market logos',
        Baseline: 0,
        Target: 24,
        Current: 9,
        Stakeholders: 'Dana Ruiz',
        Status: 'Active',
        Source: 'Q3 OKRs!2',
      },
      {
        ID: 'S2',
        Strategy: 'Keep customers we already have',
        Metric: 'Lift gross revenue retention (%)',
        Baseline: 88,
        Target: 92,
        Current: 89,
        Stakeholders: 'Priya Nair',
        Status: 'Active',
        Source: 'Q3 OKRs!5',
      },
      {
        ID: 'S3',
        Strategy: 'Make forecasting trustworthy',
        Metric: 'Forecast accuracy at week 6 (%)',
        Baseline: 71,
        Target: 90,
        Current: 80,
        Stakeholders: 'Lee Park',
        Status: 'Active',
        Source: 'Q3 OKRs!8',
      },
    ]);
    const tactic = (
      ID: string,
      strategy: string,
      text: string,
      owner: string,
      target: unknown,
      actual: unknown,
      row: number,
    ) => ({
      ID,
      'Strategy ID': strategy,
      Tactic: text,
      Owner: owner,
      Status: 'Planned',
      Indicator: '',
      Target: target,
      Actual: actual,
      Source: `Q3 OKRs!${row}`,
    });
    expect(tactics).toEqual([
      tactic('T1', 'S1', 'Raise SQL-to-win rate', 'Dana Ruiz', 25, 21, 3),
      tactic('T2', 'S1', 'Cut median sales cycle (days)', 'Omar Haddad', 45, 55, 4),
      tactic('T3', 'S2', 'Run QBRs for all tier-1 accounts', 'Priya Nair', '', '', 6),
      // The objective typed with a trailing space is the same strategy.
      tactic('T4', 'S2', 'Cut logo churn per quarter', 'Sam Osei', 8, 11, 7),
    ]);
  });

  it('says what it found before importing, and names the baselines a tactic cannot keep', () => {
    const { question } = run();
    expect(question.split('\n').slice(0, 13)).toEqual([
      "Import 3 strategies and 4 tactics from 'Q3 OKRs'?",
      '',
      'Layout: strategies and tactics on the same row (headers in row 1, rows 2–8).',
      'Columns:',
      '• A "Objective" → Strategy',
      '• B "Key Result" → Key result (metric or tactic)',
      '• C "Owner" → Owner',
      '• D "Start Value" → Baseline',
      '• E "Target Value" → Target',
      '• F "Current Value" → Current / Actual',
      '• G "Score" → not imported: not a header the import knows',
      '• H "Quarter" → not imported: not a header the import knows',
      '',
    ]);
    expect(question).toContain(
      "• 'Q3 OKRs'!D3 holds 18, a baseline: a tactic has no Baseline column, so it is not imported.",
    );
    expect(question.split('\n').at(-1)).toBe(
      'Yes: import. No: correct the mapping in the sidebar first. Cancel: stop without changing anything.',
    );
  });

  it('runs the health check at once: the strategies that name a person are found', () => {
    const { toast, health } = run();
    expect(toast).toMatch(
      /^Imported 3 strategies and 4 tactics from 'Q3 OKRs' into Strategies rows 2–4 and Tactics rows 2–5\. Health check: \d+ findings: 3 individual-scope, /,
    );
    expect(health.filter((row) => row[0] === 'individual-scope').map((row) => row[2])).toEqual(['H2', 'H3', 'H4']);
    expect(health.filter((row) => row[0] === 'not-imported').map((row) => [row[1], row[2]])).toEqual([
      ['Q3 OKRs', 'D3'],
      ['Q3 OKRs', 'D4'],
      ['Q3 OKRs', 'D7'],
    ]);
  });
});

describe('headers on row 3 under a title, an instruction row and a footer (OffiDocs annual plan)', () => {
  it('finds the table under the title and leaves the instruction and the footer out', () => {
    const { strategies, tactics, question } = imported(ANNUAL_PLAN);
    expect(strategies.map((s) => [s.ID, s.Strategy, s.Metric, s.Source])).toEqual([
      ['S1', 'Expand into the DACH market', '', 'FY26 plan!5'],
      ['S2', 'Raise net revenue retention', '', 'FY26 plan!7'],
      ['S3', 'Shorten onboarding', '', 'FY26 plan!9'],
    ]);
    // The KPIs differ between the rows of one strategy: each is its tactic's indicator.
    expect(tactics.map((t) => [t.ID, t['Strategy ID'], t.Tactic, t.Owner, t.Status, t.Indicator])).toEqual([
      ['T1', 'S1', 'Hire two German-speaking AEs', 'Sales Leadership', 'In progress', 'Pipeline from DACH'],
      ['T2', 'S1', 'Localise pricing page and contracts', 'RevOps', 'Planned', 'Localised quotes live'],
      ['T3', 'S2', 'Launch usage-based upsell playbook', 'Customer Success', 'In progress', 'NRR'],
      ['T4', 'S2', 'Health score alerts in CRM', 'RevOps', 'Planned', 'NRR'],
      ['T5', 'S3', 'Templated kickoff deck and checklist', 'Customer Success', 'Done', 'Days to first value'],
    ]);
    expect(question).toContain('(headers in row 3, rows 4–10)');
    expect(question).toContain(
      '• E "KPIs / Success Metrics" → Metric (read as each tactic\'s Indicator: it changes between the rows of one strategy)',
    );
    expect(question).toContain(
      "• 'FY26 plan'!A4 holds only \"Please list this year's objectives and the actions behind th…\": read as a note under the headers, not imported.",
    );
    expect(question).toContain(
      '• \'FY26 plan\'!A10 holds only "© 2026 Planning team | For internal use only": read as a note after the table, not imported.',
    );
  });
});

describe('a strategy written once in merged cells above its actions (Little Canada progress report)', () => {
  it('carries each strategic direction down to the action items below it', () => {
    const { strategies, tactics, question } = imported(PROGRESS_REPORT);
    expect(strategies.map((s) => [s.ID, s.Strategy, s.Source])).toEqual([
      ['S1', 'Grow recurring revenue', 'Progress report!2'],
      ['S2', 'Protect the customer base', 'Progress report!5'],
    ]);
    expect(tactics.map((t) => [t.ID, t['Strategy ID'], t.Tactic, t.Indicator])).toEqual([
      ['T1', 'S1', 'Stand up partner referral program', 'Partner-sourced pipeline'],
      ['T2', 'S1', 'Launch annual prepay discount', 'Share of deals on annual prepay'],
      ['T3', 'S1', 'Re-engage closed-lost from 2025', 'Reopened opportunities'],
      ['T4', 'S2', 'Health scoring for all accounts', 'Accounts with a score'],
      ['T5', 'S2', 'Executive sponsor for top 30 accounts', 'Accounts with a sponsor'],
    ]);
    expect(question).toContain('Layout: each strategy written once, above the rows of its tactics');
    // Columns the register has no place for are listed, never dropped in silence.
    for (const header of [
      'Strategic Direction Result',
      'Status of Action Item',
      'On Track',
      'Some Disruption',
      'Complete',
    ]) {
      expect(question).toContain(`"${header}" → not imported: not a header the import knows`);
    }
  });
});

describe('a type column over one text column (Betterworks OKR upload)', () => {
  it('reads goals as strategies and the milestones under each as its tactics, dates as dates', () => {
    const { addon, strategies, tactics, question } = imported(OKR_UPLOAD);
    expect(strategies.map((s) => [s.ID, s.Strategy, s.Stakeholders, s.Source])).toEqual([
      ['S1', 'Make renewals boring and on time', 'mia.wong@example.com', 'OKR upload!2'],
      ['S2', 'Turn partners into a real channel', 'ben.cole@example.com', 'OKR upload!5'],
    ]);
    expect(tactics.map((t) => [t.ID, t['Strategy ID'], t.Tactic, t.Owner])).toEqual([
      ['T1', 'S1', 'Renewal forecast call every Monday', 'mia.wong@example.com'],
      ['T2', 'S1', 'Auto-create renewal opps 120 days out', 'lee.park@example.com'],
      ['T3', 'S2', 'Partner portal with deal registration', 'lee.park@example.com'],
    ]);
    expect(rowsOf(addon, 'Strategies', ['Start', 'Due', 'Learning'])[0]).toEqual({
      Start: '2026-07-01',
      Due: '2026-09-30',
      Learning: 'Renewals closed before term end',
    });
    expect(question).toContain('Layout: a type column telling strategies from tactics');
    expect(question).toContain('• B "type" → Type (strategy or tactic)');
  });
});

describe('percentages and thousands typed as text (Team OKRs brought in by File → Import, numbers left as text)', () => {
  it('reads 25% as 0.25 and 1,250 as 1250 by the forms’ number rule, and leaves what it cannot read blank', () => {
    const { addon, strategies, tactics, question, health } = imported(TEAM_OKRS_AS_TEXT);
    expect(
      strategies.map((s) => [s.ID, s.Strategy, s.Metric, s.Baseline, s.Target, s.Current, s.Stakeholders]),
    ).toEqual([
      ['S1', 'Win more mid-market deals', 'Win rate', 0.2, 0.25, 0.215, 'Sales'],
      ['S2', 'Grow expansion revenue', 'Expansion ARR (k$)', 1250, 3000, 1900, 'Customer Success'],
      ['S3', 'Make forecasting trustworthy', 'Forecast accuracy at week 6', 0.71, 0.9, '', 'RevOps'],
    ]);
    expect(rowsOf(addon, 'Strategies', ['Confidence']).map((row) => row.Confidence)).toEqual([7, 6, '']);
    expect(tactics.map((t) => [t.Tactic, t['Strategy ID'], t.Owner])).toEqual([
      ['Weekly pipeline review in every pod', 'S1', 'Sales managers'],
      ['Upsell playbook for tier-2', 'S2', 'CS Ops'],
    ]);
    const told = [
      '\'Team OKRs\'!I3 holds "High", not a number (write it like 0.25, 25% or 1,250); Confidence is left blank.',
      '\'Team OKRs\'!I5 holds "Medium", not a number (write it like 0.25, 25% or 1,250); Confidence is left blank.',
      '\'Team OKRs\'!F6 holds "n/a", not a number (write it like 0.25, 25% or 1,250); Current / Actual is left blank.',
      "'Team OKRs'!I6 holds 12, outside the confidence scale of 0–10; Confidence is left blank.",
    ];
    for (const sentence of told) expect(question).toContain(`• ${sentence}`);
    expect(health.filter((row) => row[0] === 'not-imported').map((row) => row[4])).toEqual(told);
  });
});

describe('unknown columns (Peoplebox goals import)', () => {
  it('lists every column it does not import, and imports the strategies with their numbers and dates', () => {
    const { strategies, tactics, question } = imported(GOALS_IMPORT);
    expect(
      strategies.map((s) => [s.ID, s.Strategy, s.Baseline, s.Target, s.Current, s.Stakeholders, s.Status]),
    ).toEqual([
      ['S1', 'Grow installed-base revenue', 1800000, 3000000, 2250000, 'Sales', 'Active'],
      ['S2', 'Expansion pipeline from QBRs', 0, 900000, 410000, 'Account Management', 'Active'],
      ['S3', 'Reduce time to first value', 41, 25, 33, 'Customer Success', 'Active'],
      ['S4', 'Implement new onboarding portal', 0, 1, 0, '', 'Active'],
    ]);
    expect(tactics).toEqual([]);
    for (const header of ['Row ID', 'Parent Row IDs', 'Goal Cycle', 'Goal Type', 'Scope', 'Approved']) {
      expect(question).toContain(`"${header}" → not imported: not a header the import knows`);
    }
    expect(question).toContain(
      '• D "Owner Emails" → not imported: a strategy has no Owner column, and Stakeholders is read from its own column',
    );
  });
});

describe('tactics only, under a title and a "prepared for" line (OffiDocs project tracker)', () => {
  it('imports the projects as tactics with no strategy, which the health check then names', () => {
    const { tactics, strategies, health } = imported(PROJECT_TRACKER);
    expect(strategies).toEqual([]);
    expect(tactics.map((t) => [t.ID, t['Strategy ID'], t.Tactic, t.Status])).toEqual([
      ['T1', '', 'CPQ roll-out for EMEA', 'In progress'],
      ['T2', '', 'Partner deal registration', 'Planned'],
      ['T3', '', 'Churn-risk model v2', 'In progress'],
      ['T4', '', 'SDR team in Lisbon', 'Planned'],
    ]);
    expect(health.filter((row) => row[0] === 'no-strategy')).toHaveLength(4);
  });
});

describe('strategies only (OKR-HealthScan list)', () => {
  it('takes the owner as the stakeholders, so the health check names a person and a tactic-like strategy', () => {
    const { strategies, health } = imported(HEALTH_SCAN);
    expect(strategies.map((s) => [s.ID, s.Strategy, s.Stakeholders, s.Status])).toEqual([
      ['S1', 'Grow net revenue retention to 112%', 'Priya', 'Active'],
      ['S2', 'Cut sales cycle for mid-market to 45 days', 'Omar', 'Active'],
      ['S3', 'Implement new CPQ', 'Lee', 'Achieved'],
      ['S4', 'Launch partner channel', 'Ben Cole', 'Active'],
    ]);
    const about = (rule: string) => health.filter((row) => row[0] === rule).map((row) => row[3]);
    expect(about('individual-scope')).toEqual(['S4']);
    expect(about('reads-like-tactic')).toEqual(['S1', 'S2', 'S3', 'S4']);
  });
});
