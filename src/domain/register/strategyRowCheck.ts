import { isBlank, isDate } from '../cellValue';
import { sentence } from '../result';
import { type CellReading, readNumber, readText } from './cells';
import { individualScope, knownGroupSet } from './rules/individualScope';
import { readsLikeTactic } from './rules/readsLikeTactic';
import type { Strategy } from './types';

/**
 * The checks that need nothing but one strategy row, for the STRATEGY_CHECK formula.
 * Unreadable values come first (a '#N/A' target is a broken cell before it is a missing
 * target), then reads-like-tactic, then individual-scope.
 */

export interface StrategyRowCells {
  readonly strategy: unknown;
  readonly metric: unknown;
  readonly baseline: unknown;
  readonly target: unknown;
  readonly stakeholders: unknown;
}

export const ROW_OK = 'OK';

/**
 * '' for a blank row, 'OK', or the first finding as a sentence. The spreadsheet's time
 * zone is asked for only when a cell holds a date, the one value whose text depends on it.
 */
export function checkStrategyRow(
  cells: StrategyRowCells,
  stakeholderGroups: () => readonly string[],
  timeZone: () => string,
): string {
  const values = [cells.strategy, cells.metric, cells.baseline, cells.target, cells.stakeholders];
  if (values.every(isBlank)) return '';
  const zone = values.some(isDate) ? timeZone() : '';
  const problems: string[] = [];
  const take = <T>(header: string, reading: CellReading<T>, fallback: T): T => {
    if (reading.ok) return reading.value;
    problems.push(`${header} is ${sentence(reading)}.`);
    return fallback;
  };
  const strategy: Strategy = {
    row: 0,
    id: '',
    statement: take('Strategy', readText(cells.strategy, zone), ''),
    metric: take('Metric', readText(cells.metric, zone), ''),
    unit: '',
    baseline: take('Baseline', readNumber(cells.baseline, zone), null),
    target: take('Target', readNumber(cells.target, zone), null),
    current: null,
    stakeholders: take('Stakeholders', readText(cells.stakeholders, zone), ''),
    start: null,
    due: null,
    status: null,
    confidence: null,
    lastReviewed: null,
    learning: '',
    decision: null,
    parent: '',
    weight: null,
  };
  const first = problems[0] ?? readsLikeTactic(strategy)[0]?.message;
  if (first !== undefined) return first;
  if (strategy.stakeholders === '') return ROW_OK;
  return individualScope(strategy, knownGroupSet(stakeholderGroups()))[0]?.message ?? ROW_OK;
}
