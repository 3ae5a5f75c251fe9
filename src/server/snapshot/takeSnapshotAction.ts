import { assertQuarterLabel } from '../../domain/history/quarterOrder';
import { chooseSnapshotQuarter } from '../../domain/history/snapshotPlan';
import { quarterLabel, quarterOf } from '../../domain/quarter';
import { readHistoryQuarters } from '../../sheets/historyQuarters';
import type { Spreadsheet } from '../../sheets/types';
import type { OperationResult, SnapshotPlan } from '../api/wireTypes';
import { documentContext } from '../documentContext';
import { withDocumentLock } from '../documentLock';
import { ADDON_TITLE, alert, toast } from '../ui';
import { readHistoryState } from './historyState';
import { takeSnapshotOf } from './snapshotCore';

type Ui = GoogleAppsScript.Base.Ui;

/** Asks which quarter the snapshot is for; null when the user cancels. */
function askQuarter(ui: Ui, suggested: string, current: string): string | null {
  const why = suggested === current ? 'the current quarter' : `the quarter that just ended (${current} has only begun)`;
  const answer = ui.alert(
    ADDON_TITLE,
    `Take the quarterly snapshot for ${suggested}, ${why}?\n\nYes: snapshot ${suggested}.\nNo: choose another quarter.\nCancel: stop without changing anything.`,
    ui.ButtonSet.YES_NO_CANCEL,
  );
  if (answer === ui.Button.YES) return suggested;
  if (answer !== ui.Button.NO) return null;
  const typed = ui.prompt(
    ADDON_TITLE,
    'Which quarter is this snapshot for? Write it like 2026-Q3 or FY2027-Q1.',
    ui.ButtonSet.OK_CANCEL,
  );
  if (typed.getSelectedButton() !== ui.Button.OK) return null;
  return assertQuarterLabel(typed.getResponseText());
}

/** Menu: Take quarterly snapshot… — confirm the quarter, then append the register to history. */
export function takeSnapshot(): void {
  const context = documentContext();
  const ui = SpreadsheetApp.getUi();
  const { suggested, current } = chooseSnapshotQuarter(
    context.now,
    context.timeZone,
    context.settings.fiscalYearStartMonth,
  );
  const quarter = askQuarter(ui, suggested, current);
  if (quarter === null) {
    toast('Snapshot cancelled; nothing was changed.');
    return;
  }
  const result = withDocumentLock('The snapshot', () =>
    takeSnapshotOf(context, quarter, (label) => {
      const answer = ui.alert(
        ADDON_TITLE,
        `A snapshot of ${label} already exists. Replace it? Its rows stay in the history, marked superseded.`,
        ui.ButtonSet.YES_NO,
      );
      return answer === ui.Button.YES ? 'replace' : 'keep';
    }),
  );
  if (result.ok) toast(result.message);
  else alert(result.message);
}

/** The quarters with a snapshot, from the ledger when it fits the sheet, else from the Quarter column. */
function quartersInHistory(spreadsheet: Spreadsheet, timeZone: string): string[] {
  const ledger = readHistoryState(spreadsheet, timeZone).ledger;
  return ledger ? ledger.blocks.map((block) => block.quarter) : readHistoryQuarters(spreadsheet);
}

/** Sidebar: the quarter a snapshot taken now should belong to. */
export function snapshotPlan(): SnapshotPlan {
  const { spreadsheet, now, timeZone, settings } = documentContext();
  const choice = chooseSnapshotQuarter(now, timeZone, settings.fiscalYearStartMonth);
  return {
    currentQuarter: quarterLabel(quarterOf(now, timeZone, settings.fiscalYearStartMonth)),
    suggestedQuarter: choice.suggested,
    previousQuarter: choice.previous,
    quartersInHistory: quartersInHistory(spreadsheet, timeZone),
  };
}

/** Sidebar: takes the snapshot of `quarter`; when it exists, asks (via `confirm`) unless `replace`. */
export function takeSnapshotNow(quarter: string, replace: boolean): OperationResult {
  const context = documentContext();
  const label = assertQuarterLabel(quarter);
  return withDocumentLock('The snapshot', () => takeSnapshotOf(context, label, () => (replace ? 'replace' : 'ask')));
}
