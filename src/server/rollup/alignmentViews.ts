import type { Register } from '../../domain/register/register';
import type { Finding } from '../../domain/register/types';
import { type GroupRow, groupTable } from '../../domain/rollup/groupTable';
import { hasParentColumn, registerRollup } from '../../domain/rollup/registerRollup';
import type { RollupValue } from '../../domain/rollup/rollupProgress';
import type { DocumentContext } from '../documentContext';

export interface AlignmentViews {
  readonly hasParentColumn: boolean;
  /** Each strategy's roll-up, by sheet row. */
  readonly rollups: ReadonlyMap<number, RollupValue>;
  readonly groups: readonly GroupRow[];
}

/**
 * What the sidebar shows of the roll-up, from the register already read: each strategy's
 * roll-up progress (as ROLLUP_PROGRESS gives it) and the group table (as Build roll-up
 * writes it), both for the same moment and findings as the rest of the view.
 */
export function alignmentViews(
  register: Register,
  strategyGrid: readonly (readonly unknown[])[],
  context: Pick<DocumentContext, 'now' | 'timeZone' | 'settings'> & {
    readonly findings: readonly Finding[];
    /** The items flagged stale, as `staleItemKeys` gives them; undefined while that cannot be judged. */
    readonly staleCheckIns?: ReadonlySet<string> | undefined;
  },
): AlignmentViews {
  const { alignment, rollups } = registerRollup(register.strategies, register.parseFindings);
  const byRow = new Map<number, RollupValue>();
  alignment.nodes.forEach((node, index) => {
    const value = rollups[index];
    if (value !== undefined) byRow.set(node.item.row, value);
  });
  return {
    hasParentColumn: hasParentColumn(strategyGrid[0]),
    rollups: byRow,
    groups: groupTable(register, {
      now: context.now,
      timeZone: context.timeZone,
      settingsGroups: context.settings.stakeholderGroups,
      findings: context.findings,
      staleCheckIns: context.staleCheckIns,
    }),
  };
}
