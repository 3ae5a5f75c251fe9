import type { FieldContext } from '../../domain/edit/formFields';
import {
  type FormSchema,
  formTexts,
  type STRATEGY_FORM,
  strategyFieldContext,
  type TACTIC_FORM,
} from '../../domain/edit/formSchemas';
import { isoDay } from '../../domain/isoDay';
import { findColumns } from '../../domain/register/columns';
import { strategyOnTrack, strategyProgress } from '../../domain/register/strategyState';
import type { Finding, Strategy, Tactic } from '../../domain/register/types';
import { sentence } from '../../domain/result';
import type { RollupValue } from '../../domain/rollup/rollupProgress';
import { rowVersion } from '../../domain/rowVersion';
import type { StrategyView, TacticView } from '../api/wireTypes';
import type { CheckInViews } from '../checkins/checkInViews';

/** A sheet's cells as read, header row first. */
type Grid = readonly (readonly unknown[])[];

/** Turns parsed rows into what the sidebar shows; dates become ISO days for the wire. */
export interface ViewContext {
  readonly now: Date;
  readonly timeZone: string;
  /** `Sheet!row` of every item the health check found overdue. */
  readonly overdue: ReadonlySet<string>;
  /** Each item's check-ins, by its ID. */
  readonly checkIns: CheckInViews;
  /** Each strategy's roll-up, by row. */
  readonly rollups: ReadonlyMap<number, RollupValue>;
}

/**
 * One register sheet as the views read it: the grid (to fingerprint each row and show its
 * cells as they stand), where each header is, and the bad-value sentences by row and header.
 */
export interface SheetCells<K extends string> {
  readonly name: string;
  readonly grid: Grid;
  readonly schema: FormSchema<K>;
  readonly columns: Readonly<Partial<Record<string, number>>>;
  readonly problems: ReadonlyMap<number, ReadonlyMap<string, string>>;
}

export function overdueKeys(findings: readonly Finding[]): Set<string> {
  return new Set(findings.filter((f) => f.rule === 'overdue-review').map((f) => `${f.at.sheet}!${f.at.row}`));
}

export function sheetCells<K extends string>(
  name: string,
  grid: Grid,
  headers: readonly string[],
  schema: FormSchema<K>,
  findings: readonly Finding[],
): SheetCells<K> {
  const found = findColumns(name, grid[0], headers, []);
  const problems = new Map<number, Map<string, string>>();
  for (const finding of findings) {
    const { sheet, row, column } = finding.at;
    if (finding.rule !== 'bad-value' || sheet !== name || column === undefined || row < 2) continue;
    const byHeader = problems.get(row) ?? new Map<string, string>();
    byHeader.set(column, finding.message);
    problems.set(row, byHeader);
  }
  return { name, grid, schema, columns: found.ok ? found.value.columns : {}, problems };
}

/** The form fields of one row as they stand, and the sentence for each one that cannot be read. */
function rowFields<K extends string>(cells: SheetCells<K>, row: number, timeZone: string, context: FieldContext = {}) {
  const values = cells.grid[row - 1] ?? [];
  const cellOf = (header: string) => {
    const index = cells.columns[header];
    return index === undefined ? '' : values[index];
  };
  const problems: Partial<Record<K, string>> = {};
  const found = cells.problems.get(row);
  for (const key of Object.keys(cells.schema) as K[]) {
    const problem = found?.get(cells.schema[key].header);
    if (problem !== undefined) problems[key] = problem;
  }
  return { fields: formTexts(cells.schema, cellOf, timeZone, context), problems, version: rowVersion(values) };
}

function day(date: Date | null, timeZone: string): string | null {
  return date === null ? null : isoDay(date, timeZone);
}

function rollupFields(rollup: RollupValue | undefined): Pick<StrategyView, 'rollup' | 'rollupProblem'> {
  if (rollup === undefined) return { rollup: null, rollupProblem: null };
  return rollup.ok ? { rollup: rollup.value, rollupProblem: null } : { rollup: null, rollupProblem: sentence(rollup) };
}

export function strategyView(
  strategy: Strategy,
  cells: SheetCells<keyof typeof STRATEGY_FORM>,
  context: ViewContext,
): StrategyView {
  const { baseline, target, current, start, due } = strategy;
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
    decision: strategy.decision ?? '',
    progress: strategyProgress(strategy),
    onTrack: strategyOnTrack(strategy, context.now, context.timeZone),
    ...rollupFields(context.rollups.get(strategy.row)),
    overdue: context.overdue.has(`${cells.name}!${strategy.row}`),
    ...rowFields(cells, strategy.row, context.timeZone, strategyFieldContext(strategy.unit, strategy)),
    checkIns: context.checkIns(strategy.id),
  };
}

export function tacticView(
  tactic: Tactic,
  cells: SheetCells<keyof typeof TACTIC_FORM>,
  context: ViewContext,
): TacticView {
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
    overdue: context.overdue.has(`${cells.name}!${tactic.row}`),
    ...rowFields(cells, tactic.row, context.timeZone),
    checkIns: context.checkIns(tactic.id),
  };
}
