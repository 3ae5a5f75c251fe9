/**
 * Labelled form controls with an error sentence under each, tied together with
 * aria-describedby so screen readers read the error with the field.
 */
import { h, uniqueId } from '../dom';
import type { FieldErrors } from '../validation';

export type Control = HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;

export interface FieldSpec {
  readonly name: string;
  readonly label: string;
  readonly value: string;
  readonly kind?: 'text' | 'number' | 'date' | 'textarea' | 'select';
  readonly options?: readonly { readonly value: string; readonly label: string }[];
  readonly hint?: string;
  readonly required?: boolean;
}

export interface Field {
  readonly name: string;
  readonly element: HTMLElement;
  readonly control: Control;
  setError(message: string | undefined): void;
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
      return h('input', { ...common, type: 'date', value: spec.value });
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
  const hint = spec.hint ? h('p', { class: 'hint', id: `${id}-hint` }, spec.hint) : null;
  const describedBy = () => [hint ? hint.id : '', error.hidden ? '' : error.id].filter((part) => part !== '').join(' ');
  const label = h(
    'label',
    { for: id },
    spec.label,
    spec.required ? h('span', { class: 'required' }, ' (required)') : null,
  );
  const element = h('div', { class: 'field' }, label, control, hint, error);
  const setError = (message: string | undefined) => {
    error.textContent = message ?? '';
    error.hidden = message === undefined;
    element.classList.toggle('invalid', message !== undefined);
    if (message === undefined) control.removeAttribute('aria-invalid');
    else control.setAttribute('aria-invalid', 'true');
    const ids = describedBy();
    if (ids === '') control.removeAttribute('aria-describedby');
    else control.setAttribute('aria-describedby', ids);
  };
  setError(undefined);
  return { name: spec.name, element, control, setError };
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
