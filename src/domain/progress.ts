/**
 * Progress of a metric from its baseline to its target: 0 at the baseline, 1 at the
 * target. Works for decreasing metrics too (churn 8% → 5%, current 6.5% gives 0.5).
 * Not clamped: storage keeps overshoot and regress, display may clamp.
 *
 * A target equal to its baseline is a hold-the-line goal with no distance to travel:
 * it is met (1) while the metric sits on the target and not met (0) otherwise.
 */
export function progress(baseline: number, target: number, current: number): number {
  const distance = target - baseline;
  if (distance === 0) return current === target ? 1 : 0;
  // `+ 0` turns the -0 of a falling metric still at its baseline into 0.
  return (current - baseline) / distance + 0;
}

/** A target below its baseline means the metric should fall (churn, cost, cycle time). */
export function isDecreasing(baseline: number, target: number): boolean {
  return target < baseline;
}
