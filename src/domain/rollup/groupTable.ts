import type { OnTrackState } from '../onTrack';
import { COLUMNS_NEEDED, missingFor } from '../register/columnNeeds';
import { idKey } from '../register/ids';
import type { Register } from '../register/register';
import { SHEET } from '../register/schema';
import { groupKeyOf, stakeholderGroupNames, stakeholderGroupsOf } from '../register/stakeholders';
import { strategyOnTrack, strategyProgress } from '../register/strategyState';
import type { Finding, Strategy, Tactic } from '../register/types';

/**
 * The plan by stakeholder group: one row per group a strategy names (split as the sidebar's
 * filter splits them, so a strategy naming two groups counts in both), with the same
 * definitions as everywhere else:
 * - the on-track mix is ON_TRACK's state for the day, from the strategy's progress, Start
 *   and Due; a strategy lacking one of them is "not tracked";
 * - mean progress and mean confidence are over the strategies that have one;
 * - overdue reviews are the health check's overdue-review findings on the group's
 *   strategies and their tactics (what the sidebar shows under the group's filter);
 * - stale check-ins likewise, once the stale-check-in rule can be evaluated.
 * Retired strategies are out of the plan, and out of the table with their tactics; the
 * alignment tree still shows them.
 */

export type TrackedState = OnTrackState | 'Not tracked';

export const TRACKED_STATES: readonly TrackedState[] = ['On track', 'At risk', 'Off track', 'Done', 'Not tracked'];

export interface GroupRow {
  /** The group as first spelt (Settings' spelling first); '' for strategies naming no group. */
  readonly group: string;
  readonly strategies: number;
  readonly states: Readonly<Record<TrackedState, number>>;
  readonly meanProgress: number | null;
  readonly meanConfidence: number | null;
  /** Null when the health check could not run the rule (its columns are missing). */
  readonly overdueReviews: number | null;
  /**
   * Strategies and tactics of the group whose latest check-in is older than the cadence;
   * null while the stale-check-in rule cannot be evaluated (no Check-ins log).
   */
  readonly staleCheckIns: number | null;
}

export interface GroupTableContext {
  readonly now: Date;
  readonly timeZone: string;
  /** Settings' group names, listed first and in their order. */
  readonly settingsGroups: readonly string[];
  /** The health check's findings for the same register and moment. */
  readonly findings: readonly Finding[];
  /** `Sheet!row` of every item the stale-check-in rule flags; undefined while that rule cannot be evaluated. */
  readonly staleCheckIns?: ReadonlySet<string> | undefined;
}

/** Where a finding points, as the table matches items: `Strategies!4`. */
export function itemKey(sheet: string, row: number): string {
  return `${sheet}!${row}`;
}

function findingKeys(findings: readonly Finding[], rule: Finding['rule']): Set<string> {
  return new Set(findings.filter((f) => f.rule === rule).map((f) => itemKey(f.at.sheet, f.at.row)));
}

function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : values.reduce((sum, value) => sum + value, 0) / values.length;
}

interface Members {
  readonly strategies: Strategy[];
  readonly tactics: Tactic[];
}

/** The overdue-review findings, or undefined when the rule could not run on both sheets for want of columns. */
type Overdue = ReadonlySet<string> | undefined;

function rowOf(group: string, members: Members, context: GroupTableContext, overdue: Overdue): GroupRow {
  const states = Object.fromEntries(TRACKED_STATES.map((state) => [state, 0])) as Record<TrackedState, number>;
  const progress: number[] = [];
  const confidence: number[] = [];
  for (const strategy of members.strategies) {
    states[strategyOnTrack(strategy, context.now, context.timeZone) ?? 'Not tracked'] += 1;
    const done = strategyProgress(strategy);
    if (done !== null) progress.push(done);
    if (strategy.confidence !== null) confidence.push(strategy.confidence);
  }
  const keys = [
    ...members.strategies.map((strategy) => itemKey(SHEET.strategies, strategy.row)),
    ...members.tactics.map((tactic) => itemKey(SHEET.tactics, tactic.row)),
  ];
  const count = (flagged: ReadonlySet<string>) => keys.filter((key) => flagged.has(key)).length;
  return {
    group,
    strategies: members.strategies.length,
    states,
    meanProgress: mean(progress),
    meanConfidence: mean(confidence),
    overdueReviews: overdue === undefined ? null : count(overdue),
    staleCheckIns: context.staleCheckIns === undefined ? null : count(context.staleCheckIns),
  };
}

/**
 * One row per stakeholder group: Settings' groups first (even one no strategy names yet),
 * then the others alphabetically, then strategies naming no group, when there are any.
 */
export function groupTable(register: Register, context: GroupTableContext): GroupRow[] {
  const inPlan = register.strategies.filter((strategy) => strategy.status !== 'Retired');
  const tacticsOf = new Map<string, Tactic[]>();
  for (const tactic of register.tactics) {
    const key = idKey(tactic.strategyId);
    if (key === '') continue;
    const list = tacticsOf.get(key) ?? [];
    list.push(tactic);
    tacticsOf.set(key, list);
  }
  const names = stakeholderGroupNames(
    context.settingsGroups,
    inPlan.map((strategy) => strategy.stakeholders),
  );
  const members = new Map<string, Members>(names.map((name) => [groupKeyOf(name), { strategies: [], tactics: [] }]));
  const unnamed: Members = { strategies: [], tactics: [] };
  for (const strategy of inPlan) {
    const tactics = strategy.id.trim() === '' ? [] : (tacticsOf.get(idKey(strategy.id)) ?? []);
    const groups = new Set(stakeholderGroupsOf(strategy.stakeholders).map(groupKeyOf));
    const targets = groups.size === 0 ? [unnamed] : [...groups].map((key) => members.get(key) as Members);
    for (const target of targets) {
      target.strategies.push(strategy);
      target.tactics.push(...tactics);
    }
  }
  const need = [COLUMNS_NEEDED.strategyOverdue, COLUMNS_NEEDED.tacticOverdue];
  const reviewsKnown = need.every((columns) => missingFor(columns, register.missingColumns).length === 0);
  const overdue = reviewsKnown ? findingKeys(context.findings, 'overdue-review') : undefined;
  const rows = names.map((name) => rowOf(name, members.get(groupKeyOf(name)) as Members, context, overdue));
  if (unnamed.strategies.length > 0) rows.push(rowOf('', unnamed, context, overdue));
  return rows;
}
