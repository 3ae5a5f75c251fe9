import type { PreviewState, Toast, ViewRequest } from '../previewState';
import {
  activateSheet,
  answerAgain,
  changeSheets,
  clearCells,
  editCells,
  fetchState,
  runMenuItem,
  undoEdit,
} from './api';
import { showDialogs } from './dialogs';
import { byId, el } from './dom';
import { editSelected, isShown, renderGrid, rowOf, selectCell } from './grid';
import { editMenu, extensionsMenu, fileMenu, openMenu } from './menus';

/** The preview page: a spreadsheet-like view of the emulated workbook and the add-on's UI. */

let state: PreviewState | undefined;
/** The sheet and the page of rows the user is looking at. */
let view: { sheet?: string; row: number } = { row: 1 };
let shownSidebarVersion = 0;
let shownDialogVersion = 0;
let shownSelectionVersion = 0;
/** The active sheet last seen: when a run moves it (Set up adds a sheet), the page moves with it. */
let shownActiveSheet: string | null = null;

function setStatus(text: string): void {
  byId('status').textContent = text;
}

function show(sheet: string, row = 1): void {
  view = { sheet, row };
  fetchState(view).then(draw, reportError);
}

/** Renames a tab in place, as double-clicking a tab does in Sheets. */
function renameTab(tab: HTMLElement, name: string): void {
  const input = el('input', { className: 'tab-rename', attrs: { type: 'text', 'aria-label': `Rename ${name}` } });
  input.value = name;
  tab.replaceWith(input);
  input.focus();
  input.select();
  let done = false;
  const finish = (keep: boolean) => {
    if (done) return;
    done = true;
    const newName = input.value.trim();
    if (!keep || newName === '' || newName === name) {
      render();
      return;
    }
    view = { sheet: newName, row: 1 };
    changeSheets('rename', name, newName).then(draw, reportError);
  };
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter') finish(true);
    if (event.key === 'Escape') finish(false);
  });
  input.addEventListener('blur', () => finish(true));
}

function tabMenu(button: HTMLElement, name: string, tab: HTMLElement): void {
  const item = (label: string, choose: () => void) => {
    const node = el('button', { className: 'menu-item', text: label, attrs: { type: 'button', role: 'menuitem' } });
    node.addEventListener('click', () => {
      byId('menu-popup').hidden = true;
      choose();
    });
    return node;
  };
  openMenu(button, [
    item('Rename', () => renameTab(tab, name)),
    item('Delete', () => {
      view = { row: 1 };
      changeSheets('delete', name).then(draw, reportError);
    }),
  ]);
}

function renderTabs(current: PreviewState): void {
  const active = current.sheet?.name;
  const add = el('button', {
    className: 'tab-add',
    text: '+',
    attrs: { type: 'button', 'aria-label': 'Add sheet', title: 'Add sheet' },
  });
  add.addEventListener('click', () => changeSheets('add').then(draw, reportError));
  const tools: HTMLElement[] = [add];
  byId('tabs').replaceChildren(
    ...current.tabs.map((name) => {
      const tab = el('button', {
        className: 'tab',
        text: name,
        attrs: { type: 'button', role: 'tab', 'aria-selected': String(name === active) },
      });
      tab.addEventListener('click', () => {
        view = { sheet: name, row: 1 };
        activateSheet(name).then(draw, reportError);
      });
      tab.addEventListener('dblclick', () => renameTab(tab, name));
      if (name === active) {
        const more = el('button', {
          className: 'tab-more',
          text: '▾',
          attrs: { type: 'button', 'aria-label': `${name} options`, 'aria-haspopup': 'menu' },
        });
        more.addEventListener('click', (event) => tabMenu(event.currentTarget as HTMLElement, name, tab));
        tools.push(more);
      }
      return tab;
    }),
  );
  byId('tab-tools').replaceChildren(...tools);
}

/** The user's edits in the grid: each goes to the server, which answers with the redrawn sheet. */
const gridEdits = {
  edit(a1: string, rows: string[][]) {
    const sheet = state?.sheet?.name;
    if (sheet) editCells(sheet, a1, rows, view.row).then(draw, reportError);
  },
  clear(a1: string) {
    const sheet = state?.sheet?.name;
    if (sheet) clearCells(sheet, a1, view.row).then(draw, reportError);
  },
  undo() {
    undoEdit(currentView()).then(draw, reportError);
  },
};

function render(): void {
  if (!state) return;
  const sheet = state.sheet;
  // The server shows the first tab when the sheet asked for is gone.
  if (sheet && sheet.name !== view.sheet) view = { sheet: sheet.name, row: 1 };
  renderTabs(state);
  renderGrid(sheet, (row) => show(sheet?.name ?? '', row), gridEdits);
}

function closeSidebar(): void {
  byId('sidebar').hidden = true;
  byId<HTMLIFrameElement>('sidebar-frame').removeAttribute('src');
}

function renderSidebar(current: PreviewState): void {
  const sidebar = current.sidebar;
  if (!sidebar || sidebar.version === shownSidebarVersion) return;
  shownSidebarVersion = sidebar.version;
  byId('sidebar-title').textContent = sidebar.title;
  byId<HTMLIFrameElement>('sidebar-frame').src = `/sidebar?v=${sidebar.version}`;
  byId('sidebar').hidden = false;
}

/** Follows the add-on's last selection (activate / setActiveRange) to its sheet, page of rows and cell. */
function followSelection(current: PreviewState): void {
  const selection = current.selection;
  if (!selection || selection.version === shownSelectionVersion) return;
  shownSelectionVersion = selection.version;
  const row = rowOf(selection.a1);
  const sheet = current.sheet;
  if (sheet && sheet.name === selection.sheet && isShown(sheet, row)) {
    selectCell(selection.a1);
    return;
  }
  view = { sheet: selection.sheet, row };
  fetchState(view).then((next) => {
    draw(next);
    selectCell(selection.a1);
  }, reportError);
}

function closeHtmlDialog(): void {
  byId('html-dialog-backdrop').hidden = true;
  byId<HTMLIFrameElement>('html-dialog-frame').removeAttribute('src');
}

function renderHtmlDialog(current: PreviewState): void {
  const dialog = current.htmlDialog;
  if (!dialog || dialog.version === shownDialogVersion) return;
  shownDialogVersion = dialog.version;
  byId('html-dialog-title').textContent = dialog.title;
  byId<HTMLIFrameElement>('html-dialog-frame').src = `/dialog?v=${dialog.version}`;
  byId('html-dialog-backdrop').hidden = false;
}

/** The toasts of the last menu run: answering its dialogs again undoes that run, and them with it. */
let lastRunToasts: HTMLElement[] = [];

/** A toast as Sheets shows one: gone after its timeout, or kept until closed (errors, timeout -1). */
function showToast(toast: Toast, isError = false): HTMLElement {
  const close = el('button', {
    className: 'icon-button toast-close',
    text: '×',
    attrs: { type: 'button', 'aria-label': 'Close message' },
  });
  const node = el(
    'div',
    { className: isError ? 'toast error' : 'toast', attrs: { role: isError ? 'alert' : 'status' } },
    [
      el('div', { className: 'toast-title', text: toast.title }),
      el('div', { className: 'toast-message', text: toast.message }),
      close,
    ],
  );
  close.addEventListener('click', () => node.remove());
  byId('toasts').append(node);
  if (!isError && toast.timeoutSeconds > 0) setTimeout(() => node.remove(), toast.timeoutSeconds * 1000);
  return node;
}

/** Draws a new state: the grid, and whatever the add-on opened or selected since the last one. */
function draw(next: PreviewState): void {
  state = next;
  if (next.activeSheet !== shownActiveSheet) {
    shownActiveSheet = next.activeSheet;
    if (next.activeSheet && next.activeSheet !== next.sheet?.name) {
      show(next.activeSheet);
      return;
    }
  }
  render();
  renderSidebar(next);
  renderHtmlDialog(next);
  followSelection(next);
}

function applyRun(next: PreviewState, dialogsFrom: number): void {
  draw(next);
  const run = next.lastRun;
  if (!run) return;
  lastRunToasts = run.toasts.map((toast) => showToast(toast));
  if (!run.ok) {
    const failure = { title: `${run.functionName} failed`, message: run.error ?? '', timeoutSeconds: -1 };
    lastRunToasts.push(showToast(failure, true));
  }
  showDialogs(run.dialogs, dialogsFrom, (answers, answeredUpTo) => {
    answerAgain(answers, currentView()).then((again) => {
      // That run is undone: what it said ("Snapshot 2026-Q4 taken") is no longer true.
      for (const toast of lastRunToasts) toast.remove();
      applyRun(again, answeredUpTo + 1);
    }, reportError);
  });
}

function currentView(): ViewRequest {
  return view.sheet === undefined ? { row: view.row } : { sheet: view.sheet, row: view.row };
}

function reportError(error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  showToast({ title: 'The preview server failed', message, timeoutSeconds: -1 }, true);
}

function run(functionName: string): void {
  setStatus(`Running ${functionName}…`);
  runMenuItem(functionName, currentView())
    .then((next) => applyRun(next, 0), reportError)
    .finally(() => setStatus(''));
}

function refresh(): void {
  fetchState(currentView()).then(draw, reportError);
}

async function start(): Promise<void> {
  // The cells scroll; keyboard users reach them with Tab and scroll with the arrow keys.
  byId('grid-scroll').tabIndex = 0;
  byId('extensions-menu-button').addEventListener('click', (event) =>
    openMenu(event.currentTarget as HTMLElement, extensionsMenu(state?.menus ?? [], run)),
  );
  byId('file-menu-button').addEventListener('click', (event) =>
    openMenu(event.currentTarget as HTMLElement, fileMenu()),
  );
  byId('edit-menu-button').addEventListener('click', (event) =>
    openMenu(event.currentTarget as HTMLElement, editMenu(gridEdits.undo)),
  );
  byId('formula').addEventListener('click', editSelected);
  byId('sidebar-close').addEventListener('click', closeSidebar);
  byId('html-dialog-close').addEventListener('click', closeHtmlDialog);
  window.addEventListener('message', (event) => {
    if (event.origin !== window.location.origin) return;
    const type = (event.data as { type?: unknown } | null)?.type;
    const fromDialog = event.source === byId<HTMLIFrameElement>('html-dialog-frame').contentWindow;
    if (type === 'google.script.host.close') {
      if (fromDialog) closeHtmlDialog();
      else closeSidebar();
    }
    // The sidebar's calls may change cells: redraw when it hands focus back to the sheet.
    if (type === 'google.script.run.done' || type === 'google.script.host.editor.focus') refresh();
  });
  state = await fetchState(currentView());
  // A reload is a reopened document: sidebars and dialogs shown before stay closed.
  shownSidebarVersion = state.sidebar?.version ?? 0;
  shownDialogVersion = state.htmlDialog?.version ?? 0;
  shownSelectionVersion = state.selection?.version ?? 0;
  shownActiveSheet = state.activeSheet;
  render();
  document.body.dataset.ready = 'true';
}

start().catch(reportError);
