import { checkStrategyRow } from '../../../src/domain/register/strategyRowCheck';

const NO_GROUPS = () => [];
const SEED = {
  strategy: 'Raise win rates by 25% with a formal sales process',
  metric: 'Win rate',
  baseline: 0.2,
  target: 0.25,
  stakeholders: 'Account executives',
};

describe('checking one strategy row', () => {
  it('says OK for the seed strategy', () => {
    expect(checkStrategyRow(SEED, NO_GROUPS, () => 'Etc/UTC')).toBe('OK');
  });

  it('gives a blank for a blank row', () => {
    expect(
      checkStrategyRow(
        { strategy: '', metric: ' ', baseline: '', target: null, stakeholders: undefined },
        NO_GROUPS,
        () => 'Etc/UTC',
      ),
    ).toBe('');
  });

  it('reports an unreadable value first', () => {
    expect(
      checkStrategyRow({ ...SEED, metric: '', target: '#N/A', stakeholders: 'Jane Smith' }, NO_GROUPS, () => 'Etc/UTC'),
    ).toBe('Target is "#N/A", an error from a formula.');
    expect(checkStrategyRow({ ...SEED, baseline: '20%' }, NO_GROUPS, () => 'Etc/UTC')).toBe(
      'Baseline is "20%", text where a number belongs.',
    );
  });

  it('then a strategy that reads like a tactic, naming it "this strategy"', () => {
    expect(
      checkStrategyRow({ ...SEED, strategy: 'Implement a CRM', metric: '', target: '' }, NO_GROUPS, () => 'Etc/UTC'),
    ).toBe(
      'This strategy reads like a tactic: it has no metric and no numeric target and opens with the action "Implement". State the outcome with a metric and a target, and list the action as a tactic.',
    );
  });

  it('then stakeholders that name one person, unless the team lists the name as a group', () => {
    expect(checkStrategyRow({ ...SEED, stakeholders: 'Jane Smith' }, NO_GROUPS, () => 'Etc/UTC')).toBe(
      'This strategy names one person as its stakeholders ("Jane Smith"): it reads as a first and last name. Name the groups it concerns, such as a team or a role; if this is a team\'s name, add it to the stakeholder groups in Settings.',
    );
    expect(
      checkStrategyRow(
        { ...SEED, stakeholders: 'Jane Smith' },
        () => ['jane smith'],
        () => 'Etc/UTC',
      ),
    ).toBe('OK');
  });

  it('reads the settings only when a row names stakeholders', () => {
    const groups = jest.fn(() => []);
    checkStrategyRow({ ...SEED, stakeholders: '' }, groups, () => 'Etc/UTC');
    expect(groups).not.toHaveBeenCalled();
  });
});
