import type { VarianceModel, VarianceResult } from '../../domain/history/variance';
import { renderVarianceSheet } from '../../domain/history/varianceLayout';
import type { Spreadsheet } from '../../sheets/types';
import { writeVarianceSheet } from '../../sheets/varianceSheet';

/** A comparison computed before any write (or the sentence refusing it), with the table behind its chart. */
export interface VariancePlan {
  readonly variance: VarianceResult;
  readonly chart: unknown[][];
}

/** A plan that compares nothing, for the reason given. */
export function refusedVariance(message: string): VariancePlan {
  return { variance: { ok: false, errors: [message] }, chart: [] };
}

/** Writes the variance sheet of a comparison that was computed. */
export function writeVariance(spreadsheet: Spreadsheet, model: VarianceModel, chart: unknown[][]): void {
  writeVarianceSheet(spreadsheet, renderVarianceSheet(model), chart);
}
