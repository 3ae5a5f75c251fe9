import { healthCheck } from '../../../src/domain/register/healthCheck';
import { parseRegister, type Register } from '../../../src/domain/register/register';
import { DEFAULT_SETTINGS } from '../../../src/domain/register/types';
import { sentence } from '../../../src/domain/result';
import { SEED_STRATEGY_ROW, SEED_TACTIC_ROW, strategyGrid, tacticGrid } from './fixtures';

const NOW = new Date('2026-05-15T12:00:00Z');
const CONTEXT = { now: NOW, timeZone: 'Europe/London', settings: DEFAULT_SETTINGS };
const THIS_QUARTER = new Date('2026-04-10T09:00:00Z');
const LAST_QUARTER = new Date('2026-02-10T09:00:00Z');

function register(strategyRows: Record<string, unknown>[], tacticRows: Record<string, unknown>[]): Register {
  const parsed = parseRegister(strategyGrid(strategyRows), tacticGrid(tacticRows), 'Etc/UTC');
  if (!parsed.ok) throw new Error(sentence(parsed));
  return parsed.value;
}

describe('the health check', () => {
  it('finds nothing in the seed register reviewed this quarter', () => {
    const seed = register(
      [{ ...SEED_STRATEGY_ROW, 'Last reviewed': THIS_QUARTER }],
      [{ ...SEED_TACTIC_ROW, 'Last reviewed': THIS_QUARTER }],
    );
    expect(healthCheck(seed, CONTEXT)).toEqual({
      findings: [],
      summary: {
        total: 0,
        items: 2,
        blocking: 0,
        byRule: {
          'reads-like-tactic': 0,
          'no-strategy': 0,
          'individual-scope': 0,
          'missing-column': 0,
          'no-tactics': 0,
          'overdue-review': 0,
          'duplicate-id': 0,
          'bad-value': 0,
          'stale-check-in': 0,
          'bad-parent': 0,
        },
      },
    });
  });

  it('finds only the two overdue reviews when the seed register was last reviewed last quarter', () => {
    const seed = register(
      [{ ...SEED_STRATEGY_ROW, 'Last reviewed': LAST_QUARTER }],
      [{ ...SEED_TACTIC_ROW, 'Last reviewed': LAST_QUARTER }],
    );
    const report = healthCheck(seed, CONTEXT);
    expect(report.findings.map((finding) => [finding.at.sheet, finding.at.row, finding.rule, finding.id])).toEqual([
      ['Strategies', 2, 'overdue-review', 'S1'],
      ['Tactics', 2, 'overdue-review', 'T1'],
    ]);
    expect(report.summary.byRule['overdue-review']).toBe(2);
    expect(report.summary.blocking).toBe(0);
  });

  it('advises on a strategy worded as an action even when it has numbers, without blocking a snapshot', () => {
    const worded = register(
      [
        {
          ...SEED_STRATEGY_ROW,
          Strategy: 'Hire two directors',
          Metric: 'Open roles filled',
          Baseline: 0,
          Target: 2,
          Stakeholders: 'Simon or Charles',
          'Last reviewed': THIS_QUARTER,
        },
      ],
      [{ ...SEED_TACTIC_ROW, 'Last reviewed': THIS_QUARTER }],
    );
    const report = healthCheck(worded, CONTEXT);
    expect(report.findings.map((finding) => [finding.rule, finding.blocking])).toEqual([
      ['reads-like-tactic', false],
      ['individual-scope', false],
    ]);
    expect(report.findings[0]?.message).toContain('what result should "Hire two directors" move?');
    expect(report.findings[1]?.message).toContain('they read as names joined by "and", "or", "+" or "&", or listed.');
    expect(report.summary.blocking).toBe(0);
  });

  it('reports every rule on a troubled register, sorted by sheet, row and rule', () => {
    const troubled = register(
      [
        { ...SEED_STRATEGY_ROW, 'Last reviewed': THIS_QUARTER },
        { ID: 'S2', Strategy: 'Implement a CRM', Stakeholders: 'Jane Smith', Status: 'Active', Confidence: 'high' },
        { ID: 's1', Strategy: 'Cut churn to 5%', Metric: 'Churn', Baseline: 0.08, Target: 0.05, Status: 'Retired' },
      ],
      [
        { ...SEED_TACTIC_ROW, 'Last reviewed': THIS_QUARTER },
        { ID: 'T2', 'Strategy ID': 'S9', Tactic: 'Buy a CRM', Status: 'Planned', 'Last reviewed': THIS_QUARTER },
        { ID: 'T3', Tactic: 'Train reps', Status: 'Done' },
      ],
    );
    const report = healthCheck(troubled, CONTEXT);
    expect(report.findings.map((finding) => [finding.at.sheet, finding.at.row, finding.rule])).toEqual([
      ['Strategies', 3, 'reads-like-tactic'],
      ['Strategies', 3, 'individual-scope'],
      ['Strategies', 3, 'no-tactics'],
      ['Strategies', 3, 'overdue-review'],
      ['Strategies', 3, 'bad-value'],
      ['Strategies', 4, 'duplicate-id'],
      ['Tactics', 3, 'no-strategy'],
      ['Tactics', 4, 'no-strategy'],
    ]);
    expect(report.summary).toMatchObject({ total: 8, blocking: 3 });
    expect(report.summary.byRule).toEqual({
      'missing-column': 0,
      'reads-like-tactic': 1,
      'no-strategy': 2,
      'individual-scope': 1,
      'no-tactics': 1,
      'overdue-review': 1,
      'duplicate-id': 1,
      'bad-value': 1,
      'stale-check-in': 0,
      'bad-parent': 0,
    });
  });

  it('does not count a Done tactic as keeping its strategy moving', () => {
    const doneOnly = register(
      [{ ...SEED_STRATEGY_ROW, 'Last reviewed': THIS_QUARTER }],
      [{ ...SEED_TACTIC_ROW, Status: 'Done' }],
    );
    expect(healthCheck(doneOnly, CONTEXT).findings.map((finding) => finding.rule)).toEqual(['no-tactics']);
  });

  it('reads the team’s own stakeholder groups from the settings', () => {
    const named = register(
      [{ ...SEED_STRATEGY_ROW, Stakeholders: 'Tiger Squadron', 'Last reviewed': THIS_QUARTER }],
      [{ ...SEED_TACTIC_ROW, 'Last reviewed': THIS_QUARTER }],
    );
    expect(healthCheck(named, CONTEXT).summary.byRule['individual-scope']).toBe(1);
    const settings = { ...DEFAULT_SETTINGS, stakeholderGroups: ['Tiger Squadron'] };
    expect(healthCheck(named, { ...CONTEXT, settings }).summary.total).toBe(0);
  });
});
