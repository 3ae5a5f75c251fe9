import type { LoadedAddon } from '../../local/appsScriptRuntime';
import type { FindingView, OperationResult } from '../../src/server/api/wireTypes';
import { addonWithRegister, day, today } from './fixtures/register';
import { rewriteRegister } from './fixtures/snapshotScenario';

const WIN_RATE = {
  ID: 'S1',
  Strategy: 'Raise win rate from 20% to 25%',
  Metric: 'Win rate',
  Baseline: 0.2,
  Target: 0.25,
  Current: 0.21,
  Stakeholders: 'Account executives',
  Status: 'Active',
};
const CHURN = {
  ...WIN_RATE,
  ID: 'S2',
  Strategy: 'Cut churn from 8% to 5%',
  Metric: 'Churn',
  Baseline: 0.08,
  Target: 0.05,
  Current: 0.08,
};
const PAUSED = { ...WIN_RATE, ID: 'S3', Strategy: 'Grow deal size from 10k to 12k', Status: 'On hold' };

const TACTICS = [
  {
    ID: 'T1',
    'Strategy ID': 'S1',
    Tactic: 'Roll out a formal sales process',
    Status: 'In progress',
    Target: 100,
    Actual: 30,
  },
  { ID: 'T2', 'Strategy ID': 'S1', Tactic: 'Weekly deal reviews', Status: 'Planned', Target: 12, Actual: 0 },
  {
    ID: 'T3',
    'Strategy ID': 'S2',
    Tactic: 'Call every at-risk account',
    Status: 'In progress',
    Target: 100,
    Actual: 40,
  },
  { ID: 'T4', 'Strategy ID': 'S2', Tactic: 'Onboarding calls', Status: 'Planned' },
  { ID: 'T5', 'Strategy ID': 'S2', Tactic: 'Health score', Status: 'In progress', Actual: 5 },
  { ID: 'T6', 'Strategy ID': 'S1', Tactic: 'Deal desk', Status: 'Done' },
];

function health(addon: LoadedAddon): FindingView[] {
  return addon.call('checkRegister') as FindingView[];
}

function summaryLine(addon: LoadedAddon, label: string): unknown {
  return addon.emulator.readValues('QoQ Variance').find((row) => row[0] === label)?.[1];
}

/** A table of the variance sheet as rows keyed by ID, with the header's names. */
function table(addon: LoadedAddon, title: 'Strategies' | 'Tactics'): Map<string, Record<string, unknown>> {
  const sheet = addon.emulator.readValues('QoQ Variance');
  const headerRow = sheet.findIndex((row) => row[0] === title) + 1;
  const header = (sheet[headerRow] ?? []).map(String);
  const rows = new Map<string, Record<string, unknown>>();
  for (const row of sheet.slice(headerRow + 1)) {
    if (row[0] === '' || row[0] === 'Tactics') break;
    rows.set(String(row[0]), Object.fromEntries(header.map((name, i) => [name, row[i]])));
  }
  return rows;
}

describe('the variance sheet’s overdue reviews are the health check’s', () => {
  it('counts what the health check run just after the snapshot finds, on a register with old and missing reviews', () => {
    const strategies = [WIN_RATE, { ...CHURN, 'Last reviewed': day('2025-01-15') }, { ...PAUSED, 'Last reviewed': '' }];
    const tactics = TACTICS.map((t) => (t.ID === 'T4' || t.ID === 'T6' ? { ...t, 'Last reviewed': '' } : t));
    const addon = addonWithRegister(strategies, tactics);
    addon.call('takeSnapshotNow', '2026-Q2', false);
    rewriteRegister(addon, strategies, tactics);
    expect((addon.call('takeSnapshotNow', '2026-Q3', false) as OperationResult).ok).toBe(true);
    const overdue = health(addon).filter((finding) => finding.rule === 'overdue-review');
    expect(overdue.map((finding) => finding.id)).toEqual(['S2', 'T4']);
    expect(summaryLine(addon, 'Overdue reviews')).toBe(2);
  });

  it('counts the same when the variance is built again from Snapshot History, for items started this period', () => {
    // Never reviewed, but started this quarter: the health check does not flag them yet.
    const started = today();
    const strategies = [
      { ...WIN_RATE, Start: started, 'Last reviewed': '' },
      { ...CHURN, 'Last reviewed': day('2025-01-15') },
    ];
    const tactics = TACTICS.slice(0, 2).map((t) => ({ ...t, Start: started, 'Last reviewed': '' }));
    const addon = addonWithRegister(strategies, tactics);
    addon.call('takeSnapshotNow', '2026-Q2', false);
    rewriteRegister(addon, strategies, tactics);
    addon.call('takeSnapshotNow', '2026-Q3', false);
    const overdue = health(addon).filter((finding) => finding.rule === 'overdue-review');
    expect(overdue.map((finding) => finding.id)).toEqual(['S2']);
    expect(summaryLine(addon, 'Overdue reviews')).toBe(1);
    expect((addon.call('buildVarianceNow', '2026-Q2', '2026-Q3') as OperationResult).ok).toBe(true);
    expect(summaryLine(addon, 'Overdue reviews')).toBe(1);
  });

  it('follows a monthly review cadence as the health check does', () => {
    const lastMonth = new Date(Date.UTC(today().getUTCFullYear(), today().getUTCMonth() - 1, 15));
    const strategies = [{ ...WIN_RATE, 'Last reviewed': lastMonth }, CHURN];
    const tactics = TACTICS.slice(0, 3);
    const addon = addonWithRegister(strategies, tactics);
    addon.call('saveSettings', { fiscalYearStartMonth: 1, reviewCadence: 'monthly', stakeholderGroups: [] });
    addon.call('takeSnapshotNow', '2026-Q2', false);
    rewriteRegister(addon, strategies, tactics);
    addon.call('takeSnapshotNow', '2026-Q3', false);
    const overdue = health(addon).filter((finding) => finding.rule === 'overdue-review');
    expect(overdue.map((finding) => finding.id)).toEqual(['S1']);
    expect(summaryLine(addon, 'Overdue reviews')).toBe(1);
  });
});

describe('a tactic that changed is never shown as Unchanged', () => {
  it('marks a change of actual, target, status or wording as Changed, naming what changed', () => {
    const addon = addonWithRegister([WIN_RATE, CHURN], TACTICS);
    addon.call('takeSnapshotNow', '2026-Q2', false);
    const [t1, t2, t3, t4, t5, t6] = TACTICS;
    rewriteRegister(
      addon,
      [WIN_RATE, CHURN],
      [
        { ...t1, Actual: 60 },
        { ...t2, Target: 10 },
        { ...t3, Tactic: 'Call every account at risk of churning' },
        { ...t4, Status: 'In progress' },
        { ...t5, 'Strategy ID': 'S1', Actual: 7 },
        { ...t6 },
      ],
    );
    addon.call('takeSnapshotNow', '2026-Q3', false);
    const tactics = table(addon, 'Tactics');
    const view = (id: string) => {
      const row = tactics.get(id) ?? {};
      return [row.Change, row['What changed']];
    };
    expect(view('T1')).toEqual(['Changed', 'Actual']);
    expect(view('T2')).toEqual(['Changed', 'Target']);
    expect(view('T3')).toEqual(['Changed', 'Wording']);
    expect(view('T4')).toEqual(['Changed', 'Status']);
    expect(view('T5')).toEqual(['Moved', 'Strategy, Actual']);
    // The unchanged tactic is counted beside the table's heading, not listed.
    expect(tactics.has('T6')).toBe(false);
    const heading = addon.emulator.readValues('QoQ Variance').find((row) => row[0] === 'Tactics') ?? [];
    expect(heading.slice(0, 3)).toEqual(['Tactics', 'Unchanged (not listed)', 1]);
    expect([tactics.get('T2')?.['Target before'], tactics.get('T2')?.['Target after']]).toEqual([12, 10]);
    const notes = addon.emulator.readNotes('QoQ Variance');
    const sheet = addon.emulator.readValues('QoQ Variance');
    const t3Row = sheet.findIndex((row) => row[0] === 'T3');
    const whatChanged = (sheet.find((row) => row[0] === 'ID' && row[1] === 'Tactic') ?? []).indexOf('What changed');
    expect(notes[t3Row]?.[whatChanged]).toBe('Before: Call every at-risk account');
  });

  it('names what changed for each strategy too', () => {
    const addon = addonWithRegister([WIN_RATE, CHURN], TACTICS.slice(0, 4));
    addon.call('takeSnapshotNow', '2026-Q2', false);
    rewriteRegister(
      addon,
      [
        { ...WIN_RATE, Target: 0.24 },
        { ...CHURN, Status: 'On hold' },
      ],
      TACTICS.slice(0, 4),
    );
    addon.call('takeSnapshotNow', '2026-Q3', false);
    const strategies = table(addon, 'Strategies');
    expect([strategies.get('S1')?.Change, strategies.get('S1')?.['What changed']]).toEqual([
      'Changed',
      'Target, Progress',
    ]);
    expect([strategies.get('S2')?.Change, strategies.get('S2')?.['What changed']]).toEqual(['Changed', 'Status']);
  });
});
