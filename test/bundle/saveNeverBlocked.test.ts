import { CHECK_IN_HEADERS } from '../../src/domain/checkins/checkInSchema';
/**
 * No finding of the health check ever blocks a save from the sidebar: a register holding
 * a finding of every rule still takes every save and the review, through the built add-on,
 * and the findings about the saved row come back as warnings.
 */
import { RULE_IDS } from '../../src/domain/register/types';
import type { FindingView, RegisterView, SaveResult } from '../../src/server/api/wireTypes';
import { addonWithRegister, day, MORE_PROSPECTS, WIN_RATE } from './fixtures/register';

/** One strategy or tactic per rule of the health check. */
function registerWithEveryFinding() {
  const addon = addonWithRegister(
    [
      WIN_RATE,
      { ...WIN_RATE, ID: 'S2', Strategy: 'Cut churn from 8% to 5%', Stakeholders: 'Mid Market' },
      { ID: 'S3', Strategy: 'Implement a CRM', Stakeholders: 'Jane Smith', Status: 'Active' },
      { ...WIN_RATE, ID: 'S3', Strategy: 'Grow deal size to 40k', Current: 'about 7', Confidence: 12 },
      { ...WIN_RATE, ID: 'S5', Strategy: 'Raise renewals to 90%', 'Last reviewed': day('2020-01-01'), Parent: 'S7' },
    ],
    [MORE_PROSPECTS, { ...MORE_PROSPECTS, ID: 'T2', 'Strategy ID': 'S9', Owner: 'Lee' }],
  );
  // One check-in, long ago: every other active item has none since its start, and is stale.
  addon.emulator.seedSheet('Check-ins', [[...CHECK_IN_HEADERS], [day('2026-07-06'), 'S1', 0.21, '', '', '']], {
    raw: true,
  });
  return addon;
}

/** The register, fresh for each test, and its view as the sidebar loads it. */
function loaded() {
  const addon = registerWithEveryFinding();
  const view = addon.call('getRegister') as RegisterView;
  return { addon, view };
}

describe('a register with a finding of every rule', () => {
  // A missing column is no lint of what the register says: a save that writes one is refused.
  it('holds every rule the health check has about the register’s content', () => {
    const findings = registerWithEveryFinding().call('checkRegister') as FindingView[];
    const content = RULE_IDS.filter((rule) => rule !== 'missing-column');
    expect([...new Set(findings.map((finding) => finding.rule))].sort()).toEqual([...content].sort());
  });

  it('adds a strategy that reads like a tactic and names a person, with both findings as warnings', () => {
    const { addon } = loaded();
    const result = addon.call('saveStrategy', {
      changes: { statement: 'Hire two SDRs', stakeholders: 'Ana Lima', status: 'Active' },
    }) as SaveResult;
    expect(result).toMatchObject({ ok: true, id: 'S6', row: 7 });
    expect(result.ok && result.warnings.map((warning) => warning.slice(0, 40))).toEqual([
      'Strategy S6 reads like a tactic: it has ',
      'Strategy S6 names one person as its stak',
    ]);
  });

  it.each([
    ['the team the person test mistakes for a person', 'S2', 0],
    ['the one that reads like a tactic', 'S3', 0],
    ['the one sharing its ID, with unreadable cells', 'S3', 1],
    ['the overdue one', 'S5', 0],
  ])('saves an edit of %s', (_what, id, n) => {
    const { addon, view } = loaded();
    const edited = view.strategies.filter((item) => item.id === id)[n];
    const result = addon.call('saveStrategy', {
      row: edited?.row,
      version: edited?.version,
      changes: { unit: 'pts' },
    }) as SaveResult;
    expect(result).toMatchObject({ ok: true, row: edited?.row });
  });

  it('saves an edit of a tactic whose strategy does not exist, and warns of it', () => {
    const { addon, view } = loaded();
    const orphan = view.tactics.find((tactic) => tactic.id === 'T2');
    const result = addon.call('saveTactic', {
      row: orphan?.row,
      version: orphan?.version,
      changes: { owner: 'Lee and Ana' },
    }) as SaveResult;
    expect(result).toEqual({
      ok: true,
      id: 'T2',
      row: 3,
      warnings: ['Tactic T2 names strategy "S9", which is not an ID in Strategies; correct the Strategy ID.'],
    });
  });

  it('applies a review of the strategies with findings', () => {
    const { addon } = loaded();
    const result = addon.call('applyReview', [
      { strategyId: 'S2', learning: 'Mid Market renews later', decision: 'pivot', changes: {}, tactics: {} },
      { strategyId: 'S5', learning: '', decision: 'keep', changes: { confidence: '4' }, tactics: {} },
    ]);
    expect(result).toMatchObject({ ok: true });
  });
});
