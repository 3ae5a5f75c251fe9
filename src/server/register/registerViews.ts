import { isoDay } from '../../domain/isoDay';
import { onTrackAt } from '../../domain/onTrack';
import { progress } from '../../domain/progress';
import type { Finding, Strategy, Tactic } from '../../domain/register/types';
import { rowVersion } from '../../domain/rowVersion';
import type { StrategyView, TacticView } from '../api/wireTypes';

/** Turns parsed rows into what the sidebar shows; dates become ISO days for the wire. */
export interface ViewContext {
  readonly now: Date;
  readonly timeZone: string;
  /** `Sheet!row` of every item the health check found overdue. */
  readonly overdue: ReadonlySet<string>;
}

/** A sheet's cells as read, header row first, to fingerprint each item's row. */
type Grid = readonly (readonly unknown[])[];

export function overdueKeys(findings: readonly Finding[]): Set<string> {
  return new Set(findings.filter((f) => f.rule === 'overdue-review').map((f) => `${f.at.sheet}!${f.at.row}`));
}

function day(date: Date | null, timeZone: string): string | null {
  return date === null ? null : isoDay(date, timeZone);
}

export function strategyView(strategy: Strategy, sheet: string, grid: Grid, context: ViewContext): StrategyView {
  const { baseline, target, current, start, due } = strategy;
  const done = baseline !== null && target !== null && current !== null ? progress(baseline, target, current) : null;
  const track =
    done !== null && start !== null && due !== null ? onTrackAt(done, start, due, context.now, context.timeZone) : null;
  return {
    row: strategy.row,
    id: strategy.id,
    statement: strategy.statement,
    metric: strategy.metric,
    unit: strategy.unit,
    baseline,
    target,
    current,
    stakeholders: strategy.stakeholders,
    start: day(start, context.timeZone),
    due: day(due, context.timeZone),
    status: strategy.status ?? '',
    confidence: strategy.confidence,
    lastReviewed: day(strategy.lastReviewed, context.timeZone),
    learning: strategy.learning,
    progress: done,
    onTrack: track?.ok ? track.value : null,
    overdue: context.overdue.has(`${sheet}!${strategy.row}`),
    version: rowVersion(grid[strategy.row - 1] ?? []),
  };
}

export function tacticView(tactic: Tactic, sheet: string, grid: Grid, context: ViewContext): TacticView {
  return {
    row: tactic.row,
    id: tactic.id,
    strategyId: tactic.strategyId,
    statement: tactic.statement,
    stakeholders: tactic.stakeholders,
    owner: tactic.owner,
    status: tactic.status ?? '',
    indicator: tactic.indicator,
    target: tactic.target,
    actual: tactic.actual,
    start: day(tactic.start, context.timeZone),
    due: day(tactic.due, context.timeZone),
    lastReviewed: day(tactic.lastReviewed, context.timeZone),
    learning: tactic.learning,
    overdue: context.overdue.has(`${sheet}!${tactic.row}`),
    version: rowVersion(grid[tactic.row - 1] ?? []),
  };
}
