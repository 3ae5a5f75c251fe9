import type { PreviewState } from '../previewState';

/** The page's calls to the preview server. */

async function json<T>(response: Response): Promise<T> {
  if (!response.ok) throw new Error(await response.text());
  return (await response.json()) as T;
}

export async function fetchState(): Promise<PreviewState> {
  return json<PreviewState>(await fetch('/state'));
}

export interface Answer {
  readonly button: string;
  readonly text?: string;
}

async function post(body: unknown): Promise<PreviewState> {
  const response = await fetch('/run', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return json<PreviewState>(response);
}

/** Runs a menu item's function by name. */
export const runMenuItem = (name: string): Promise<PreviewState> => post({ name });

/** Undoes the last menu run and runs it again, giving its dialogs these answers. */
export const answerAgain = (answers: readonly Answer[]): Promise<PreviewState> => post({ again: true, answers });
