import type { PreviewState } from '../previewState';
import { answerAgain, fetchState, runMenuItem } from './api';
import { showDialogs } from './dialogs';
import { byId, el } from './dom';
import { renderGrid, selectCell } from './grid';
import { extensionsMenu, fileMenu, openMenu } from './menus';

/** The preview page: a spreadsheet-like view of the emulated workbook and the add-on's UI. */

let state: PreviewState | undefined;
let activeSheet = '';
let shownSidebarVersion = 0;
let shownDialogVersion = 0;
let shownSelectionVersion = 0;

function setStatus(text: string): void {
  byId('status').textContent = text;
}

function renderTabs(current: PreviewState): void {
  if (!current.sheets.some((sheet) => sheet.name === activeSheet)) activeSheet = current.sheets[0]?.name ?? '';
  byId('tabs').replaceChildren(
    ...current.sheets.map((sheet) => {
      const tab = el('button', {
        className: 'tab',
        text: sheet.name,
        attrs: { type: 'button', role: 'tab', 'aria-selected': String(sheet.name === activeSheet) },
      });
      tab.addEventListener('click', () => {
        activeSheet = sheet.name;
        render();
      });
      return tab;
    }),
  );
  renderGrid(current.sheets.find((sheet) => sheet.name === activeSheet));
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

/** Follows the add-on's last selection (activate / setActiveRange) to its sheet and cell. */
function followSelection(current: PreviewState): void {
  const selection = current.selection;
  if (!selection || selection.version === shownSelectionVersion) return;
  shownSelectionVersion = selection.version;
  if (selection.sheet !== activeSheet) {
    activeSheet = selection.sheet;
    render();
  }
  selectCell(selection.a1);
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

function showToast(title: string, message: string, isError = false): void {
  const toast = el('div', { className: isError ? 'toast error' : 'toast', attrs: { role: 'status' } }, [
    el('div', { className: 'toast-title', text: title }),
    el('div', { className: 'toast-message', text: message }),
  ]);
  byId('toasts').append(toast);
  // Sheets shows a toast for about five seconds.
  setTimeout(() => toast.remove(), 6000);
}

function render(): void {
  if (!state) return;
  renderTabs(state);
}

function applyRun(next: PreviewState, dialogsFrom: number): void {
  state = next;
  render();
  renderSidebar(next);
  renderHtmlDialog(next);
  followSelection(next);
  const run = next.lastRun;
  if (!run) return;
  for (const toast of run.toasts) showToast(toast.title, toast.message);
  if (!run.ok) showToast(`${run.functionName} failed`, run.error ?? '', true);
  showDialogs(run.dialogs, dialogsFrom, (answers, answeredUpTo) => {
    answerAgain(answers).then((again) => applyRun(again, answeredUpTo + 1), reportError);
  });
}

function reportError(error: unknown): void {
  showToast('The preview server failed', error instanceof Error ? error.message : String(error), true);
}

function run(functionName: string): void {
  setStatus(`Running ${functionName}…`);
  runMenuItem(functionName)
    .then((next) => applyRun(next, 0), reportError)
    .finally(() => setStatus(''));
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
  state = await fetchState();
  // A reload is a reopened document: sidebars and dialogs shown before stay closed.
  shownSidebarVersion = state.sidebar?.version ?? 0;
  shownDialogVersion = state.htmlDialog?.version ?? 0;
  shownSelectionVersion = state.selection?.version ?? 0;
  render();
  document.body.dataset.ready = 'true';
}

function refresh(): void {
  fetchState().then((next) => {
    state = next;
    render();
    renderSidebar(next);
    renderHtmlDialog(next);
    followSelection(next);
  }, reportError);
}

start().catch(reportError);
