import { loadAddon } from '../../local/appsScriptRuntime';
import { AuthMode } from '../../local/emulator';
import { DEVELOPMENT_OWNERS, DEVELOPMENT_STATEMENTS, HELD_OUT_OWNERS, HELD_OUT_STATEMENTS } from '../fixtures/lint';

/**
 * The lint corpus typed into a sheet and checked with =STRATEGY_CHECK over whole columns,
 * as a user would: the formula in the built bundle must agree with the rule the health
 * check runs, so its figures are the corpus test's figures.
 */

const STATEMENTS = [...DEVELOPMENT_STATEMENTS, ...HELD_OUT_STATEMENTS];
const OWNERS = [...DEVELOPMENT_OWNERS, ...HELD_OUT_OWNERS];
const column = <T>(values: readonly T[]) => values.map((value) => [value]);

function checkColumns(
  strategy: unknown[][],
  metric: unknown[][],
  baseline: unknown[][],
  target: unknown[][],
  stakeholders: unknown[][],
) {
  const addon = loadAddon();
  addon.emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
  return (addon.call('STRATEGY_CHECK', strategy, metric, baseline, target, stakeholders) as string[][]).map(
    ([answer]) => answer,
  );
}

describe('=STRATEGY_CHECK over the lint corpus', () => {
  const answers = checkColumns(
    column(STATEMENTS.map((entry) => entry.statement)),
    column(STATEMENTS.map((entry) => entry.metric)),
    column(STATEMENTS.map((entry) => entry.baseline)),
    column(STATEMENTS.map((entry) => entry.target)),
    column(STATEMENTS.map(() => 'Account executives')),
  );
  const flaggedShare = (label: 'outcome' | 'action') => {
    const rows = STATEMENTS.flatMap((entry, at) => (entry.label === label ? [answers[at]] : []));
    return rows.filter((answer) => answer !== 'OK').length / rows.length;
  };

  it('says OK to at least 95% of the sound strategies with their numbers', () => {
    expect(flaggedShare('outcome')).toBeLessThanOrEqual(0.05);
  });

  it('gives at least 70% of the tactics with numbers an advisory sentence that names them', () => {
    expect(flaggedShare('action')).toBeGreaterThanOrEqual(0.7);
    const hire = STATEMENTS.findIndex((entry) => entry.statement === 'Hire two directors');
    expect(answers[hire]).toBe(
      'This strategy opens with the action "Hire": what result should "Hire two directors" move? State that result as the strategy, with its metric and target, and put "Hire two directors" under it as a tactic.',
    );
  });

  it('tells people from groups in the stakeholders column with a precision of 0.9 and a recall of 0.8', () => {
    const seed = OWNERS.map(() => 'Increase win rate from 20% to 25%');
    const stakeholderAnswers = checkColumns(
      column(seed),
      column(OWNERS.map(() => 'Win rate')),
      column(OWNERS.map(() => 0.2)),
      column(OWNERS.map(() => 0.25)),
      column(OWNERS.map((owner) => owner.value)),
    );
    const readAsPerson = stakeholderAnswers.map((answer) => answer !== 'OK');
    const found = OWNERS.filter((owner, at) => owner.label === 'person' && readAsPerson[at]).length;
    const wrong = OWNERS.filter((owner, at) => owner.label === 'group' && readAsPerson[at]).length;
    const people = OWNERS.filter((owner) => owner.label === 'person').length;
    expect(found / (found + wrong)).toBeGreaterThanOrEqual(0.9);
    expect(found / people).toBeGreaterThanOrEqual(0.8);
  });
});
