import { listQuarters, splitQuarterPair } from '../../domain/history/quarterOrder';
import { tooFewSnapshots } from '../../domain/history/variancePair';
import type { OperationResult } from '../api/wireTypes';
import { type DocumentContext, documentContext } from '../documentContext';
import { ADDON_TITLE, alert } from '../ui';
import { writeVariance } from './historyModel';
import { quartersWithSnapshots } from './historyState';
import { planVariance } from './varianceHistory';

function rebuild(context: DocumentContext, asked?: readonly [string, string]): OperationResult {
  const { variance, chart } = planVariance(context, asked);
  if (!variance.ok) return { ok: false, message: variance.errors.join(' ') };
  writeVariance(context.spreadsheet, variance.value, chart);
  return { ok: true, message: `QoQ Variance rebuilt: ${variance.value.from} → ${variance.value.to}.` };
}

/** The quarters the user asked to compare; none named means the two latest snapshots. */
export interface VarianceQuarters {
  readonly pair?: readonly [string, string];
}

/**
 * Menu: Build QoQ variance…, its question, asked before the lock is taken: the two latest
 * snapshots, or two quarters the user names. With fewer than two snapshots it says so
 * before asking anything.
 */
export function askVarianceQuarters(): VarianceQuarters | undefined {
  const context = documentContext();
  const held = quartersWithSnapshots(context.spreadsheet);
  const tooFew = tooFewSnapshots(held);
  if (tooFew !== undefined) {
    alert(tooFew);
    return undefined;
  }
  const latest = `${held.at(-2)} ${held.at(-1)}`;
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(
    ADDON_TITLE,
    `Compare which two quarters? Snapshot History holds ${listQuarters(held)}. Leave empty for the two latest (${held.at(-2)} → ${held.at(-1)}), or write two quarters such as ${latest}.`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK) return undefined;
  const typed = response.getResponseText().trim();
  if (typed === '') return {};
  const pair = splitQuarterPair(typed);
  if (pair) return { pair };
  alert(`${JSON.stringify(typed)} does not name two quarters; write them like ${latest}.`);
  return undefined;
}

/** Menu: the rebuild, under the lock. */
export function buildAskedVariance(asked: VarianceQuarters): OperationResult {
  return rebuild(documentContext(), asked.pair);
}

/** Sidebar: rebuilds the variance sheet (nulls: the two latest snapshots). */
export function buildVarianceNow(from: string | null, to: string | null): OperationResult {
  if ((from === null) !== (to === null)) {
    return { ok: false, message: 'Name both quarters to compare, or neither for the two latest snapshots.' };
  }
  return rebuild(documentContext(), from !== null && to !== null ? [from, to] : undefined);
}
