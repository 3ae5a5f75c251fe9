import { describeValue } from '../../cellValue';
import { idKey } from '../ids';
import { itemName } from '../naming';
import { SHEET } from '../schema';
import type { Finding, Tactic } from '../types';

/**
 * Every tactic serves exactly one strategy. A blank `Strategy ID`, or one naming no row of
 * Strategies (compared trimmed, ignoring case), is blocking: a snapshot would lose the link.
 */
export function noStrategy(tactic: Tactic, strategyIds: ReadonlySet<string>): Finding[] {
  const linked = tactic.strategyId.trim();
  if (linked !== '' && strategyIds.has(idKey(linked))) return [];
  const problem =
    linked === ''
      ? 'has no Strategy ID; enter the ID of the strategy it serves'
      : `names strategy ${describeValue(linked)}, which is not an ID in ${SHEET.strategies}; correct the Strategy ID`;
  return [
    {
      rule: 'no-strategy',
      at: { sheet: SHEET.tactics, row: tactic.row, column: 'Strategy ID' },
      id: tactic.id,
      message: `${itemName('tactic', tactic)} ${problem}.`,
      blocking: true,
    },
  ];
}
