/**
 * Import: the mapping editor. Each column of the source sheet with the register field it
 * fills (or Ignore), a preview of the first items as they will land, and Import. Opened by
 * the menu's Import a plan from this sheet… (No) on the sheet it read.
 */
import type { ColumnChoice } from '../../domain/import/importFields';
import { itemCount } from '../../domain/import/itemCount';
import type { MappingChoice } from '../../domain/import/mappingSchema';
import type { ImportItemView, ImportView } from '../../server/api/importTypes';
import { h, spinner } from '../dom';
import {
  CHOICE_OPTIONS,
  columnHint,
  columnLabel,
  mappingErrors,
  mappingOf,
  withChoice,
  withHeaderRow,
} from '../importModel';
import { failureMessage } from '../serverClient';
import { field } from './formFields';
import type { Sidebar } from './shell';

interface EditorState {
  sheet: string | null;
  mapping: MappingChoice | null;
  /** The field the user changed last, focused again once the view is read anew. */
  focus?: string | undefined;
  /** What the last import said, shown over the view read again after it. */
  told?: { readonly ok: boolean; readonly message: string } | undefined;
}

function itemLine(item: ImportItemView): HTMLElement {
  const title = h(
    'p',
    { class: 'import-item-title' },
    h('span', { class: 'item-id' }, item.id),
    ' ',
    h('span', { class: item.kind === 'strategy' ? 'strategy-statement' : 'tactic-statement' }, item.statement),
  );
  const cells = item.cells.map(([header, text]) =>
    h('li', { class: 'import-cell' }, h('span', { class: 'meta' }, `${header}: `), text),
  );
  return h(
    'li',
    { class: item.kind === 'strategy' ? 'import-item strategy' : 'import-item tactic' },
    title,
    cells.length > 0 ? h('ul', { class: 'import-cells' }, ...cells) : null,
    h('p', { class: 'meta' }, `From ${item.source}`),
  );
}

function previewList(view: ImportView): HTMLElement {
  if (view.preview.length === 0) return h('p', { class: 'meta' }, 'Nothing new to add.');
  const shown = view.preview.length;
  const total = view.counts.strategies + view.counts.tactics;
  return h(
    'div',
    {},
    h('ul', { class: 'import-preview', 'aria-label': 'Rows as they will land' }, ...view.preview.map(itemLine)),
    total > shown ? h('p', { class: 'meta' }, `The first ${shown} of ${total} items.`) : null,
  );
}

function findingsList(view: ImportView): HTMLElement | null {
  if (view.findings.length === 0) return null;
  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'import-findings-heading' },
    h('h2', { id: 'import-findings-heading' }, `Left blank or not imported (${view.findings.length})`),
    h(
      'ul',
      { class: 'import-findings' },
      ...view.findings.map((message) => h('li', { class: 'import-finding' }, message)),
    ),
  );
}

/** What an import said, and where to go next when it worked. */
function outcomeLines(sidebar: Sidebar, outcome: { readonly ok: boolean; readonly message: string }): HTMLElement[] {
  const told = h('p', { class: outcome.ok ? 'result ok' : 'result failed', role: 'status' }, outcome.message);
  if (!outcome.ok) return [told];
  const next = h(
    'div',
    { class: 'actions' },
    h('button', { type: 'button', onclick: () => sidebar.open('health') }, 'See the findings'),
    h('button', { type: 'button', onclick: () => sidebar.open('register') }, 'Open the register'),
  );
  return [told, next];
}

function renderEditor(sidebar: Sidebar, state: EditorState, view: ImportView, reload: () => void): HTMLElement {
  state.sheet = view.sheet;
  const sheetField = field({
    name: 'sheet',
    label: 'Plan on sheet',
    value: view.sheet,
    kind: 'select',
    options: view.sheets.map((name) => ({ value: name, label: name })),
  });
  sheetField.control.addEventListener('change', () => {
    state.sheet = sheetField.control.value;
    state.mapping = null;
    state.told = undefined;
    state.focus = 'sheet';
    reload();
  });
  const headerField = field({
    name: 'headerRow',
    label: 'Headers in row',
    value: String(view.headerRow),
    kind: 'number',
    hint: `A row from 1 to ${Math.max(view.rowCount, 1)}; the table runs down past blank rows to the last row, or to the next header row.`,
  });
  headerField.control.addEventListener('change', () => {
    const row = Number(headerField.control.value);
    const next = withHeaderRow(row);
    const errors = mappingErrors(next, view.rowCount);
    headerField.setError(errors.headerRow);
    if (errors.headerRow !== undefined) return;
    state.mapping = next;
    state.told = undefined;
    state.focus = 'headerRow';
    reload();
  });

  const current = mappingOf(view);
  const columnFields = view.columns.map((column) => {
    const item = field({
      name: column.letter,
      label: columnLabel(column),
      value: column.field,
      kind: 'select',
      options: CHOICE_OPTIONS,
      hint: columnHint(column),
    });
    item.element.classList.add('compact');
    item.control.addEventListener('change', () => {
      const next = withChoice(state.mapping ?? current, column.column, item.control.value as ColumnChoice);
      const errors = mappingErrors(next, view.rowCount);
      for (const other of columnFields) other.setError(errors[other.name]);
      if (Object.keys(errors).length > 0) {
        item.control.focus();
        return;
      }
      state.mapping = next;
      state.told = undefined;
      state.focus = column.letter;
      reload();
    });
    return item;
  });
  const refocus = [sheetField, headerField, ...columnFields].find((item) => item.name === state.focus);
  // After the view replaces the old one, in the same task: keyboard users stay on the column they changed.
  if (refocus) queueMicrotask(() => refocus.control.focus());

  const result = h('div', { 'aria-live': 'polite' });
  if (state.told) result.replaceChildren(...outcomeLines(sidebar, state.told));
  const importButton = h(
    'button',
    { type: 'button', class: 'primary', disabled: view.refusal !== undefined || view.preview.length === 0 },
    view.refusal === undefined && view.preview.length > 0 ? `Import ${view.summary}` : 'Import',
  );
  importButton.addEventListener('click', async () => {
    importButton.disabled = true;
    result.replaceChildren(spinner('Importing the plan…'));
    try {
      const outcome = await sidebar.call('importPlanNow', view.sheet, state.mapping);
      if (outcome.ok) {
        // Read the sheet again, so the preview shows what is left to import (nothing, once it is all in).
        state.told = outcome;
        state.focus = undefined;
        reload();
        return;
      }
      result.replaceChildren(...outcomeLines(sidebar, outcome));
      importButton.disabled = false;
    } catch (error) {
      result.replaceChildren();
      importButton.disabled = false;
      sidebar.banner(failureMessage(error));
    }
  });

  const found =
    view.refusal === undefined
      ? h(
          'div',
          { class: 'card' },
          h('p', { class: 'import-summary' }, `${view.summary[0]?.toUpperCase() ?? ''}${view.summary.slice(1)}.`),
          h('p', { class: 'meta' }, `Layout: ${view.layoutText ?? ''}.`),
          view.importedBefore.strategies + view.importedBefore.tactics > 0
            ? h(
                'p',
                { class: 'meta' },
                `Imported before, not added again: ${itemCount(view.importedBefore.strategies, view.importedBefore.tactics)}.`,
              )
            : null,
        )
      : h('p', { class: 'result failed', role: 'status' }, view.refusal);

  return h(
    'div',
    {},
    sheetField.element,
    headerField.element,
    found,
    h(
      'section',
      { 'aria-labelledby': 'import-columns-heading' },
      h('h2', { id: 'import-columns-heading' }, 'Columns'),
      ...columnFields.map((item) => item.element),
    ),
    view.refusal === undefined
      ? h(
          'section',
          { 'aria-labelledby': 'import-preview-heading' },
          h('h2', { id: 'import-preview-heading' }, 'Preview'),
          previewList(view),
        )
      : null,
    findingsList(view),
    h('div', { class: 'actions' }, importButton),
    result,
  );
}

/** The Import view, on `sheet` (the sheet the menu read), or the active sheet when none is named. */
export function importScreen(sidebar: Sidebar, sheet: string | null): HTMLElement {
  const body = h('div', {});
  const state: EditorState = { sheet, mapping: null };
  const reload = (): void => {
    void sidebar.load(
      body,
      'Reading the plan…',
      () => sidebar.call('importPreview', state.sheet, state.mapping),
      (view) => renderEditor(sidebar, state, view, reload),
    );
  };
  reload();
  return h(
    'section',
    { class: 'view', 'aria-labelledby': 'import-heading' },
    h('h1', { id: 'import-heading' }, 'Import a plan'),
    body,
  );
}
