import { assertQuarterLabel, canonicalQuarter } from '../../domain/history/quarterOrder';
import { chooseSnapshotQuarter } from '../../domain/history/snapshotPlan';
import { quarterLabel, quarterOf } from '../../domain/quarter';
import { readHistoryQuarters } from '../../sheets/historyQuarters';
import type { Spreadsheet } from '../../sheets/types';
import type { OperationResult, SnapshotPlan } from '../api/wireTypes';
import { documentContext } from '../documentContext';
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

/** What the user answered before the snapshot: its quarter, and whether to replace one already taken. */
export interface SnapshotAnswer {
  readonly quarter: string;
  readonly replace: boolean;
}

/**
 * Menu: Take quarterly snapshot…, its questions, asked before the lock is taken: the
 * quarter, then whether to replace that quarter's snapshot when history has one.
 */
export function askSnapshot(): SnapshotAnswer | undefined {
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
    return undefined;
  }
  const label = canonicalQuarter(quarter);
  const taken = quartersInHistory(context.spreadsheet, context.timeZone).map(canonicalQuarter);
  if (!taken.includes(label)) return { quarter, replace: false };
  const answer = ui.alert(
    ADDON_TITLE,
    `A snapshot of ${label} already exists. Replace it? Its rows stay in the history, marked superseded.`,
    ui.ButtonSet.YES_NO,
  );
  if (answer === ui.Button.YES) return { quarter, replace: true };
  alert(`Snapshot ${label} was kept as it was; nothing was changed.`);
  return undefined;
}

/**
 * Menu: the snapshot itself, under the lock. A snapshot of the quarter taken by someone else
 * while the user was answering is not replaced unasked.
 */
export function takeAskedSnapshot(answer: SnapshotAnswer): OperationResult {
  return takeSnapshotOf(documentContext(), answer.quarter, () => (answer.replace ? 'replace' : 'ask'));
}

/** Menu: what the user is told once the lock is released. */
export function tellSnapshot(result: OperationResult): void {
  if (result.ok) toast(result.message);
  else if (result.confirm === undefined) alert(result.message);
  else alert(`${result.message} It was taken while you answered; run Take quarterly snapshot… again to replace it.`);
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
  return takeSnapshotOf(context, label, () => (replace ? 'replace' : 'ask'));
}
