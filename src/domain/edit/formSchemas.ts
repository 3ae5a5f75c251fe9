import { CONFIDENCE_RANGE, STRATEGY_STATUSES, TACTIC_STATUSES } from '../register/schema';
import { STAKEHOLDER_SEPARATOR_HINT } from '../register/stakeholders';
import { sentence } from '../result';
import { startOfZonedDay } from '../timeZone';
import {
  choiceRule,
  dayRule,
  type FieldContext,
  type FieldRule,
  isPercentUnit,
  numberRule,
  strategyIdRule,
  textRule,
} from './formFields';

/**
 * One schema per sidebar form: its fields, keyed by the form's input names. The sidebar
 * checks a form with `checkForm` as the user saves; the server checks again with the same
 * call and writes what it returns. An edit is a patch: only the fields the user changed
 * are checked and written, so a cell the user did not touch is never rewritten.
 */

export type FormSchema<K extends string> = Readonly<Record<K, FieldRule>>;

export const STRATEGY_FORM = {
  statement: textRule('Strategy', 'The strategy', {
    required: 'Write the strategy: the outcome that should change.',
    hint: 'The outcome to change, e.g. "Increase win rate from 20% to 25%".',
  }),
  metric: textRule('Metric', 'The metric', { hint: 'How it is measured, e.g. "Win rate".' }),
  unit: textRule('Unit', 'The unit'),
  baseline: numberRule('Baseline', 'The baseline', undefined, { percentable: true }),
  target: numberRule('Target', 'The target', undefined, { percentable: true }),
  current: numberRule('Current', 'The current value', undefined, { percentable: true }),
  stakeholders: textRule('Stakeholders', 'Stakeholders', {
    hint: `Groups, not people, ${STAKEHOLDER_SEPARATOR_HINT}.`,
  }),
  start: dayRule('Start', 'The start'),
  due: dayRule('Due', 'The due date'),
  status: choiceRule('Status', 'The status', STRATEGY_STATUSES, 'Active'),
  confidence: numberRule('Confidence', 'Confidence', CONFIDENCE_RANGE, { hint: 'From 0 (no chance) to 10 (certain).' }),
  parent: strategyIdRule('Parent', 'The strategy it supports'),
} satisfies FormSchema<string>;

export const TACTIC_FORM = {
  strategyId: strategyIdRule('Strategy ID', 'The strategy ID', 'Choose the strategy this tactic serves.'),
  statement: textRule('Tactic', 'The tactic', {
    required: 'Write the tactic: the action the team will take.',
    hint: 'The action, e.g. "Roll out a formal sales process".',
  }),
  stakeholders: textRule('Stakeholders', 'Stakeholders', { hint: `Groups, ${STAKEHOLDER_SEPARATOR_HINT}.` }),
  owner: textRule('Owner', 'The owner'),
  status: choiceRule('Status', 'The status', TACTIC_STATUSES, 'Planned'),
  indicator: textRule('Indicator', 'The indicator'),
  target: numberRule('Target', 'The target'),
  actual: numberRule('Actual', 'The actual value'),
  start: dayRule('Start', 'The start'),
  due: dayRule('Due', 'The due date'),
} satisfies FormSchema<string>;

export type StrategyField = keyof typeof STRATEGY_FORM;
export type TacticField = keyof typeof TACTIC_FORM;

/** What a form's fields hold, as text, by field name. */
export type FormTexts<K extends string> = Readonly<Record<K, string>>;

/** A form as it opens on a saved item: each cell as the form shows it (a `%` metric's numbers as percentages). */
export function formTexts<K extends string>(
  schema: FormSchema<K>,
  cellOf: (header: string) => unknown,
  timeZone: string,
  context: FieldContext = {},
): FormTexts<K> {
  const texts = {} as Record<K, string>;
  for (const key of Object.keys(schema) as K[]) {
    texts[key] = schema[key].show(cellOf(schema[key].header), timeZone, context);
  }
  return texts;
}

/** A strategy's saved numbers, as far as they tell the scale of a `%` metric. */
export interface SavedNumbers {
  readonly baseline: unknown;
  readonly target: unknown;
  readonly current: unknown;
}

/** A saved number beyond this (150%) says the sheet keeps whole percentages: 20 for 20%. */
const WHOLE_PERCENT_EVIDENCE = 1.5;

/**
 * How a strategy's form reads and shows its numbers: as percentages when its Unit is `%`
 * and its saved numbers are fractions (0.223 for 22.3%, as a `0.0%` cell holds it). A
 * register that types 20 for 20% keeps plain numbers, so 22 is never shown as 2200%
 * nor a typed 23 written as 0.23.
 */
export function strategyFieldContext(unit: string, saved?: SavedNumbers): FieldContext {
  if (!isPercentUnit(unit)) return {};
  const numbers = saved ? [saved.baseline, saved.target, saved.current] : [];
  const whole = numbers.some((value) => typeof value === 'number' && Math.abs(value) > WHOLE_PERCENT_EVIDENCE);
  return whole ? {} : { percent: true };
}

/** The fields whose text differs from what the form opened with: what an edit sends. */
export function changedFields<K extends string>(opened: FormTexts<K>, now: FormTexts<K>): Partial<FormTexts<K>> {
  const changes: Partial<Record<K, string>> = {};
  for (const key of Object.keys(now) as K[]) if (now[key] !== opened[key]) changes[key] = now[key];
  return changes;
}

export interface FormCheckContext extends FieldContext {
  /** The saved item's fields as the form showed them; absent for a new item, whose every field is checked. */
  readonly existing?: FormTexts<string>;
}

export type FormCheck<K extends string> =
  | { readonly ok: true; readonly values: Readonly<Partial<Record<K, unknown>>> }
  | { readonly ok: false; readonly fieldErrors: Readonly<Record<string, string>> };

/**
 * Reads the fields of `changes` (every field, for a new item) with the schema's rules,
 * giving the values to store or one sentence per field that cannot be stored.
 */
export function checkForm<K extends string>(
  schema: FormSchema<K>,
  changes: Readonly<Partial<Record<string, unknown>>>,
  context: FormCheckContext = {},
): FormCheck<K> {
  const fields = Object.keys(schema) as K[];
  const keys = context.existing === undefined ? fields : Object.keys(changes);
  const values: Partial<Record<K, unknown>> = {};
  const fieldErrors: Record<string, string> = {};
  for (const key of keys) {
    const rule: FieldRule | undefined = (schema as Readonly<Record<string, FieldRule>>)[key];
    if (rule === undefined) {
      fieldErrors[key] = `The form has no field ${JSON.stringify(key)}; reload the sidebar.`;
      continue;
    }
    const text = changes[key] ?? '';
    if (typeof text !== 'string') {
      fieldErrors[key] = `${rule.label} must be sent as text.`;
      continue;
    }
    if (rule.required !== undefined && text.trim() === '') {
      fieldErrors[key] = rule.required;
      continue;
    }
    const reading = rule.read(text, context);
    if (reading.ok) values[key as K] = reading.value;
    else fieldErrors[key] = sentence(reading);
  }
  Object.assign(fieldErrors, dateOrder(schema, values, fieldErrors, context.existing));
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, values };
}

/** A due date before the start, with the one of the two the user changed named. */
function dateOrder(
  schema: FormSchema<string>,
  values: Readonly<Partial<Record<string, unknown>>>,
  errors: Readonly<Record<string, string>>,
  existing: FormTexts<string> | undefined,
): Record<string, string> {
  const { start: startRule, due: dueRule } = schema;
  if (!startRule || !dueRule || errors.start !== undefined || errors.due !== undefined) return {};
  // Dates the user did not touch are theirs to order: an edit of another field never refuses them.
  if (!('start' in values) && !('due' in values)) return {};
  const saved = (key: 'start' | 'due', rule: FieldRule) => {
    const reading = existing?.[key] === undefined ? undefined : rule.read(existing[key], {});
    return reading?.ok ? reading.value : null;
  };
  const start = 'start' in values ? values.start : saved('start', startRule);
  const due = 'due' in values ? values.due : saved('due', dueRule);
  if (typeof start !== 'string' || typeof due !== 'string' || due >= start) return {};
  return 'due' in values
    ? { due: `${dueRule.label} (${due}) must be on or after ${startRule.label.toLowerCase()} (${start}).` }
    : { start: `${startRule.label} (${start}) must be on or before ${dueRule.label.toLowerCase()} (${due}).` };
}

/**
 * The cells a checked form writes, by header: blanks as '', days as midnight in the
 * spreadsheet's time zone, text and numbers as read.
 */
export function cellsOfForm<K extends string>(
  schema: FormSchema<K>,
  values: Readonly<Partial<Record<K, unknown>>>,
  timeZone: string,
): Map<string, unknown> {
  const cells = new Map<string, unknown>();
  for (const [key, value] of Object.entries(values) as [K, unknown][]) {
    const rule = schema[key];
    if (value === null || value === undefined) cells.set(rule.header, '');
    else if (rule.kind === 'date' && typeof value === 'string') {
      const [year, month, day] = value.split('-').map(Number);
      cells.set(rule.header, startOfZonedDay({ year: year ?? 0, month: month ?? 0, day: day ?? 0 }, timeZone));
    } else cells.set(rule.header, value);
  }
  return cells;
}
