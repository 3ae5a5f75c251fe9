import type { PreviewState, ViewRequest } from '../previewState';

/** The page's calls to the preview server; each answers with the state of the sheet in `view`. */

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(await response.text());
  return (await response.json()) as T;
}

export async function fetchState(view: ViewRequest): Promise<PreviewState> {
  const query = new URLSearchParams();
  if (view.sheet !== undefined) query.set('sheet', view.sheet);
  if (view.row !== undefined) query.set('row', String(view.row));
  return json<PreviewState>(await fetch(`/state?${query}`));
}

export interface Answer {
  readonly button: string;
  readonly text?: string;
}

async function post(body: unknown, to = '/run'): Promise<PreviewState> {
  const response = await fetch(to, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return json<PreviewState>(response);
}

/** Runs a menu item's function by name. */
export const runMenuItem = (name: string, view: ViewRequest): Promise<PreviewState> => post({ name, view });

/** Undoes the last menu run and runs it again, giving its dialogs these answers. */
export const answerAgain = (answers: readonly Answer[], view: ViewRequest): Promise<PreviewState> =>
  post({ again: true, answers, view });

/** The user opens a sheet's tab: the sheet becomes the spreadsheet's active sheet. */
export const activateSheet = (sheet: string): Promise<PreviewState> => post({ sheet }, '/activate');

/** The user typed or pasted text (rows of cells) from the cell `a1`. */
export const editCells = (sheet: string, a1: string, values: readonly (readonly string[])[], row: number) =>
  post({ sheet, a1, values, row }, '/edit');

/** The user pressed Delete on the cells of `a1`. */
export const clearCells = (sheet: string, a1: string, row: number) => post({ sheet, a1, row }, '/clear');

/** Undoes the user's last edit. */
export const undoEdit = (view: ViewRequest) => post({ ...view }, '/undo');

/** Adds, renames or deletes a sheet's tab. */
export const changeSheets = (action: 'add' | 'rename' | 'delete', name = '', newName = '') =>
  post({ action, name, newName }, '/sheets');
