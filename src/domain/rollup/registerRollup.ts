import { findColumns } from '../register/columns';
import { SHEET, STRATEGY_HEADERS } from '../register/schema';
import { strategyProgress } from '../register/strategyState';
import type { Finding, Strategy } from '../register/types';
import { fail } from '../result';
import { type Alignment, alignmentOf, nodeNamed } from './alignment';
import { type RollupValue, rollupsOf } from './rollupProgress';

/** A register's strategies as a tree, with the roll-up of each. */
export interface RegisterRollup {
  readonly alignment: Alignment<Strategy>;
  /** By node index, as `alignment.nodes`. */
  readonly rollups: readonly RollupValue[];
}

/** The health check's sentence for each Weight cell that cannot be read, by sheet row. */
export function weightProblems(findings: readonly Finding[]): Map<number, string> {
  const problems = new Map<number, string>();
  for (const finding of findings) {
    const { sheet, row, column } = finding.at;
    if (finding.rule === 'bad-value' && sheet === SHEET.strategies && column === 'Weight') {
      problems.set(row, finding.message);
    }
  }
  return problems;
}

/**
 * The roll-up of a parsed register. `parseFindings` are the register's own, where an
 * unreadable Weight is named; such a weight never counts as 1 in silence.
 */
export function registerRollup(strategies: readonly Strategy[], parseFindings: readonly Finding[]): RegisterRollup {
  const alignment = alignmentOf(strategies);
  const problems = weightProblems(parseFindings);
  const rollups = rollupsOf(alignment, {
    progress: strategyProgress,
    weight: (strategy) => strategy.weight,
    weightProblem: (strategy) => problems.get(strategy.row),
  });
  return { alignment, rollups };
}

/** The roll-up of the strategy an ID names (any case, trimmed); a sentence when no strategy has that ID. */
export function rollupOfId(rollup: RegisterRollup, id: string): RollupValue {
  const index = nodeNamed(rollup.alignment, id);
  const value = index === undefined ? undefined : rollup.rollups[index];
  if (value !== undefined) return value;
  return fail('not-found', `no strategy has the ID ${JSON.stringify(id)} in ${SHEET.strategies}.`);
}

/** Whether a Strategies header row has the optional Parent column: without it no strategy supports another. */
export function hasParentColumn(headerRow: readonly unknown[] | undefined): boolean {
  const found = findColumns(SHEET.strategies, headerRow, STRATEGY_HEADERS, []);
  return found.ok && found.value.columns.Parent !== undefined;
}
