import { type OnTrackState, onTrackAt } from '../onTrack';
import { progress } from '../progress';
import type { Strategy } from './types';

/**
 * A strategy's own progress and on-track state, as the sidebar's card, the Roll-up sheet
 * and the formulas (STRATEGY_PROGRESS, ON_TRACK) compute them for the same day.
 */

/** Progress from baseline to target; null unless baseline, target and current are numbers (and it is finite). */
export function strategyProgress(strategy: Pick<Strategy, 'baseline' | 'target' | 'current'>): number | null {
  const { baseline, target, current } = strategy;
  if (baseline === null || target === null || current === null) return null;
  const value = progress(baseline, target, current);
  return Number.isFinite(value) ? value : null;
}

/** ON_TRACK's state on `asOf`'s day in the spreadsheet's zone; null without progress or dates, or with due before start. */
export function strategyOnTrack(strategy: Strategy, asOf: Date, timeZone: string): OnTrackState | null {
  const done = strategyProgress(strategy);
  if (done === null || strategy.start === null || strategy.due === null) return null;
  const state = onTrackAt(done, strategy.start, strategy.due, asOf, timeZone);
  return state.ok ? state.value : null;
}
