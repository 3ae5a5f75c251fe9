import { isoDay } from '../isoDay';
import { MENU_LABELS } from '../menuLabels';
import type { OnTrackState } from '../onTrack';
import { isDecreasing } from '../progress';
import type { Register } from '../register/register';
import { SHEET } from '../register/schema';
import { strategyOnTrack, strategyProgress } from '../register/strategyState';
import type { Finding, Strategy } from '../register/types';
import type { ParentLink } from './alignment';
import { type GroupRow, groupTable } from './groupTable';
import { registerRollup, weightProblems } from './registerRollup';
import type { RollupValue } from './rollupProgress';

/** One strategy of the alignment tree as the Roll-up sheet and the sidebar show it. */
export interface TreeRow {
  readonly strategy: Strategy;
  /** 0 for a strategy shown at the top; each level below is one more. */
  readonly depth: number;
  readonly progress: number | null;
  readonly rollup: RollupValue;
  readonly onTrack: OnTrackState | null;
  /** The health check's sentence for its Weight cell, when it cannot be read. */
  readonly weightProblem?: string;
  readonly link: ParentLink;
  /** From baseline and target: `down` for a falling metric such as churn. */
  readonly direction: 'up' | 'down' | null;
}

/** What Build roll-up writes: the group table, then the alignment tree, on one day. */
export interface RollupModel {
  /** The day it was built, in the spreadsheet's zone. */
  readonly day: string;
  readonly groups: readonly GroupRow[];
  readonly tree: readonly TreeRow[];
}

export interface RollupContext {
  readonly now: Date;
  readonly timeZone: string;
  readonly settingsGroups: readonly string[];
  /** The health check's findings for the same register and moment. */
  readonly findings: readonly Finding[];
  /** `Sheet!row` of the items the stale-check-in rule flags; absent while that rule cannot be evaluated. */
  readonly staleCheckIns?: ReadonlySet<string> | undefined;
}

function directionOf(strategy: Strategy): TreeRow['direction'] {
  const { baseline, target } = strategy;
  if (baseline === null || target === null || baseline === target) return null;
  return isDecreasing(baseline, target) ? 'down' : 'up';
}

/** The Roll-up sheet's content for a parsed register, computed before anything is written. */
export function rollupModel(register: Register, context: RollupContext): RollupModel {
  const { alignment, rollups } = registerRollup(register.strategies, register.parseFindings);
  const problems = weightProblems(register.parseFindings);
  const tree = alignment.outline.map(({ index, depth }): TreeRow => {
    const node = alignment.nodes[index];
    if (!node) throw new Error(`The alignment has no node ${index}.`);
    const strategy = node.item;
    const weightProblem = problems.get(strategy.row);
    return {
      strategy,
      depth,
      progress: strategyProgress(strategy),
      rollup: rollups[index] ?? { ok: true, value: null },
      onTrack: strategyOnTrack(strategy, context.now, context.timeZone),
      ...(weightProblem === undefined ? {} : { weightProblem }),
      link: node.link,
      direction: directionOf(strategy),
    };
  });
  const groups = groupTable(register, {
    now: context.now,
    timeZone: context.timeZone,
    settingsGroups: context.settingsGroups,
    findings: context.findings,
    staleCheckIns: context.staleCheckIns,
  });
  return { day: isoDay(context.now, context.timeZone), groups, tree };
}

function counted(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** The toast once the Roll-up sheet is rebuilt: what it holds, and what keeps a roll-up from being known. */
export function describeRollup(model: RollupModel, hasParentColumn: boolean): string {
  const groups = model.groups.filter((group) => group.group !== '').length;
  const top = model.tree.filter((row) => row.depth === 0).length;
  const parts = [
    `${SHEET.rollup} rebuilt: ${counted(groups, 'stakeholder group', 'stakeholder groups')}, ${counted(model.tree.length, 'strategy', 'strategies')} in the alignment tree (${top} at the top).`,
  ];
  const bad = model.tree.filter((row) => row.link.kind !== 'top' && row.link.kind !== 'child').length;
  if (bad > 0)
    parts.push(
      `${counted(bad, 'Parent names', 'Parents name')} no strategy or close a cycle: see ${MENU_LABELS.runHealthCheck}.`,
    );
  if (!hasParentColumn) {
    parts.push(
      `${SHEET.strategies} has no Parent column yet: run ${MENU_LABELS.setUpRegister} to add Parent and Weight.`,
    );
  }
  return parts.join(' ');
}
