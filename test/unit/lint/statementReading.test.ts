import { readMetric } from '../../../src/domain/lint/metricReading';
import { readStatement } from '../../../src/domain/lint/statementReading';

describe('reading a statement', () => {
  it.each([
    ['Hire two directors', 'Hire'],
    ['Roll out a formal sales process to all account executives', 'Roll out'],
    ['Execute DevOps integrated campaign', 'Execute'],
    ['Ensure the content team selects their own work', 'Ensure'],
    ['Produce 2 webinars with 500 registrants', 'Produce'],
    ['Created a sales playbook for new hires', 'Created'],
    ['Using Figma to resize ad graphics', 'Using'],
    ['Develop and execute three campaigns', 'Develop and execute'],
    ['Re-implement health check', 'Re-implement'],
    ['Hold a weekly pipeline review', 'Hold'],
    ['Increase the number of webinars', 'Increase'],
    ['Grow team to plan', 'Grow'],
    ['Improve campaign tracking', 'Improve'],
  ])('reads %s as an action led by %s', (statement, cue) => {
    expect(readStatement(statement)).toMatchObject({ kind: 'action', cue, leads: true });
  });

  it.each([
    ['GDPR policy fully implemented', 'implemented'],
    ['Billing support added for EMEA region', 'added'],
    ['A new ambulance service was launched', 'launched'],
    ['Roles and responsibilities are documented in the handbook', 'documented'],
    ['Real-time feature flags', 'flags'],
    ['Publish-ready SEO analysis of docs', 'analysis'],
    ['3 blog posts authored by engineers', '3 blog'],
  ])('reads the noun phrase %s as an action (%s)', (statement, cue) => {
    expect(readStatement(statement)).toMatchObject({ kind: 'action', cue, leads: false });
  });

  it.each([
    'Increase win rate from 20% to 25% by 2027-Q2',
    'Reduce churn in the mid-market segment',
    'Achieve 110% of SAO plan',
    'Hold churn at 5%',
    'Add 30 Fortune 500 companies',
    'Build 3x minus in quarter pipeline for Q3',
    'Close at least 2 Tier 1 deals',
    'Make sure that 70% of salespeople are at 70% of quota',
    'IACV doubles year over year',
    'IACV at 120% of plan',
    'Raising living standards in every part of the country',
    'Immunisation coverage increased by 35 percentage points',
    '99% uptime',
    'Upgrades take less than 30 minutes',
    'Reporting an issue requires no more than 5 minutes',
    '100 customers using EU cloud',
    'LSIF is adopted by customers',
    'Attract and retain a talented workforce',
    "We don't lose events",
    'Team members rely on the handbook',
  ])('reads %s as an outcome', (statement) => {
    expect(readStatement(statement).kind).toBe('outcome');
  });

  it.each(['Site admins can painlessly deploy and upgrade', 'Securing home-grown energy', ''])(
    'is unsure of %s',
    (statement) => {
      expect(readStatement(statement).kind).toBe('unsure');
    },
  );

  it('lists the figures in the wording, leaving years out', () => {
    expect(readStatement('Increase win rate from 20% to 25% by 2027-Q2').numbers).toEqual(['20%', '25%']);
  });

  it('reads a statement after a short label', () => {
    expect(readStatement('Sales (Closing Deals): Hire at least 2 SDRs').kind).toBe('action');
  });

  it('reads a 50 000-character statement by its first part, quickly', () => {
    expect(readStatement(`Hire ${'two directors and '.repeat(3_000)}`).kind).toBe('action');
  });
});

describe('reading a metric', () => {
  it.each([
    ['Webinars held', 'output'],
    ['Open roles filled', 'output'],
    ['Docs pages refreshed', 'output'],
    ['Campaigns launched', 'output'],
    ['Win rate', 'outcome'],
    ['Trial-to-paid conversion (%)', 'outcome'],
    ['Releases shipped on time (%)', 'outcome'],
    ['SAOs (% of plan)', 'outcome'],
    ['Fortune 500 customers added', 'outcome'],
    ['Five-year-olds ready to learn (%)', 'unknown'],
    ['', 'unknown'],
  ])('reads %s as %s', (metric, kind) => {
    expect(readMetric(metric).kind).toBe(kind);
  });
});
