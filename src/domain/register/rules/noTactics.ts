import { idKey } from '../ids';
import { itemName } from '../naming';
import { SHEET } from '../schema';
import type { Finding, Strategy } from '../types';
import { isActiveStrategy } from './activity';

/**
 * An Active strategy needs at least one active (Planned or In progress) tactic.
 * `activelyServed` holds the ID keys (see `idKey`) that active tactics name.
 */
export function noTactics(strategy: Strategy, activelyServed: ReadonlySet<string>): Finding[] {
  if (!isActiveStrategy(strategy)) return [];
  if (strategy.id.trim() !== '' && activelyServed.has(idKey(strategy.id))) return [];
  return [
    {
      rule: 'no-tactics',
      at: { sheet: SHEET.strategies, row: strategy.row },
      id: strategy.id,
      message: `${itemName('strategy', strategy)} is active but has no planned or in-progress tactic; add a tactic or change its status.`,
      blocking: false,
    },
  ];
}
