import { strategyFieldContext } from '../edit/formSchemas';
import { idKey } from '../register/ids';
import type { Register } from '../register/register';
import type { StrategyHeader, TacticHeader } from '../register/schema';
import type { Strategy } from '../register/types';
import type { Problem } from '../result';
import type { RowPatches } from '../review/reviewPlan';
import type { CalendarDate } from '../timeZone';
import {
  type CheckInPlace,
  checkInProblem,
  checkInTargets,
  readConfidence,
  readTextField,
  readValueText,
  targetOf,
} from './checkInRules';
import type { CheckIn } from './checkInSchema';

/** One item's check-in as the sidebar sends it: only what the user filled, as typed. */
export interface CheckInEntry {
  readonly id: string;
  readonly value?: string;
  readonly confidence?: string;
  readonly note?: string;
}

/** A save from the check-in view: any number of items, and the group checking in (optional). */
export interface CheckInBatch {
  readonly entries: readonly CheckInEntry[];
  readonly by?: string;
}

export type CheckInField = 'id' | 'value' | 'confidence' | 'note';

/** What a save writes: the rows to append, and each item's Current / Actual and Confidence. */
export interface CheckInPlan {
  readonly checkIns: readonly CheckIn[];
  readonly strategies: RowPatches<StrategyHeader>;
  readonly tactics: RowPatches<TacticHeader>;
  /** The check-ins (by index) whose value is a `%` metric's fraction, shown in the log as a percentage. */
  readonly percentValues: readonly number[];
}

export type CheckInPlanResult =
  | { readonly ok: true; readonly value: CheckInPlan }
  | {
      readonly ok: false;
      readonly problems: readonly Problem[];
      /** Each refused entry's sentences by field, keyed by the ID as sent; the group under `by`. */
      readonly fieldErrors: Readonly<Record<string, Readonly<Partial<Record<CheckInField | 'by', string>>>>>;
    };

const filled = (text: string | undefined): text is string => typeof text === 'string' && text.trim() !== '';

function asText(value: unknown): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * Checks a batch against the register on `today` and plans its writes: one row per item
 * with anything filled, and in the register only the fields given (a value sets a
 * strategy's Current or a tactic's Actual, a confidence a strategy's Confidence). Any
 * refused entry refuses the whole batch, so a save is all or nothing.
 */
export function planCheckIns(
  batch: CheckInBatch,
  register: Register,
  today: CalendarDate,
  timeZone: string,
): CheckInPlanResult {
  const targets = checkInTargets(register);
  const fieldErrors: Record<string, Partial<Record<CheckInField | 'by', string>>> = {};
  const problems: Problem[] = [];
  const refuse = (key: string, field: CheckInField | 'by', problem: Problem) => {
    fieldErrors[key] = { ...fieldErrors[key], [field]: problem.message };
    problems.push(problem);
  };
  const by = readTextField({ row: 0, id: '' }, 'by', asText(batch?.by) ?? '');
  if (!by.ok) for (const problem of by.problems) refuse('', 'by', problem);

  const checkIns: CheckIn[] = [];
  const strategies: RowPatches<StrategyHeader> = new Map();
  const tactics: RowPatches<TacticHeader> = new Map();
  const seen = new Set<string>();
  const percentValues: number[] = [];
  const entries: readonly CheckInEntry[] = Array.isArray(batch?.entries) ? batch.entries : [];
  for (const entry of entries) {
    const id = asText(entry?.id) ?? '';
    const texts = { value: asText(entry?.value), confidence: asText(entry?.confidence), note: asText(entry?.note) };
    if (!filled(texts.value) && !filled(texts.confidence) && !filled(texts.note)) continue;
    const place: CheckInPlace = { row: 0, id };
    const target = targetOf(targets, place, today, timeZone);
    if (!target.ok) {
      for (const problem of target.problems) refuse(id, 'id', problem);
      continue;
    }
    if (seen.has(idKey(id))) {
      refuse(
        id,
        'id',
        checkInProblem('ID', place, id.trim(), ', which this save checks in twice; give it one check-in'),
      );
      continue;
    }
    seen.add(idKey(id));
    const value = filled(texts.value) ? readValueText(place, target.value, texts.value) : undefined;
    const confidence = filled(texts.confidence) ? readConfidence(place, texts.confidence) : undefined;
    const note = readTextField(place, 'note', texts.note ?? '');
    if (value && !value.ok) for (const problem of value.problems) refuse(id, 'value', problem);
    if (confidence && !confidence.ok) for (const problem of confidence.problems) refuse(id, 'confidence', problem);
    if (!note.ok) for (const problem of note.problems) refuse(id, 'note', problem);
    if ((value && !value.ok) || (confidence && !confidence.ok) || !note.ok) continue;
    const given = { value: value?.ok ? value.value : null, confidence: confidence?.ok ? confidence.value : null };
    const { item, kind } = target.value;
    if (
      given.value !== null &&
      kind === 'strategy' &&
      strategyFieldContext(target.value.unit, item as Strategy).percent
    ) {
      percentValues.push(checkIns.length);
    }
    checkIns.push({
      row: 0,
      day: today,
      id: target.value.id,
      kind,
      value: given.value,
      confidence: given.confidence,
      note: note.value,
      by: by.ok ? by.value : '',
    });
    if (kind === 'strategy') {
      const patch: Partial<Record<StrategyHeader, unknown>> = {};
      if (given.value !== null) patch.Current = given.value;
      if (given.confidence !== null) patch.Confidence = given.confidence;
      if (Object.keys(patch).length > 0) strategies.set(item.row, patch);
    } else if (given.value !== null) {
      // A tactic has no Confidence column: its confidence stays in the log.
      tactics.set(item.row, { Actual: given.value });
    }
  }
  if (problems.length > 0) return { ok: false, problems, fieldErrors };
  if (checkIns.length === 0) {
    const nothing: Problem = {
      code: 'bad-argument',
      message: 'Nothing was checked in: fill in a value, a confidence or a note for at least one item.',
    };
    return { ok: false, problems: [nothing], fieldErrors: {} };
  }
  return { ok: true, value: { checkIns, strategies, tactics, percentValues } };
}
