import { canonicalQuarter, parseQuarterPair } from '../../domain/history/quarterOrder';
import type { OperationResult } from '../api/wireTypes';
import { documentContext } from '../documentContext';
import { ADDON_TITLE, toast } from '../ui';
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

/** Menu: Build QoQ variance… — the two latest snapshots, or two quarters the user names. */
export function buildVariance(): void {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(
    ADDON_TITLE,
    'Compare which two quarters? Leave empty for the two latest snapshots, or write two quarters such as 2026-Q2 2026-Q3.',
    ui.ButtonSet.OK_CANCEL,
  );
  if (response.getSelectedButton() !== ui.Button.OK) return;
  const typed = response.getResponseText().trim();
  const pair = typed === '' ? undefined : parseQuarterPair(typed);
  if (typed !== '' && !pair) {
    ui.alert(
      ADDON_TITLE,
      `${JSON.stringify(typed)} does not name two quarters; write them like 2026-Q2 2026-Q3.`,
      ui.ButtonSet.OK,
    );
    return;
  }
  toast(rebuild(pair?.[0], pair?.[1]));
}

/** Sidebar: rebuilds the variance sheet (nulls: the two latest snapshots). */
export function buildVarianceNow(from: string | null, to: string | null): OperationResult {
  const pair = from !== null && to !== null ? [canonicalQuarter(from), canonicalQuarter(to)] : [];
  return { ok: true, message: rebuild(pair[0], pair[1]) };
}
