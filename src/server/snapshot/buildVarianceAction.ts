import { canonicalQuarter, parseQuarterPair } from '../../domain/history/quarterOrder';
import type { OperationResult } from '../api/wireTypes';
import { documentContext } from '../documentContext';
import { ADDON_TITLE } from '../ui';
import { writeVariance } from './historyModel';
import { planVariance } from './varianceHistory';

function rebuild(from: string | undefined, to: string | undefined): string {
  const { spreadsheet, timeZone } = documentContext();
  const pair = writeVariance(spreadsheet, planVariance(spreadsheet, timeZone, from, to));
  if (pair.from === pair.to) {
    return `QoQ Variance shows ${pair.to} alone, the only snapshot so far; next quarter's snapshot will show what moved.`;
  }
  return `QoQ Variance rebuilt: ${pair.from} → ${pair.to}.`;
}

/** The quarters the user asked to compare; none named means the two latest snapshots. */
export interface VarianceQuarters {
  readonly pair?: readonly [string, string];
}

/** Menu: Build QoQ variance…, its question, asked before the lock is taken. */
export function askVarianceQuarters(): VarianceQuarters | undefined {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(
    ADDON_TITLE,
    'Compare which two quarters? Leave empty for the two latest snapshots, or write two quarters such as 2026-Q2 2026-Q3.',
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK) return undefined;
  const typed = response.getResponseText().trim();
  if (typed === '') return {};
  const pair = parseQuarterPair(typed);
  if (pair) return { pair };
  ui.alert(
    ADDON_TITLE,
    `${JSON.stringify(typed)} does not name two quarters; write them like 2026-Q2 2026-Q3.`,
    ui.ButtonSet.OK,
  );
  return undefined;
}

/** Menu: the rebuild, under the lock. */
export function buildAskedVariance(asked: VarianceQuarters): OperationResult {
  return { ok: true, message: rebuild(asked.pair?.[0], asked.pair?.[1]) };
}

/** Sidebar: rebuilds the variance sheet (nulls: the two latest snapshots). */
export function buildVarianceNow(from: string | null, to: string | null): OperationResult {
  const pair = from !== null && to !== null ? [canonicalQuarter(from), canonicalQuarter(to)] : [];
  return { ok: true, message: rebuild(pair[0], pair[1]) };
}
