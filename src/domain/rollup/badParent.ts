import { describeValue } from '../cellValue';
import { itemName, shownId } from '../register/naming';
import { SHEET } from '../register/schema';
import type { Finding, Strategy } from '../register/types';
import type { Alignment } from './alignment';

/**
 * The health check's `bad-parent` rule: a Parent that names no strategy, the strategy
 * itself, or closes a cycle (named with the IDs on it). It never blocks a snapshot: the
 * history keeps the Parent as typed, and only the roll-up is lost.
 */
export function badParentFindings(alignment: Alignment<Strategy>): Finding[] {
  const findings: Finding[] = [];
  for (const { item, link } of alignment.nodes) {
    let problem: string | undefined;
    if (link.kind === 'unknown') {
      problem = `names ${describeValue(link.named)} as its Parent, which is not an ID in ${SHEET.strategies}; name the strategy it supports, or leave Parent blank for a top strategy`;
    } else if (link.kind === 'self') {
      problem = 'names itself as its Parent; name the strategy it supports, or leave Parent blank for a top strategy';
    } else if (link.kind === 'cycle') {
      const cycle = link.cycle.map(shownId).join(' → ');
      problem = `has a Parent that closes a cycle (${cycle}): each supports the next, so none of them has a roll-up; change the Parent of one of them`;
    }
    if (problem === undefined) continue;
    findings.push({
      rule: 'bad-parent',
      at: { sheet: SHEET.strategies, row: item.row, column: 'Parent' },
      id: item.id,
      message: `${itemName('strategy', item)} ${problem}.`,
      blocking: false,
    });
  }
  return findings;
}
