import type { Answer } from './api';
import { byId, el } from './dom';

/**
 * Alerts and prompts. The add-on runs on the server, where a dialog must be answered at
 * once: it gets the default answer (OK, or an empty prompt). The page then shows each
 * dialog with the answer it got; choosing another answer undoes that run and runs it
 * again with the new answer, so the spreadsheet ends as if the user had answered so.
 */

interface DialogRecord {
  kind?: 'alert' | 'prompt';
  title: string;
  message: string;
  buttons?: string;
  answer?: { button: string; text?: string };
}

const BUTTON_SETS: Record<string, string[]> = {
  OK: ['OK'],
  OK_CANCEL: ['OK', 'CANCEL'],
  YES_NO: ['YES', 'NO'],
  YES_NO_CANCEL: ['YES', 'NO', 'CANCEL'],
};

const LABELS: Record<string, string> = { OK: 'OK', CANCEL: 'Cancel', YES: 'Yes', NO: 'No', CLOSE: 'Close' };

function answerOf(dialog: DialogRecord): Answer {
  const button = dialog.answer?.button ?? 'OK';
  return dialog.kind === 'prompt' ? { button, text: dialog.answer?.text ?? '' } : { button };
}

/** Shows `dialogs` from `index` on; `answerAgain` re-runs with the answers chosen so far. */
export function showDialogs(
  dialogs: readonly unknown[],
  index: number,
  answerAgain: (answers: Answer[], answeredUpTo: number) => void,
): void {
  const backdrop = byId('dialog-backdrop');
  const records = dialogs as DialogRecord[];
  const dialog = records[index];
  if (!dialog) {
    backdrop.hidden = true;
    return;
  }
  const given = answerOf(dialog);
  const input = byId<HTMLInputElement>('dialog-input');
  byId('dialog-title').textContent = dialog.title || 'Strategy Register';
  byId('dialog-message').textContent = dialog.message;
  input.hidden = dialog.kind !== 'prompt';
  input.value = given.text ?? '';
  byId('dialog-note').textContent = `The add-on got “${LABELS[given.button] ?? given.button}”${
    dialog.kind === 'prompt' ? ` with “${given.text ?? ''}”` : ''
  }. Another answer undoes this run and runs it again with yours.`;
  const buttons = BUTTON_SETS[dialog.buttons ?? 'OK'] ?? ['OK'];
  byId('dialog-buttons').replaceChildren(
    ...buttons.map((button) => {
      const node = el('button', { text: LABELS[button] ?? button, attrs: { type: 'button' } });
      if (button === given.button) node.classList.add('answered');
      node.addEventListener('click', () => {
        const chosen: Answer = dialog.kind === 'prompt' ? { button, text: input.value } : { button };
        if (chosen.button === given.button && chosen.text === given.text) {
          showDialogs(dialogs, index + 1, answerAgain);
          return;
        }
        const earlier = records.slice(0, index).map(answerOf);
        answerAgain([...earlier, chosen], index);
      });
      return node;
    }),
  );
  backdrop.hidden = false;
  byId('dialog-buttons').querySelector<HTMLElement>('.answered')?.focus();
}
