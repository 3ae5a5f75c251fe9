import type { Strategy, Tactic } from '../types';

/**
 * Which items are active. A strategy is active when its status is Active. A tactic is
 * active when Planned or In progress: a Done tactic no longer moves its strategy, so an
 * Active strategy whose tactics are all done needs a new one. Statuses are compared
 * ignoring case and spaces, so a status kept in history as typed reads the same.
 */
function normalise(status: string): string {
  return status.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function isActiveStrategyStatus(status: string): boolean {
  return normalise(status) === 'active';
}

export function isActiveTacticStatus(status: string): boolean {
  const wanted = normalise(status);
  return wanted === 'planned' || wanted === 'in progress';
}

export function isActiveStrategy(strategy: Strategy): boolean {
  return strategy.status !== null && isActiveStrategyStatus(strategy.status);
}

export function isActiveTactic(tactic: Tactic): boolean {
  return tactic.status !== null && isActiveTacticStatus(tactic.status);
}
