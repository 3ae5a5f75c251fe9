import { describeValue } from '../cellValue';
import { textRule } from '../edit/formFields';
import { STRATEGY_FORM, strategyFieldContext, TACTIC_FORM } from '../edit/formSchemas';
import { isoDay, isoDayOf } from '../isoDay';
import { idKey } from '../register/ids';
import { shownId } from '../register/naming';
import type { Register } from '../register/register';
import type { Strategy, Tactic } from '../register/types';
import { fail, ok, type Problem, type Result, sentence } from '../result';
import { type CalendarDate, daysBetween, zonedDateParts } from '../timeZone';
import type { CheckInKind } from './checkInSchema';

/**
 * The rules every check-in meets, wherever it comes from: a row typed into the Check-ins
 * sheet or a value given in the sidebar. Both name the field, the item and the value in
 * the same words ("Confidence of S1 (row 8) in Check-ins is 11; …" for a row, "Confidence
 * of S1 is 11; …" in the sidebar), and the values are read with the forms' own rules.
 */

/** The forms' rules for what a check-in gives: a strategy's Current, a tactic's Actual, a confidence. */
export const CHECK_IN_FORM = {
  strategyValue: STRATEGY_FORM.current,
  tacticValue: TACTIC_FORM.actual,
  confidence: STRATEGY_FORM.confidence,
  note: textRule('Note', 'The note'),
  by: textRule('By', 'The stakeholder group'),
} as const;

/** Where a check-in is: a row of the sheet (row ≥ 2), or the sidebar (row 0); `id` as typed. */
export interface CheckInPlace {
  readonly row: number;
  readonly id: string;
}

/** The item a check-in is for, with what its rules need to know. */
export interface CheckInTarget {
  readonly kind: CheckInKind;
  readonly id: string;
  readonly item: Strategy | Tactic;
  readonly unit: string;
  /** Retired (a strategy) or Dropped (a tactic): it takes no check-ins from its last review on. */
  readonly closed: boolean;
}

function subject(field: string, place: CheckInPlace): string {
  const inSheet = place.row > 0;
  if (field === 'ID' || place.id.trim() === '') {
    return inSheet ? `${field} of row ${place.row} in Check-ins` : `${field} of the check-in`;
  }
  const who = shownId(place.id.trim());
  return inSheet ? `${field} of ${who} (row ${place.row}) in Check-ins` : `${field} of ${who}`;
}

/** "Confidence of S1 (row 8) in Check-ins is 11; confidence must be…": the one shape of every check-in sentence. */
export function checkInProblem(field: string, place: CheckInPlace, shown: string, reason: string): Problem {
  return { code: 'bad-value', message: `${subject(field, place)} is ${shown}${reason}.`, subject: field };
}

/** A form rule's sentence read on after the value: "The current value must…" → "the current value must…". */
function flowing(ruleSentence: string): string {
  return `; ${ruleSentence.charAt(0).toLowerCase()}${ruleSentence.slice(1).replace(/\.$/, '')}`;
}

/** Strategies first, then tactics, by ID as IDs compare; the first of a repeated ID wins. */
export function checkInTargets(register: Register): Map<string, CheckInTarget> {
  const targets = new Map<string, CheckInTarget>();
  const add = (target: CheckInTarget) => {
    const key = idKey(target.id);
    if (key !== '' && !targets.has(key)) targets.set(key, target);
  };
  for (const strategy of register.strategies) {
    const closed = strategy.status === 'Retired';
    add({ kind: 'strategy', id: strategy.id, item: strategy, unit: strategy.unit, closed });
  }
  for (const tactic of register.tactics) {
    add({ kind: 'tactic', id: tactic.id, item: tactic, unit: '', closed: tactic.status === 'Dropped' });
  }
  return targets;
}

/**
 * The item a check-in of `day` names: refused when no strategy or tactic has the ID, or
 * when it was retired (dropped) at or before that day. Its last review is when it was
 * closed, as the quarterly review records it; without one, it takes no check-in at all.
 */
export function targetOf(
  targets: ReadonlyMap<string, CheckInTarget>,
  place: CheckInPlace,
  day: CalendarDate,
  timeZone: string,
): Result<CheckInTarget> {
  const typed = place.id.trim();
  if (typed === '') {
    return { ok: false, problems: [checkInProblem('ID', place, 'a blank', '; give the ID of the strategy or tactic')] };
  }
  const target = targets.get(idKey(typed));
  if (!target) {
    return {
      ok: false,
      problems: [checkInProblem('ID', place, describeValue(typed), ', which names no strategy or tactic')],
    };
  }
  if (!target.closed) return ok(target);
  const reviewed = target.item.lastReviewed;
  const status = target.kind === 'strategy' ? 'Retired' : 'Dropped';
  if (reviewed !== null && daysBetween(zonedDateParts(reviewed, timeZone), day) < 0) return ok(target);
  const since =
    reviewed === null
      ? `: a ${target.kind} that is ${status} takes no check-ins`
      : `: it takes no check-ins from its last review (${isoDay(reviewed, timeZone)}) on, and this one is of ${isoDayOf(day)}`;
  return {
    ok: false,
    problems: [checkInProblem('ID', place, `${shownId(target.id)}, which is ${status}${since}`, '')],
  };
}

/** A check-in's date: a day that has come (today at the latest). */
export function dayProblem(place: CheckInPlace, day: CalendarDate, today: CalendarDate): Problem | undefined {
  if (daysBetween(day, today) >= 0) return undefined;
  return checkInProblem(
    'Date',
    place,
    `the date ${isoDayOf(day)}`,
    `, after today (${isoDayOf(today)}); a check-in is dated the day it was made`,
  );
}

/** A confidence as a number (a cell's) or as typed (the sidebar's), read with the strategy form's rule. */
export function readConfidence(place: CheckInPlace, given: number | string): Result<number | null> {
  const text = typeof given === 'number' ? String(given) : given;
  const reading = CHECK_IN_FORM.confidence.read(text, {});
  if (reading.ok) return ok(reading.value as number | null);
  // A number typed in the sidebar is named as the sheet names a number cell: 11, not "11".
  const typedNumber = typeof given === 'string' && /^\s*-?\d+(\.\d+)?\s*$/.test(given);
  const shown = typeof given === 'number' || typedNumber ? String(Number(given)) : describeValue(given);
  return { ok: false, problems: [checkInProblem('Confidence', place, shown, flowing(sentence(reading)))] };
}

/** A value typed in the sidebar, read with the form's rule for the item's Current or Actual (a `%` metric in percent). */
export function readValueText(place: CheckInPlace, target: CheckInTarget, text: string): Result<number | null> {
  const rule = target.kind === 'strategy' ? CHECK_IN_FORM.strategyValue : CHECK_IN_FORM.tacticValue;
  const reading = rule.read(
    text,
    target.kind === 'strategy' ? strategyFieldContext(target.unit, target.item as Strategy) : {},
  );
  if (reading.ok) return ok(reading.value as number | null);
  return { ok: false, problems: [checkInProblem('Value', place, describeValue(text), flowing(sentence(reading)))] };
}

/** A note or a group typed in the sidebar, within what a cell holds. */
export function readTextField(
  place: CheckInPlace,
  field: 'note' | 'by',
  text: string,
): ReturnType<typeof CHECK_IN_FORM.note.read> {
  const rule = CHECK_IN_FORM[field];
  const reading = rule.read(text, {});
  if (reading.ok) return reading;
  const header = field === 'note' ? 'Note' : 'By';
  return fail('bad-value', `${subject(header, place)} is too long${flowing(sentence(reading))}.`, header);
}

/** A row or an entry that says nothing: no value, no confidence, no note. */
export function emptyProblem(place: CheckInPlace): Problem {
  return checkInProblem(
    'Value',
    place,
    'a blank',
    ', and so are its Confidence and Note; fill one in or delete the row',
  );
}
