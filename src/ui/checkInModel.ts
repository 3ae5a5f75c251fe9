/** What the check-in view shows and sends, computed from the server's RegisterView with no DOM. */

import type { CheckInBatch, CheckInEntry, CheckInField } from '../domain/checkins/checkInPlan';
import { CHECK_IN_FORM } from '../domain/checkins/checkInRules';
import { strategyFieldContext } from '../domain/edit/formSchemas';
import { isActiveStrategyStatus, isActiveTacticStatus } from '../domain/register/rules/activity';
import { stakeholderGroupsOf } from '../domain/register/stakeholders';
import { sentence } from '../domain/result';
import type { ItemCheckInsView, RegisterView } from '../server/api/wireTypes';

/** One item the user may check in: a strategy, or a tactic under its strategy. */
export interface CheckInRow {
  readonly kind: 'strategy' | 'tactic';
  readonly id: string;
  readonly statement: string;
  readonly stakeholders: string;
  /** The target as the item's form shows it (a `%` metric's as a percentage). */
  readonly targetText: string;
  /** Where it stands in the register (Current or Actual), shown the same way. */
  readonly currentText: string;
  /** A `%` metric: its value is typed and shown as a percentage. */
  readonly percent: boolean;
  readonly checkIns: ItemCheckInsView;
}

/** Active strategies, each followed by its active tactics; items without an ID cannot be checked in. */
export function checkInRows(view: RegisterView): CheckInRow[] {
  const rows: CheckInRow[] = [];
  const tacticsOf = new Map<string, RegisterView['tactics'][number][]>();
  for (const tactic of view.tactics) {
    const key = tactic.strategyId.trim().toUpperCase();
    tacticsOf.set(key, [...(tacticsOf.get(key) ?? []), tactic]);
  }
  for (const strategy of view.strategies) {
    if (strategy.id === '' || !isActiveStrategyStatus(strategy.status)) continue;
    const percent = strategyFieldContext(strategy.unit, strategy).percent === true;
    rows.push({
      kind: 'strategy',
      id: strategy.id,
      statement: strategy.statement,
      stakeholders: strategy.stakeholders,
      targetText: strategy.fields.target,
      currentText: strategy.fields.current,
      percent,
      checkIns: strategy.checkIns,
    });
    for (const tactic of tacticsOf.get(strategy.id.trim().toUpperCase()) ?? []) {
      if (tactic.id === '' || !isActiveTacticStatus(tactic.status)) continue;
      rows.push({
        kind: 'tactic',
        id: tactic.id,
        statement: tactic.statement,
        // A tactic's own groups, or its strategy's when it names none.
        stakeholders: tactic.stakeholders.trim() === '' ? strategy.stakeholders : tactic.stakeholders,
        targetText: tactic.fields.target,
        currentText: tactic.fields.actual,
        percent: false,
        checkIns: tactic.checkIns,
      });
    }
  }
  return rows;
}

/** '' keeps every row; otherwise the rows naming the group ("what is mine to update"), in any case. */
export function rowsForGroup(rows: readonly CheckInRow[], group: string): CheckInRow[] {
  if (group === '') return [...rows];
  const wanted = group.toLowerCase();
  return rows.filter((row) => stakeholderGroupsOf(row.stakeholders).some((named) => named.toLowerCase() === wanted));
}

/** "Last 22.3% on 2026-03-02 · 5 days ago · target 30%", or "No check-in yet · now 21% · target 30%". */
export function lastCheckInLine(row: CheckInRow): string {
  const { last, daysSince } = row.checkIns;
  const target = row.targetText.trim() === '' ? 'no target' : `target ${row.targetText}`;
  const ago =
    daysSince === null ? '' : daysSince === 0 ? 'today' : daysSince === 1 ? '1 day ago' : `${daysSince} days ago`;
  const now = row.currentText.trim() === '' ? '' : `now ${row.currentText}`;
  if (!last) return ['No check-in yet', now, target].filter((part) => part !== '').join(' · ');
  const value = last.value === null ? 'no value' : `last ${last.valueText}`;
  return [`${value} on ${last.day}`, ago, target].filter((part) => part !== '').join(' · ');
}

/** What the user typed for one item, field by field. */
export type CheckInTexts = Readonly<Record<'value' | 'confidence' | 'note', string>>;

/** The entries to send: only items with something filled, and of those only the fields filled. */
export function checkInBatch(typed: ReadonlyMap<string, CheckInTexts>, by: string): CheckInBatch {
  const entries: CheckInEntry[] = [];
  for (const [id, texts] of typed) {
    const entry: { id: string; value?: string; confidence?: string; note?: string } = { id };
    if (texts.value.trim() !== '') entry.value = texts.value;
    if (texts.confidence.trim() !== '') entry.confidence = texts.confidence;
    if (texts.note.trim() !== '') entry.note = texts.note;
    if (Object.keys(entry).length > 1) entries.push(entry);
  }
  return by.trim() === '' ? { entries } : { entries, by };
}

/**
 * The server's own rules for what the user typed, for help before the save: a value read
 * as the item's form reads it (a `%` metric in percent), a confidence from 0 to 10.
 * Sentences for the ID (unknown, retired) come from the server.
 */
export function checkTyped(row: CheckInRow, texts: CheckInTexts): Partial<Record<CheckInField, string>> {
  const errors: Partial<Record<CheckInField, string>> = {};
  const rule = row.kind === 'strategy' ? CHECK_IN_FORM.strategyValue : CHECK_IN_FORM.tacticValue;
  const value = rule.read(texts.value, row.percent ? { percent: true } : {});
  if (!value.ok) errors.value = sentence(value);
  const confidence = CHECK_IN_FORM.confidence.read(texts.confidence, {});
  if (!confidence.ok) errors.confidence = sentence(confidence);
  const note = CHECK_IN_FORM.note.read(texts.note, {});
  if (!note.ok) errors.note = sentence(note);
  return errors;
}

/** The trend's points: each check-in's progress, in day order, as (day index, progress) with the forecast line's ends. */
export interface TrendPoints {
  readonly points: readonly { readonly day: string; readonly progress: number }[];
  readonly line: { readonly atStart: number; readonly atDue: number } | null;
}

export function trendPoints(checkIns: ItemCheckInsView): TrendPoints {
  const points = checkIns.trend.flatMap((checkIn) =>
    checkIn.progress === null ? [] : [{ day: checkIn.day, progress: checkIn.progress }],
  );
  return {
    points,
    line: checkIns.forecast ? { atStart: checkIns.forecast.atStart, atDue: checkIns.forecast.atDue } : null,
  };
}

/** "Forecast on 2026-06-30: 84%", or undefined when there is no forecast. */
export function forecastLabel(due: string | null, checkIns: ItemCheckInsView): string | undefined {
  if (!checkIns.forecast || due === null) return undefined;
  return `Forecast on ${due}: ${Math.round(checkIns.forecast.atDue * 100)}%`;
}
