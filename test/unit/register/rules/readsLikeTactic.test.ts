import { leadingActionVerb, readsLikeTactic } from '../../../../src/domain/register/rules/readsLikeTactic';
import { aStrategy } from '../fixtures';

describe('reads-like-tactic', () => {
  it('accepts the seed strategy, an outcome with a metric and a numeric target', () => {
    expect(readsLikeTactic(aStrategy())).toEqual([]);
  });

  it('flags an action with no metric and no target, naming the verb', () => {
    expect(
      readsLikeTactic(aStrategy({ id: 'S4', row: 5, statement: 'Implement a CRM', metric: '', target: null })),
    ).toEqual([
      {
        rule: 'reads-like-tactic',
        at: { sheet: 'Strategies', row: 5 },
        id: 'S4',
        message:
          'Strategy S4 reads like a tactic: it has no metric and no numeric target and opens with the action "Implement". State the outcome with a metric and a target, and list the action as a tactic.',
        blocking: false,
      },
    ]);
  });

  it('flags an outcome with a metric but no numeric target', () => {
    const [finding] = readsLikeTactic(aStrategy({ statement: 'Raise win rates', target: null }));
    expect(finding?.message).toBe(
      'Strategy S1 reads like a tactic: it has no numeric target. State the outcome with a metric and a target, and list the action as a tactic.',
    );
  });

  it('flags a strategy without a metric and names an unnumbered one by its statement', () => {
    const [finding] = readsLikeTactic(aStrategy({ id: '', statement: 'Hold a weekly pipeline review', metric: ' ' }));
    expect(finding?.message).toBe(
      'Strategy "Hold a weekly pipeline review" reads like a tactic: it has no metric and opens with the action "Hold". State the outcome with a metric and a target, and list the action as a tactic.',
    );
  });

  it('points a result written in the wording to the empty cells', () => {
    const [finding] = readsLikeTactic(
      aStrategy({
        statement: 'Increase win rate from 20% to 25% by 2027-Q2',
        metric: '',
        baseline: null,
        target: null,
      }),
    );
    expect(finding?.message).toBe(
      'Strategy S1 states a result, but it has no metric and no numeric target: its wording holds "20%", "25%". Put the metric, baseline and target in their columns, so its progress can be measured.',
    );
  });

  it('flags an action given numbers, naming it and asking for the result it serves', () => {
    const strategy = aStrategy({
      statement: 'Hire two directors',
      metric: 'Open roles filled',
      baseline: 0,
      target: 2,
    });
    expect(readsLikeTactic(strategy)).toEqual([
      {
        rule: 'reads-like-tactic',
        at: { sheet: 'Strategies', row: 2 },
        id: 'S1',
        message:
          'Strategy S1 opens with the action "Hire": what result should "Hire two directors" move? State that result as the strategy, with its metric and target, and put "Hire two directors" under it as a tactic.',
        blocking: false,
      },
    ]);
  });

  it('points an action measured by a result to that result', () => {
    const [finding] = readsLikeTactic(aStrategy({ statement: 'Roll out a formal sales process' }));
    expect(finding?.message).toBe(
      'Strategy S1 opens with the action "Roll out": "Roll out a formal sales process" is work to do, and its metric ("Win rate") looks like the result it serves. Word the strategy as that result and put "Roll out a formal sales process" under it as a tactic.',
    );
  });

  it('reads a finished deliverable as an action', () => {
    const [finding] = readsLikeTactic(
      aStrategy({
        statement: 'GDPR policy fully implemented',
        metric: 'Policy sections done',
        baseline: 0,
        target: 10,
      }),
    );
    expect(finding?.message).toBe(
      'Strategy S1 reads as an action ("implemented"): what result should "GDPR policy fully implemented" move? State that result as the strategy, with its metric and target, and put "GDPR policy fully implemented" under it as a tactic.',
    );
  });

  it('flags an outcome measured by a count of the team’s own work', () => {
    const [finding] = readsLikeTactic(
      aStrategy({ statement: 'Grow awareness among developers', metric: 'Webinars held', baseline: 0, target: 6 }),
    );
    expect(finding?.message).toBe(
      'Strategy S1 is measured by an output: "Webinars held" counts work done ("Webinars"), not a result. What result should that work move? Measure the strategy by it, and track the work on a tactic.',
    );
  });

  it.each([
    ['Achieve 110% of SAO plan', 'SAOs (% of plan)'],
    ['Reduce churn from 8% to 5%', 'Churn'],
    ['IACV doubles year over year', 'IACV growth'],
    ['Upgrades take less than 30 minutes', 'Upgrade time (minutes)'],
    ['Add 30 Fortune 500 companies', 'Fortune 500 customers'],
    ['Immunisation coverage increased by 35 percentage points', 'Immunisation coverage'],
  ])('accepts the measured outcome %s', (statement, metric) => {
    expect(readsLikeTactic(aStrategy({ statement, metric, baseline: 1, target: 2 }))).toEqual([]);
  });

  it('never blocks', () => {
    for (const statement of ['Implement a CRM', 'Hire two directors', 'Real-time feature flags']) {
      for (const finding of readsLikeTactic(aStrategy({ statement, metric: 'Features shipped' }))) {
        expect(finding.blocking).toBe(false);
      }
    }
  });

  it('names the action verb a statement opens with, as typed, past any filler', () => {
    expect(leadingActionVerb('  roll   out the new playbook')).toBe('roll   out');
    expect(leadingActionVerb('Set up a partner portal')).toBe('Set up');
    expect(leadingActionVerb('We will implement a CRM')).toBe('implement');
    expect(leadingActionVerb('Raise win rates by 25%')).toBeUndefined();
    expect(leadingActionVerb('Training budget grows')).toBeUndefined();
  });
});
