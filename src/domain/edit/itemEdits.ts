import { idKey } from '../register/ids';
import {
  CONFIDENCE_RANGE,
  STRATEGY_STATUSES,
  type StrategyHeader,
  TACTIC_STATUSES,
  type TacticHeader,
} from '../register/schema';
import { choiceField, dateField, type FieldReading, numberField, textField } from './formFields';

/**
 * A sidebar form turned into the cells of one register row, keyed by header, or a
 * sentence per field that cannot be stored. Field keys match the form's input names.
 */
export type ItemEdit<H extends string> =
  | { readonly ok: true; readonly cells: Readonly<Partial<Record<H, unknown>>> }
  | { readonly ok: false; readonly fieldErrors: Readonly<Record<string, string>> };

type Fields = Readonly<Record<string, unknown>>;

/** Collects readings: each field's value under its header, or its error under its form key. */
function collect<H extends string>(readings: readonly (readonly [string, H, FieldReading<unknown>])[]): ItemEdit<H> {
  const cells: Partial<Record<H, unknown>> = {};
  const fieldErrors: Record<string, string> = {};
  for (const [key, header, reading] of readings) {
    if (reading.ok) cells[header] = reading.value ?? '';
    else fieldErrors[key] = reading.error;
  }
  return Object.keys(fieldErrors).length > 0 ? { ok: false, fieldErrors } : { ok: true, cells };
}

export function strategyEdit(input: Fields, timeZone: string): ItemEdit<StrategyHeader> {
  return collect<StrategyHeader>([
    ['statement', 'Strategy', textField('The strategy', input.statement, true)],
    ['metric', 'Metric', textField('The metric', input.metric)],
    ['unit', 'Unit', textField('The unit', input.unit)],
    ['baseline', 'Baseline', numberField('The baseline', input.baseline)],
    ['target', 'Target', numberField('The target', input.target)],
    ['current', 'Current', numberField('The current value', input.current)],
    ['stakeholders', 'Stakeholders', textField('Stakeholders', input.stakeholders)],
    ['start', 'Start', dateField('The start', input.start, timeZone)],
    ['due', 'Due', dateField('The due date', input.due, timeZone)],
    ['status', 'Status', choiceField('The status', input.status, STRATEGY_STATUSES, 'Active')],
    ['confidence', 'Confidence', numberField('Confidence', input.confidence, CONFIDENCE_RANGE)],
  ]);
}

/** `strategyIds` are the register's strategy IDs: a tactic must serve one of them. */
export function tacticEdit(input: Fields, timeZone: string, strategyIds: ReadonlySet<string>): ItemEdit<TacticHeader> {
  const strategy = textField('The strategy ID', input.strategyId, true);
  const linked: FieldReading<string> =
    strategy.ok && !strategyIds.has(idKey(strategy.value))
      ? { ok: false, error: `No strategy has the ID ${JSON.stringify(strategy.value)}; choose one from the list.` }
      : strategy;
  return collect<TacticHeader>([
    ['strategyId', 'Strategy ID', linked],
    ['statement', 'Tactic', textField('The tactic', input.statement, true)],
    ['stakeholders', 'Stakeholders', textField('Stakeholders', input.stakeholders)],
    ['owner', 'Owner', textField('The owner', input.owner)],
    ['status', 'Status', choiceField('The status', input.status, TACTIC_STATUSES, 'Planned')],
    ['indicator', 'Indicator', textField('The indicator', input.indicator)],
    ['target', 'Target', numberField('The target', input.target)],
    ['actual', 'Actual', numberField('The actual value', input.actual)],
    ['start', 'Start', dateField('The start', input.start, timeZone)],
    ['due', 'Due', dateField('The due date', input.due, timeZone)],
  ]);
}
