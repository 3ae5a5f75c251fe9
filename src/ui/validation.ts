/**
 * Instant checks of the add / edit forms, so the user gets help before a round trip.
 * The server checks again and has the last word; these only mirror the contract's rules.
 */
import { CONFIDENCE_RANGE, STRATEGY_STATUSES, TACTIC_STATUSES } from '../domain/register/schema';
import type { StrategyInput, TacticInput } from '../server/api/wireTypes';

/** One sentence per field name that needs attention; an empty object means all is well. */
export type FieldErrors = Readonly<Record<string, string>>;

export type StrategyForm = Omit<StrategyInput, 'row' | 'version'>;
export type TacticForm = Omit<TacticInput, 'row' | 'version'>;

/** A Sheets cell holds at most 50 000 characters. */
export const MAX_CELL_TEXT = 50000;

const NUMBER_TEXT = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The number a field holds, null when blank, undefined when it is not a number. */
export function parseNumberText(text: string): number | null | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  if (!NUMBER_TEXT.test(trimmed)) return undefined;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : undefined;
}

/** True for a real calendar day written as YYYY-MM-DD. */
export function isIsoDay(text: string): boolean {
  const match = ISO_DAY.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

type Check = (errors: Record<string, string>) => void;

function required(field: string, value: string, sentence: string): Check {
  return (errors) => {
    if (value.trim() === '') errors[field] = sentence;
  };
}

function text(field: string, label: string, value: string): Check {
  return (errors) => {
    if (value.length > MAX_CELL_TEXT) {
      errors[field] = `${label} is ${value.length} characters long; a cell holds at most ${MAX_CELL_TEXT}.`;
    }
  };
}

function numeric(field: string, label: string, value: string): Check {
  return (errors) => {
    if (parseNumberText(value) === undefined) {
      errors[field] = `${label} must be a number, such as 20 or 0.25 (no units or % sign).`;
    }
  };
}

function confidence(field: string, value: string): Check {
  return (errors) => {
    const number = parseNumberText(value);
    if (number === undefined || (number !== null && (number < CONFIDENCE_RANGE.min || number > CONFIDENCE_RANGE.max))) {
      errors[field] = `Confidence must be a number from ${CONFIDENCE_RANGE.min} to ${CONFIDENCE_RANGE.max}.`;
    }
  };
}

function status(field: string, value: string, allowed: readonly string[]): Check {
  return (errors) => {
    if (!allowed.includes(value)) errors[field] = `Status must be one of: ${allowed.join(', ')}.`;
  };
}

function dates(start: string, due: string): Check {
  return (errors) => {
    const [startText, dueText] = [start.trim(), due.trim()];
    if (startText !== '' && !isIsoDay(startText)) errors.start = 'Start must be a full date, such as 2026-01-31.';
    if (dueText !== '' && !isIsoDay(dueText)) errors.due = 'Due must be a full date, such as 2026-06-30.';
    if (isIsoDay(startText) && isIsoDay(dueText) && dueText < startText) {
      errors.due = `Due (${dueText}) must be on or after Start (${startText}).`;
    }
  };
}

function run(checks: readonly Check[]): FieldErrors {
  const errors: Record<string, string> = {};
  for (const check of checks) check(errors);
  return errors;
}

export function validateStrategy(form: StrategyForm): FieldErrors {
  return run([
    required('statement', form.statement, 'Write the strategy: the outcome that should change.'),
    text('statement', 'The strategy', form.statement),
    text('metric', 'The metric', form.metric),
    text('unit', 'The unit', form.unit),
    text('stakeholders', 'Stakeholders', form.stakeholders),
    numeric('baseline', 'Baseline', form.baseline),
    numeric('target', 'Target', form.target),
    numeric('current', 'Current', form.current),
    status('status', form.status, STRATEGY_STATUSES),
    confidence('confidence', form.confidence),
    dates(form.start, form.due),
  ]);
}

export function validateTactic(form: TacticForm, strategyIds: readonly string[]): FieldErrors {
  return run([
    required('statement', form.statement, 'Write the tactic: the action the team will take.'),
    text('statement', 'The tactic', form.statement),
    text('stakeholders', 'Stakeholders', form.stakeholders),
    text('owner', 'The owner', form.owner),
    text('indicator', 'The indicator', form.indicator),
    (errors) => {
      if (form.strategyId.trim() === '') errors.strategyId = 'Choose the strategy this tactic serves.';
      else if (!strategyIds.includes(form.strategyId)) {
        errors.strategyId = `There is no strategy with the ID ${form.strategyId}; choose one from the list.`;
      }
    },
    numeric('target', 'Target', form.target),
    numeric('actual', 'Actual', form.actual),
    status('status', form.status, TACTIC_STATUSES),
    dates(form.start, form.due),
  ]);
}

export function hasErrors(errors: FieldErrors): boolean {
  return Object.keys(errors).length > 0;
}
