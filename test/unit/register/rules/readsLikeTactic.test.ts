import { leadingActionVerb, readsLikeTactic } from '../../../../src/domain/register/rules/readsLikeTactic';
import { aStrategy } from '../fixtures';

describe('reads-like-tactic', () => {
  it('accepts the seed strategy, which has a metric and a numeric target', () => {
    expect(readsLikeTactic(aStrategy())).toEqual([]);
  });

  it('accepts an action-worded strategy when it is measured', () => {
    expect(readsLikeTactic(aStrategy({ statement: 'Roll out a formal sales process' }))).toEqual([]);
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

  it('recognises action verbs at the start only, ignoring case and spacing', () => {
    expect(leadingActionVerb('  roll   out the new playbook')).toBe('roll   out');
    expect(leadingActionVerb('Set up a partner portal')).toBe('Set up');
    expect(leadingActionVerb('Raise win rates by 25%')).toBeUndefined();
    expect(leadingActionVerb('Training budget grows')).toBeUndefined();
    expect(leadingActionVerb('We will implement a CRM')).toBeUndefined();
  });
});
