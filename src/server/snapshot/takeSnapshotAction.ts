import { canonicalQuarter, type QuarterCalendar, readSnapshotQuarter } from '../../domain/history/quarterOrder';
import { chooseSnapshotQuarter, type QuarterChoice } from '../../domain/history/snapshotRules';
import { MENU_LABELS } from '../../domain/menuLabels';
import { quarterLabel } from '../../domain/quarter';
import { codeOf, sentence } from '../../domain/result';
import { quartersInHistory } from '../../sheets/historyStore';
import type { OperationResult, SnapshotOffer } from '../api/wireTypes';
import { calendarOf, documentContext } from '../documentContext';
import { alert, ask, promptText, toast } from '../ui';
import { snapshotReadiness, takeSnapshotOf } from './snapshotCore';

/** The quarter the user confirmed or typed; a sentence when what they typed is refused; null when they cancel. */
type QuarterAnswer = { readonly quarter: string } | { readonly refusal: string } | null;

/** Asks which quarter the snapshot is for, and checks a typed one against the register's calendar. */
function askQuarter(choice: QuarterChoice, calendar: QuarterCalendar): QuarterAnswer {
  const { suggested, current } = choice;
  const why = suggested === current ? 'the current quarter' : `the quarter that just ended (${current} has only begun)`;
  const answer = ask(
    `Take the quarterly snapshot for ${suggested}, ${why}?\n\nYes: snapshot ${suggested}.\nNo: choose another quarter.\nCancel: stop without changing anything.`,
    true,
  );
  if (answer === 'yes') return { quarter: suggested };
  if (answer !== 'no') return null;
  const typed = promptText(
    `Which quarter is this snapshot for? Write it like ${current} (the current quarter) or an earlier one, such as ${choice.previous}.`,
  );
  if (typed === null) return null;
  const read = readSnapshotQuarter(typed, calendar);
  return read.ok ? { quarter: read.value.label } : { refusal: sentence(read) };
}

/** What the user answered before the snapshot: its quarter, and whether to replace one already taken. */
export interface SnapshotAnswer {
  readonly quarter: string;
  readonly replace: boolean;
}

/**
 * Menu: Take quarterly snapshot…, its questions, asked before the lock is taken. A register
 * that cannot be snapshotted is refused before any question; then the quarter, then whether
 * to replace that quarter's snapshot when history has one. The register is read again under
 * the lock, as it may change while a dialog is open.
 */
export function askSnapshot(): SnapshotAnswer | undefined {
  const context = documentContext();
  const ready = snapshotReadiness(context);
  if (!ready.ok) {
    alert(sentence(ready));
    return undefined;
  }
  const calendar = calendarOf(context);
  const choice = chooseSnapshotQuarter(context.now, context.timeZone, context.settings.fiscalYearStartMonth);
  const answer = askQuarter(choice, calendar);
  if (answer === null) {
    toast('Snapshot cancelled; nothing was changed.');
    return undefined;
  }
  if ('refusal' in answer) {
    alert(answer.refusal);
    return undefined;
  }
  const { quarter } = answer;
  const taken = quartersInHistory(context.spreadsheet, context.properties).map(canonicalQuarter);
  if (!taken.includes(canonicalQuarter(quarter))) return { quarter, replace: false };
  const replace = ask(
    `A snapshot of ${quarter} already exists. Replace it? Its rows stay in the history, marked superseded.`,
  );
  if (replace === 'yes') return { quarter, replace: true };
  alert(`Snapshot ${quarter} was kept as it was; nothing was changed.`);
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
  else alert(`${result.message} It was taken while you answered; run ${MENU_LABELS.takeSnapshot} again to replace it.`);
}

/** Sidebar: the quarter a snapshot taken now should belong to, or why the register cannot be snapshotted. */
export function snapshotPlan(): SnapshotOffer {
  const context = documentContext();
  const { now, timeZone, settings } = context;
  const choice = chooseSnapshotQuarter(now, timeZone, settings.fiscalYearStartMonth);
  const ready = snapshotReadiness(context);
  const plan: SnapshotOffer = {
    currentQuarter: quarterLabel(calendarOf(context).current),
    suggestedQuarter: choice.suggested,
    previousQuarter: choice.previous,
    quartersInHistory: quartersInHistory(context.spreadsheet, context.properties),
  };
  return ready.ok ? plan : { ...plan, refusal: sentence(ready), refusalCode: codeOf(ready) ?? 'blocking-findings' };
}

/** Sidebar: takes the snapshot of `quarter`; when it exists, asks (via `confirm`) unless `replace`. */
export function takeSnapshotNow(quarter: string, replace: boolean): OperationResult {
  const context = documentContext();
  return takeSnapshotOf(context, quarter, () => (replace ? 'replace' : 'ask'));
}
