/**
 * Add / edit forms for strategies and tactics. A form opens on each cell as it stands,
 * checks with the domain's schema as the user saves, and sends only the fields the user
 * changed (every field for a new item) in one save call.
 */
import { type FieldContext, type FieldRule, hintOf } from '../../domain/edit/formFields';
import {
  changedFields,
  checkForm,
  type FormSchema,
  type FormTexts,
  STRATEGY_FORM,
  strategyFieldContext,
  TACTIC_FORM,
} from '../../domain/edit/formSchemas';
import { idKey } from '../../domain/register/ids';
import type { RegisterView, SaveResult, StrategyView, TacticView } from '../../server/api/wireTypes';
import { parentOptions } from '../alignmentModel';
import { h, spinner } from '../dom';
import { newStrategyForm, newTacticForm } from '../registerModel';
import {
  type Field,
  type FieldErrors,
  type FieldSpec,
  field,
  openedFields,
  readFields,
  showFieldErrors,
} from './formFields';
import type { Sidebar } from './shell';

const MAX_OPTION_TEXT = 60;

/** Back to the register, with a sentence saying what happened and any findings on the saved row. */
export type FormDone = (notice?: string, warnings?: readonly string[]) => void;

interface FormSetup<K extends string> {
  readonly title: string;
  readonly schema: FormSchema<K>;
  readonly specs: readonly FieldSpec[];
  /** The saved item's fields, or undefined for a new item. */
  readonly saved: FormTexts<K> | undefined;
  readonly strategyIds?: ReadonlySet<string>;
  /** How the numbers typed are read, from the form's values (a strategy's Unit of `%`: percentages). */
  readonly fieldContext?: (values: FormTexts<K>) => FieldContext;
  readonly save: (changes: Partial<FormTexts<K>>) => Promise<SaveResult>;
  readonly itemName: string;
  readonly done: FormDone;
}

/** How the form lays out a field: its label and control, with the rest (hint, choices) from the schema. */
interface FieldLayout {
  readonly label: string;
  readonly kind?: FieldSpec['kind'];
}

function specsOf<K extends string>(
  schema: FormSchema<K>,
  layout: Readonly<Record<K, FieldLayout>>,
  values: FormTexts<K>,
  problems: Readonly<Partial<Record<K, string>>>,
  context: FieldContext = {},
): FieldSpec[] {
  return (Object.keys(schema) as K[]).map((name) => {
    const rule: FieldRule = schema[name];
    const { label, kind } = layout[name];
    const value = values[name];
    const problem = problems[name];
    const hint = hintOf(rule, context);
    return {
      name,
      label,
      value,
      ...(kind ? { kind } : {}),
      ...(hint ? { hint } : {}),
      ...(rule.required ? { required: true } : {}),
      ...(problem ? { problem } : {}),
      ...(rule.choices ? { options: choiceOptions(rule.choices, value) } : {}),
    };
  });
}

/** The allowed choices, and the cell's own value when it is none of them, so the form never shows another. */
function choiceOptions(choices: readonly string[], value: string) {
  const options = choices.map((choice) => ({ value: choice, label: choice }));
  if (!choices.includes(value)) options.unshift({ value, label: value === '' ? 'Not set' : `${value} (not a status)` });
  return options;
}

function itemForm<K extends string>(sidebar: Sidebar, setup: FormSetup<K>): HTMLElement {
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
    const values = readFields(fields) as FormTexts<K>;
    const changes = setup.saved ? changedFields(openedFields(fields) as FormTexts<K>, values) : values;
    const checked = checkForm(setup.schema, changes, {
      ...setup.fieldContext?.(values),
      ...(setup.saved ? { existing: setup.saved } : {}),
      ...(setup.strategyIds ? { strategyIds: setup.strategyIds } : {}),
    });
    showErrors(checked.ok ? {} : checked.fieldErrors);
    if (!checked.ok) return;
    if (Object.keys(changes).length === 0) {
      setup.done('Nothing was changed, so nothing was saved.');
      return;
    }
    saveButton.disabled = true;
    progress.replaceChildren(spinner('Saving…'));
    try {
      const result = await setup.save(changes);
      if (result.ok) {
        setup.done(`Saved ${setup.itemName} ${result.id} (row ${result.row}).`, result.warnings);
        return;
      }
      showErrors(result.fieldErrors);
      if (result.code === 'stale-row') {
        sidebar.banner(
          `This ${setup.itemName} was changed in the sheet after you opened the form, so your edit was not saved. Reload to see the latest values, then make your change again.`,
          { label: 'Reload', run: () => setup.done() },
        );
      }
    } catch (error) {
      sidebar.failed(error, () => void save());
    } finally {
      saveButton.disabled = false;
      progress.replaceChildren();
    }
  };

  const unreadable = setup.specs.some((spec) => spec.problem !== undefined);
  return h(
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
    unreadable
      ? h(
          'p',
          { class: 'hint form-note' },
          'Cells that cannot be read are shown as they stand; they are kept as they are unless you change them.',
        )
      : null,
    ...fields.map((item) => item.element),
    formErrors,
    progress,
    h('div', { class: 'actions' }, saveButton, cancelButton),
  );
}

const STRATEGY_LAYOUT: Readonly<Record<keyof typeof STRATEGY_FORM, FieldLayout>> = {
  statement: { label: 'Strategy', kind: 'textarea' },
  metric: { label: 'Metric' },
  unit: { label: 'Unit' },
  baseline: { label: 'Baseline', kind: 'number' },
  target: { label: 'Target', kind: 'number' },
  current: { label: 'Current', kind: 'number' },
  stakeholders: { label: 'Stakeholders' },
  start: { label: 'Start', kind: 'date' },
  due: { label: 'Due', kind: 'date' },
  status: { label: 'Status', kind: 'select' },
  confidence: { label: 'Confidence (0–10)', kind: 'number' },
  parent: { label: 'Supports (Parent)', kind: 'select' },
};

/** The form for a new strategy (strategy null, starting `today`) or an edit of an existing one. */
export function strategyFormScreen(
  sidebar: Sidebar,
  register: RegisterView,
  strategy: StrategyView | null,
  done: FormDone,
): HTMLElement {
  const values = strategy ? strategy.fields : newStrategyForm(register.today);
  // Without a Parent column there is nowhere to keep a parent: Set up register adds it.
  const specs = specsOf(
    STRATEGY_FORM,
    STRATEGY_LAYOUT,
    values,
    strategy?.problems ?? {},
    strategyFieldContext(values.unit, strategy ?? undefined),
  ).flatMap((spec) => {
    if (spec.name !== 'parent') return [spec];
    return register.hasParentColumn ? [{ ...spec, options: parentOptions(register, strategy, spec.value) }] : [];
  });
  const ids = register.strategies.map((item) => item.id).filter((id) => id !== '');
  return itemForm(sidebar, {
    title: strategy ? `Edit strategy ${strategy.id}` : 'Add a strategy',
    schema: STRATEGY_FORM,
    specs,
    saved: strategy?.fields,
    strategyIds: new Set(ids.map(idKey)),
    // The Unit typed in the form decides: a strategy made a `%` metric reads its numbers as percentages.
    fieldContext: (typed) => strategyFieldContext(typed.unit, strategy ?? undefined),
    itemName: 'strategy',
    save: (changes) =>
      sidebar.call('saveStrategy', strategy ? { row: strategy.row, version: strategy.version, changes } : { changes }),
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

const TACTIC_LAYOUT: Readonly<Record<keyof typeof TACTIC_FORM, FieldLayout>> = {
  strategyId: { label: 'Strategy it serves', kind: 'select' },
  statement: { label: 'Tactic', kind: 'textarea' },
  stakeholders: { label: 'Stakeholders' },
  owner: { label: 'Owner' },
  status: { label: 'Status', kind: 'select' },
  indicator: { label: 'Indicator' },
  target: { label: 'Target', kind: 'number' },
  actual: { label: 'Actual', kind: 'number' },
  start: { label: 'Start', kind: 'date' },
  due: { label: 'Due', kind: 'date' },
};

/** The form for a new tactic under `strategyId`, or an edit of an existing tactic. */
export function tacticFormScreen(
  sidebar: Sidebar,
  register: RegisterView,
  tactic: TacticView | null,
  strategyId: string,
  done: FormDone,
): HTMLElement {
  const values = tactic ? tactic.fields : newTacticForm(strategyId, register.today);
  const specs = specsOf(TACTIC_FORM, TACTIC_LAYOUT, values, tactic?.problems ?? {}).map((spec) =>
    spec.name === 'strategyId' ? { ...spec, options: strategyOptions(register, spec.value) } : spec,
  );
  const ids = register.strategies.map((strategy) => strategy.id).filter((id) => id !== '');
  return itemForm(sidebar, {
    title: tactic ? `Edit tactic ${tactic.id}` : 'Add a tactic',
    schema: TACTIC_FORM,
    specs,
    saved: tactic?.fields,
    strategyIds: new Set(ids.map(idKey)),
    itemName: 'tactic',
    save: (changes) =>
      sidebar.call('saveTactic', tactic ? { row: tactic.row, version: tactic.version, changes } : { changes }),
    done,
  });
}
