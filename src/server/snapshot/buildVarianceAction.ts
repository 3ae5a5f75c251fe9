import { listQuarters, splitQuarterPair } from '../../domain/history/quarterOrder';
import { tooFewSnapshots } from '../../domain/history/variancePair';
import type { OperationResult } from '../api/wireTypes';
import { type DocumentContext, documentContext } from '../documentContext';
import { ADDON_TITLE, alert, toast } from '../ui';
import { writeVariance } from './historyModel';
import { quartersWithSnapshots } from './historyState';
import { planVariance } from './varianceHistory';

function rebuild(context: DocumentContext, asked?: readonly [string, string]): OperationResult {
  const { variance, chart } = planVariance(context, asked);
  if (!variance.ok) return { ok: false, message: variance.errors.join(' ') };
  writeVariance(context.spreadsheet, variance.value, chart);
  return { ok: true, message: `QoQ Variance rebuilt: ${variance.value.from} → ${variance.value.to}.` };
}

/**
 * Menu: Build QoQ variance… — the two latest snapshots, or two quarters the user names.
 * With fewer than two snapshots it says so before asking anything.
 */
export function buildVariance(): void {
  const context = documentContext();
  const held = quartersWithSnapshots(context.spreadsheet);
  const tooFew = tooFewSnapshots(held);
  if (tooFew !== undefined) {
    alert(tooFew);
    return;
  }
  const latest = `${held.at(-2)} ${held.at(-1)}`;
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(
    ADDON_TITLE,
    `Compare which two quarters? Snapshot History holds ${listQuarters(held)}. Leave empty for the two latest (${held.at(-2)} → ${held.at(-1)}), or write two quarters such as ${latest}.`,
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK) return;
  const typed = response.getResponseText().trim();
  const pair = typed === '' ? undefined : splitQuarterPair(typed);
  if (typed !== '' && !pair) {
    alert(`${JSON.stringify(typed)} does not name two quarters; write them like ${latest}.`);
    return;
  }
  const result = rebuild(context, pair);
  if (result.ok) toast(result.message);
  else alert(result.message);
}

/** Sidebar: rebuilds the variance sheet (nulls: the two latest snapshots). */
export function buildVarianceNow(from: string | null, to: string | null): OperationResult {
  if ((from === null) !== (to === null)) {
    return { ok: false, message: 'Name both quarters to compare, or neither for the two latest snapshots.' };
  }
  return rebuild(documentContext(), from !== null && to !== null ? [from, to] : undefined);
}
