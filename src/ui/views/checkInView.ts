/**
 * Check in: the active strategies and tactics, filterable by stakeholder group, each with
 * its last value, days since its last check-in and its target. The user fills any subset
 * (value, confidence, note) and saves once; only what was filled is sent.
 */
import type { CheckInField } from '../../domain/checkins/checkInPlan';
import { hintOf } from '../../domain/edit/formFields';
import { STRATEGY_FORM } from '../../domain/edit/formSchemas';
import type { CheckInSaveResult, RegisterView } from '../../server/api/wireTypes';
import {
  type CheckInRow,
  type CheckInTexts,
  checkInBatch,
  checkInRows,
  checkTyped,
  lastCheckInLine,
  rowsForGroup,
} from '../checkInModel';
import { h, spinner, uniqueId } from '../dom';
import { stakeholderGroupOptions } from '../registerModel';
import { type Field, field, showFieldErrors } from './formFields';
import type { Sidebar } from './shell';

const FIELDS: readonly (keyof CheckInTexts)[] = ['value', 'confidence', 'note'];

/** A field's name in the form: the item's ID and the field, so an error finds its control. */
const fieldName = (id: string, part: CheckInField | 'by') => `${id}\u0000${part}`;

interface ItemFields {
  readonly row: CheckInRow;
  readonly fields: Readonly<Record<keyof CheckInTexts, Field>>;
  readonly element: HTMLElement;
}

function itemFields(row: CheckInRow): ItemFields {
  const valueLabel = row.kind === 'strategy' ? `Value${row.percent ? ' (%)' : ''}` : 'Actual';
  const valueHint = hintOf(STRATEGY_FORM.current, row.percent ? { percent: true } : {});
  const fields = {
    value: field({
      name: fieldName(row.id, 'value'),
      label: valueLabel,
      value: '',
      kind: 'number',
      ...(valueHint ? { hint: valueHint } : {}),
    }),
    confidence: field({ name: fieldName(row.id, 'confidence'), label: 'Confidence (0–10)', value: '', kind: 'number' }),
    note: field({ name: fieldName(row.id, 'note'), label: 'Note', value: '', kind: 'textarea' }),
  };
  fields.note.control.setAttribute('rows', '2');
  const stale = row.checkIns.stale;
  const element = h(
    'li',
    { class: `card checkin ${row.kind}`, 'data-id': row.id },
    h(
      'h2',
      { class: row.kind === 'strategy' ? 'strategy-statement' : 'tactic-statement' },
      h('span', { class: 'item-id' }, row.id),
      ' ',
      row.statement,
    ),
    h('p', { class: stale ? 'meta overdue' : 'meta' }, lastCheckInLine(row), stale ? ' · check-in overdue' : ''),
    h('div', { class: 'checkin-fields' }, fields.value.element, fields.confidence.element),
    fields.note.element,
  );
  return { row, fields, element };
}

function typedTexts(item: ItemFields): CheckInTexts {
  return {
    value: item.fields.value.control.value,
    confidence: item.fields.confidence.control.value,
    note: item.fields.note.control.value,
  };
}

function renderCheckIn(sidebar: Sidebar, view: RegisterView, notice: string | undefined): HTMLElement {
  if (view.needsSetUp) {
    return h('p', { class: 'meta' }, 'Set up the register first (Register view), then check in here.');
  }
  const rows = checkInRows(view);
  // Built once, so what was typed stays when the group filter changes.
  const items = rows.map(itemFields);
  const list = h('ul', { class: 'checkins', 'aria-label': 'Items to check in' });
  const count = h('p', { class: 'meta', role: 'status' });
  const groupId = uniqueId('filter');
  const groupSelect = h('select', { id: groupId });
  groupSelect.append(h('option', { value: '' }, 'All groups'));
  const groups = stakeholderGroupOptions(view);
  for (const group of groups) groupSelect.append(h('option', { value: group }, group));
  const refresh = () => {
    const shown = new Set(rowsForGroup(rows, groupSelect.value).map((row) => row.id));
    const visible = items.filter((item) => shown.has(item.row.id));
    list.replaceChildren(...visible.map((item) => item.element));
    if (visible.length === 0) list.append(h('li', { class: 'meta' }, 'No active strategy or tactic names this group.'));
    count.textContent = `${visible.length} of ${rows.length} active items`;
  };
  let lastGroup = '';
  const byField = field({
    name: fieldName('', 'by'),
    label: 'Checking in as (stakeholder group, optional)',
    value: '',
    kind: 'text',
  });
  groupSelect.addEventListener('change', () => {
    // "What is mine to update" also says who is checking in, unless the user chose otherwise.
    if (byField.control.value === '' || byField.control.value === lastGroup) byField.control.value = groupSelect.value;
    lastGroup = groupSelect.value;
    refresh();
  });
  const listId = uniqueId('groups');
  byField.control.setAttribute('list', listId);
  const groupList = h('datalist', { id: listId }, ...groups.map((group) => h('option', { value: group })));
  refresh();

  const allFields = [byField, ...items.flatMap((item) => FIELDS.map((part) => item.fields[part]))];
  const result = h('div', { 'aria-live': 'polite' }, notice ? h('p', { class: 'result ok' }, notice) : null);
  const saveButton = h('button', { type: 'submit', class: 'primary' }, 'Save check-ins');
  const save = async () => {
    const typed = new Map<string, CheckInTexts>();
    const errors: Record<string, string> = {};
    for (const item of items) {
      const texts = typedTexts(item);
      typed.set(item.row.id, texts);
      for (const [part, message] of Object.entries(checkTyped(item.row, texts))) {
        errors[fieldName(item.row.id, part as CheckInField)] = message;
      }
    }
    const batch = checkInBatch(typed, byField.control.value);
    const others = showFieldErrors(allFields, errors);
    const refusal =
      Object.keys(errors).length > 0
        ? (others[0] ?? 'Nothing was saved: see the fields marked.')
        : batch.entries.length === 0
          ? 'Nothing to save yet: fill in a value, a confidence or a note for at least one item.'
          : undefined;
    if (refusal !== undefined) {
      result.replaceChildren(h('p', { class: 'result failed', role: 'alert' }, refusal));
      return;
    }
    saveButton.disabled = true;
    result.replaceChildren(spinner('Saving the check-ins…'));
    try {
      const outcome: CheckInSaveResult = await sidebar.call('saveCheckIns', batch);
      if (outcome.ok) {
        sidebar.show(checkInScreen(sidebar, outcome.message));
        return;
      }
      const refused: Record<string, string> = {};
      for (const [id, byPart] of Object.entries(outcome.fieldErrors)) {
        for (const [part, message] of Object.entries(byPart))
          if (message) refused[fieldName(id, part as CheckInField)] = message;
      }
      showFieldErrors(allFields, refused);
      result.replaceChildren(h('p', { class: 'result failed', role: 'alert' }, outcome.message));
    } catch (error) {
      result.replaceChildren();
      sidebar.failed(error, () => void save());
    } finally {
      saveButton.disabled = false;
    }
  };
  const form = h(
    'form',
    {
      novalidate: true,
      onsubmit: (event: Event) => {
        event.preventDefault();
        void save();
      },
    },
    h(
      'div',
      { class: 'toolbar' },
      h(
        'div',
        { class: 'field compact' },
        h('label', { for: groupId }, 'Mine to update (stakeholder group)'),
        groupSelect,
      ),
    ),
    byField.element,
    groupList,
    count,
    list,
    h('div', { class: 'actions sticky' }, saveButton),
    result,
  );
  return rows.length === 0 ? h('p', { class: 'meta' }, 'No active strategy or tactic to check in.') : form;
}

/** The check-in screen; `notice` says what the last save did. */
export function checkInScreen(sidebar: Sidebar, notice?: string): HTMLElement {
  const body = h('div', { class: 'checkin-body' });
  void sidebar.load(
    body,
    'Loading the items to check in…',
    () => sidebar.call('getRegister'),
    (view) => renderCheckIn(sidebar, view, notice),
  );
  return h(
    'section',
    { class: 'view', 'aria-labelledby': 'checkin-heading' },
    h('h1', { id: 'checkin-heading' }, 'Check in'),
    h(
      'p',
      { class: 'hint' },
      'Fill in what has moved, for any items; blank fields are left as they are. One save records them all.',
    ),
    body,
  );
}
