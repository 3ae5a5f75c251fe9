import type { Strategy, Tactic } from '../types';

/**
 * Which items are active. A strategy is active when its status is Active. A tactic is
 * active when Planned or In progress: a Done tactic no longer moves its strategy, so an
 * Active strategy whose tactics are all done needs a new one.
 */
export function isActiveStrategy(strategy: Strategy): boolean {
  return strategy.status === 'Active';
}

export function isActiveTactic(tactic: Tactic): boolean {
  return tactic.status === 'Planned' || tactic.status === 'In progress';
}
