/**
 * Labelled form controls with an error sentence under each, tied together with
 * aria-describedby so screen readers read the error with the field. A control opens on
 * what its cell holds, as it stands; a cell that cannot be read keeps its text and shows
 * the health check's sentence until the user changes it.
 */
import { isIsoDay } from '../../domain/edit/formFields';
import { h, uniqueId } from '../dom';

/** One sentence per field name that needs attention; an empty object means all is well. */
export type FieldErrors = Readonly<Record<string, string>>;

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly kind?: 'text' | 'number' | 'date' | 'textarea' | 'select';
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  readonly hint?: string;
  readonly required?: boolean;
  /** Why the cell's value cannot be read, shown until the field is changed. */
  readonly problem?: string;
}

export interface Field {
  readonly name: string;
  readonly element: HTMLElement;
  readonly control: Control;
  /** The text the field opened with: unchanged fields are not saved. */
  readonly opened: string;
  setError(message: string | undefined): void;
}

/** A date control only for a day or a blank: a browser's date input would show other text as blank. */
function isDayOrBlank(value: string): boolean {
  return value === '' || isIsoDay(value);
}

function makeControl(spec: FieldSpec, id: string): Control {
  const common = { id, name: spec.name, required: spec.required === true };
  switch (spec.kind) {
    case 'textarea':
      return h('textarea', { ...common, rows: 3, value: spec.value });
    case 'select': {
      const select = h('select', common);
      for (const option of spec.options ?? []) select.append(h('option', { value: option.value }, option.label));
      select.value = spec.value;
      return select;
    }
    case 'date':
      if (isDayOrBlank(spec.value)) return h('input', { ...common, type: 'date', value: spec.value });
      return h('input', { ...common, type: 'text', autocomplete: 'off', value: spec.value });
    case 'number':
      // Text with a decimal keyboard: the browser's number input hides what was typed when invalid.
      return h('input', { ...common, type: 'text', inputmode: 'decimal', autocomplete: 'off', value: spec.value });
    default:
      return h('input', { ...common, type: 'text', autocomplete: 'off', value: spec.value });
  }
}

export function field(spec: FieldSpec): Field {
  const id = uniqueId(`field-${spec.name}`);
  const control = makeControl(spec, id);
  const error = h('p', { class: 'field-error', id: `${id}-error`, hidden: true });
  // A date input shows its own format; the hint is for a date cell shown as the text it holds.
  const hintText = spec.kind === 'date' && isDayOrBlank(spec.value) ? undefined : spec.hint;
  const hint = hintText ? h('p', { class: 'hint', id: `${id}-hint` }, hintText) : null;
  const problem = spec.problem ? h('p', { class: 'field-problem', id: `${id}-problem` }, spec.problem) : null;
  const describedBy = () =>
    [hint, problem?.hidden ? null : problem, error.hidden ? null : error]
      .flatMap((part) => (part ? [part.id] : []))
      .join(' ');
  const label = h(
    'label',
    { for: id },
    spec.label,
    spec.required ? h('span', { class: 'required' }, ' (required)') : null,
  );
  const element = h('div', { class: 'field' }, label, control, hint, problem, error);
  const describe = () => {
    const ids = describedBy();
    if (ids === '') control.removeAttribute('aria-describedby');
    else control.setAttribute('aria-describedby', ids);
  };
  const setError = (message: string | undefined) => {
    error.textContent = message ?? '';
    error.hidden = message === undefined;
    element.classList.toggle('invalid', message !== undefined);
    if (message === undefined) control.removeAttribute('aria-invalid');
    else control.setAttribute('aria-invalid', 'true');
    describe();
  };
  if (problem) {
    // Once changed, the field no longer holds the cell's value: its problem no longer applies.
    const settle = () => {
      problem.hidden = control.value === spec.value;
      describe();
    };
    control.addEventListener('input', settle);
    control.addEventListener('change', settle);
  }
  setError(undefined);
  return { name: spec.name, element, control, opened: spec.value, setError };
}

/** The value of a date input that holds a half-typed date, which browsers report as ''. */
export function isHalfTypedDate(control: Control): boolean {
  return control instanceof HTMLInputElement && control.type === 'date' && control.validity.badInput;
}

/** Current values of the fields, by name. */
export function readFields(fields: readonly Field[]): Record<string, string> {
  const values: Record<string, string> = {};
  // A half-typed date reads as '' in the browser; keep it visibly wrong so validation names it.
  for (const item of fields) values[item.name] = isHalfTypedDate(item.control) ? 'incomplete' : item.control.value;
  return values;
}

/** The text each field opened with, by name. */
export function openedFields(fields: readonly Field[]): Record<string, string> {
  return Object.fromEntries(fields.map((item) => [item.name, item.opened]));
}

/**
 * Shows each error beside its field and clears the rest; errors for names no field has
 * are returned so the form can list them. Focus goes to the first field in error.
 */
export function showFieldErrors(fields: readonly Field[], errors: FieldErrors): string[] {
  let first: Control | undefined;
  for (const item of fields) {
    const message = errors[item.name];
    item.setError(message);
    if (message !== undefined && !first) first = item.control;
  }
  first?.focus();
  const known = new Set(fields.map((item) => item.name));
  return Object.entries(errors)
    .filter(([name]) => !known.has(name))
    .map(([, message]) => message);
}
