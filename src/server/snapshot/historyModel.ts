import { RegisterError } from '../../domain/errors';
import type { VarianceResult } from '../../domain/history/variance';
import { renderVarianceSheet } from '../../domain/history/varianceLayout';
import type { Spreadsheet } from '../../sheets/types';
import { writeVarianceSheet } from '../../sheets/varianceSheet';

export const NO_SNAPSHOTS =
  'There are no snapshots yet: take one with Extensions → Strategy Register → Take quarterly snapshot…';

/** A comparison computed before any write, with the table behind its chart. */
export interface VariancePlan {
  readonly variance: VarianceResult;
  readonly chart: unknown[][];
}

/** Writes the variance sheet and returns the pair compared; a comparison that failed is the user's error message. */
export function writeVariance(spreadsheet: Spreadsheet, plan: VariancePlan): { from: string; to: string } {
  const { variance } = plan;
  if (!variance.ok) throw new RegisterError('not-found', variance.errors.join(' '));
  writeVarianceSheet(spreadsheet, renderVarianceSheet(variance.value), plan.chart);
  return { from: variance.value.from, to: variance.value.to };
}
