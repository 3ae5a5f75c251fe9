import { individualScope, knownGroupSet } from '../../../src/domain/register/rules/individualScope';
import { readsLikeTactic } from '../../../src/domain/register/rules/readsLikeTactic';
import type { CorpusOwner, CorpusStatement } from '../../fixtures/lint';
import { aStrategy } from './fixtures';

/** How the two reading rules score on a part of the lint corpus. */

export interface StatementFigures {
  readonly outcomes: number;
  readonly actions: number;
  /** Share of outcomes with their metric and numbers that reads-like-tactic flags (lower is better). */
  readonly soundFlagged: number;
  /** Share of actions with no metric and no target that it flags. */
  readonly bareActionsFlagged: number;
  /** Share of actions given a metric, baseline and target that it still flags. */
  readonly numberedActionsFlagged: number;
  /** The same, over the actions whose numbers were paired with them (no figure in the source). */
  readonly plausibleActionsFlagged: number;
  readonly soundMisses: readonly CorpusStatement[];
  readonly actionMisses: readonly CorpusStatement[];
}

export interface OwnerFigures {
  readonly people: number;
  readonly groups: number;
  readonly precision: number;
  readonly recall: number;
  readonly falsePeople: readonly CorpusOwner[];
  readonly missedPeople: readonly CorpusOwner[];
}

function flagged(entry: CorpusStatement, withNumbers: boolean): boolean {
  const strategy = aStrategy({
    statement: entry.statement,
    metric: withNumbers ? entry.metric : '',
    baseline: withNumbers ? entry.baseline : null,
    target: withNumbers ? entry.target : null,
  });
  return readsLikeTactic(strategy).length > 0;
}

const share = (part: number, whole: number) => (whole === 0 ? 0 : part / whole);

export function statementFigures(entries: readonly CorpusStatement[]): StatementFigures {
  const outcomes = entries.filter((entry) => entry.label === 'outcome');
  const actions = entries.filter((entry) => entry.label === 'action');
  const plausible = actions.filter((entry) => entry.numbers === 'plausible');
  const soundMisses = outcomes.filter((entry) => flagged(entry, true));
  const actionMisses = actions.filter((entry) => !flagged(entry, true));
  return {
    outcomes: outcomes.length,
    actions: actions.length,
    soundFlagged: share(soundMisses.length, outcomes.length),
    bareActionsFlagged: share(actions.filter((entry) => flagged(entry, false)).length, actions.length),
    numberedActionsFlagged: share(actions.length - actionMisses.length, actions.length),
    plausibleActionsFlagged: share(plausible.filter((entry) => flagged(entry, true)).length, plausible.length),
    soundMisses,
    actionMisses,
  };
}

const NO_GROUPS = knownGroupSet([]);

function readAsPerson(owner: CorpusOwner): boolean {
  return individualScope(aStrategy({ stakeholders: owner.value }), NO_GROUPS).length > 0;
}

export function ownerFigures(entries: readonly CorpusOwner[]): OwnerFigures {
  const people = entries.filter((entry) => entry.label === 'person');
  const groups = entries.filter((entry) => entry.label === 'group');
  const missedPeople = people.filter((entry) => !readAsPerson(entry));
  const falsePeople = groups.filter(readAsPerson);
  const found = people.length - missedPeople.length;
  return {
    people: people.length,
    groups: groups.length,
    precision: share(found, found + falsePeople.length),
    recall: share(found, people.length),
    falsePeople,
    missedPeople,
  };
}

const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

/** The figures as table rows, for the README and a run with LINT_FIGURES=1. */
export function figuresTable(name: string, statements: StatementFigures, owners: OwnerFigures): string {
  return [
    `${name}: ${statements.outcomes} outcomes, ${statements.actions} actions, ${owners.people} people, ${owners.groups} groups`,
    `  sound strategies with numbers flagged      ${percent(statements.soundFlagged)}`,
    `  tactics without numbers flagged            ${percent(statements.bareActionsFlagged)}`,
    `  tactics with numbers still flagged         ${percent(statements.numberedActionsFlagged)}`,
    `    of which given plausible numbers         ${percent(statements.plausibleActionsFlagged)}`,
    `  person test precision                      ${owners.precision.toFixed(2)}`,
    `  person test recall                         ${owners.recall.toFixed(2)}`,
  ].join('\n');
}
