/** Add / edit forms for strategies and tactics: instant checks, then one save call. */
import { STRATEGY_STATUSES, TACTIC_STATUSES } from '../../domain/register/schema';
import type { RegisterView, SaveResult, StrategyView, TacticView } from '../../server/api/wireTypes';
import { h, spinner } from '../dom';
import { EMPTY_STRATEGY_FORM, emptyTacticForm, strategyForm, tacticForm } from '../registerModel';
import { failureMessage } from '../serverClient';
import {
  type FieldErrors,
  hasErrors,
  type StrategyForm,
  type TacticForm,
  validateStrategy,
  validateTactic,
} from '../validation';
import { type Field, type FieldSpec, field, readFields, showFieldErrors } from './formFields';
import type { Sidebar } from './shell';

const options = (values: readonly string[]) => values.map((value) => ({ value, label: value }));
const MAX_OPTION_TEXT = 60;

interface FormSetup<F> {
  readonly title: string;
  readonly specs: readonly FieldSpec[];
  readonly validate: (values: F) => FieldErrors;
  readonly save: (values: F) => Promise<SaveResult>;
  readonly itemName: string;
  /** Back to the register, with a sentence saying what happened (or nothing on cancel). */
  readonly done: (notice?: string) => void;
}

function itemForm<F>(sidebar: Sidebar, setup: FormSetup<F>): HTMLElement {
  const fields: Field[] = setup.specs.map(field);
  const formErrors = h('ul', { class: 'form-errors', hidden: true });
  const saveButton = h('button', { type: 'submit', class: 'primary' }, 'Save');
  const cancelButton = h('button', { type: 'button', onclick: () => setup.done() }, 'Cancel');
  const progress = h('div', { class: 'form-progress' });

  const showErrors = (errors: FieldErrors) => {
    const others = showFieldErrors(fields, errors);
    formErrors.replaceChildren(...others.map((message) => h('li', {}, message)));
    formErrors.hidden = others.length === 0;
  };

  const save = async () => {
    const values = readFields(fields) as unknown as F;
    const errors = setup.validate(values);
    showErrors(errors);
    if (hasErrors(errors)) return;
    saveButton.disabled = true;
    progress.replaceChildren(spinner('Saving…'));
    try {
      const result = await setup.save(values);
      if (result.ok) {
        setup.done(`Saved ${setup.itemName} ${result.id} (row ${result.row}).`);
        return;
      }
      showErrors(result.fieldErrors);
      if (result.stale) {
        sidebar.banner(
          `This ${setup.itemName} was changed in the sheet after you opened the form, so your edit was not saved. Reload to see the latest values, then make your change again.`,
          { label: 'Reload', run: () => setup.done() },
        );
      }
    } catch (error) {
      sidebar.banner(failureMessage(error), { label: 'Retry', run: () => void save() });
    } finally {
      saveButton.disabled = false;
      progress.replaceChildren();
    }
  };

  const form = h(
    'form',
    {
      class: 'card item-form',
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        void save();
      },
    },
    h('h1', {}, setup.title),
    ...fields.map((item) => item.element),
    formErrors,
    progress,
    h('div', { class: 'actions' }, saveButton, cancelButton),
  );
  return form;
}

/** The form for a new strategy (strategy null) or an edit of an existing one. */
export function strategyFormScreen(
  sidebar: Sidebar,
  strategy: StrategyView | null,
  done: (notice?: string) => void,
): HTMLElement {
  const start = strategy ? strategyForm(strategy) : EMPTY_STRATEGY_FORM;
  const specs: FieldSpec[] = [
    {
      name: 'statement',
      label: 'Strategy',
      value: start.statement,
      kind: 'textarea',
      required: true,
      hint: 'The outcome to change, e.g. "Increase win rate from 20% to 25%".',
    },
    { name: 'metric', label: 'Metric', value: start.metric, hint: 'How it is measured, e.g. "Win rate".' },
    { name: 'unit', label: 'Unit', value: start.unit },
    { name: 'baseline', label: 'Baseline', value: start.baseline, kind: 'number' },
    { name: 'target', label: 'Target', value: start.target, kind: 'number' },
    { name: 'current', label: 'Current', value: start.current, kind: 'number' },
    {
      name: 'stakeholders',
      label: 'Stakeholders',
      value: start.stakeholders,
      hint: 'Groups, not people, separated by commas.',
    },
    { name: 'start', label: 'Start', value: start.start, kind: 'date' },
    { name: 'due', label: 'Due', value: start.due, kind: 'date' },
    { name: 'status', label: 'Status', value: start.status, kind: 'select', options: options(STRATEGY_STATUSES) },
    { name: 'confidence', label: 'Confidence (0–10)', value: start.confidence, kind: 'number' },
  ];
  return itemForm<StrategyForm>(sidebar, {
    title: strategy ? `Edit strategy ${strategy.id}` : 'Add a strategy',
    specs,
    itemName: 'strategy',
    validate: validateStrategy,
    save: (values) =>
      sidebar.call('saveStrategy', strategy ? { ...values, row: strategy.row, version: strategy.version } : values),
    done,
  });
}

function strategyOptions(register: RegisterView, selected: string) {
  const choices = register.strategies
    .filter((strategy) => strategy.id !== '')
    .map((strategy) => {
      const statement =
        strategy.statement.length > MAX_OPTION_TEXT
          ? `${strategy.statement.slice(0, MAX_OPTION_TEXT)}…`
          : strategy.statement;
      return { value: strategy.id, label: `${strategy.id} · ${statement}` };
    });
  if (selected !== '' && !choices.some((choice) => choice.value === selected)) {
    choices.unshift({ value: selected, label: `${selected} (no such strategy)` });
  }
  return [{ value: '', label: 'Choose a strategy' }, ...choices];
}

/** The form for a new tactic under `strategyId`, or an edit of an existing tactic. */
export function tacticFormScreen(
  sidebar: Sidebar,
  register: RegisterView,
  tactic: TacticView | null,
  strategyId: string,
  done: (notice?: string) => void,
): HTMLElement {
  const start = tactic ? tacticForm(tactic) : emptyTacticForm(strategyId);
  const specs: FieldSpec[] = [
    {
      name: 'strategyId',
      label: 'Strategy it serves',
      value: start.strategyId,
      kind: 'select',
      required: true,
      options: strategyOptions(register, start.strategyId),
    },
    {
      name: 'statement',
      label: 'Tactic',
      value: start.statement,
      kind: 'textarea',
      required: true,
      hint: 'The action, e.g. "Roll out a formal sales process".',
    },
    { name: 'stakeholders', label: 'Stakeholders', value: start.stakeholders },
    { name: 'owner', label: 'Owner', value: start.owner },
    { name: 'status', label: 'Status', value: start.status, kind: 'select', options: options(TACTIC_STATUSES) },
    { name: 'indicator', label: 'Indicator', value: start.indicator },
    { name: 'target', label: 'Target', value: start.target, kind: 'number' },
    { name: 'actual', label: 'Actual', value: start.actual, kind: 'number' },
    { name: 'start', label: 'Start', value: start.start, kind: 'date' },
    { name: 'due', label: 'Due', value: start.due, kind: 'date' },
  ];
  const ids = register.strategies.map((strategy) => strategy.id).filter((id) => id !== '');
  return itemForm<TacticForm>(sidebar, {
    title: tactic ? `Edit tactic ${tactic.id}` : 'Add a tactic',
    specs,
    itemName: 'tactic',
    validate: (values) => validateTactic(values, ids),
    save: (values) =>
      sidebar.call('saveTactic', tactic ? { ...values, row: tactic.row, version: tactic.version } : values),
    done,
  });
}
