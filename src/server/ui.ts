/** The server's only way to talk to the user outside the sidebar: toasts, alerts, questions and prompts. */

import { ADDON_NAME } from '../domain/menuLabels';
import type { OperationResult } from './api/wireTypes';

export const ADDON_TITLE = ADDON_NAME;

/**
 * A toast only reports work already done, so a toast that fails must not turn that work
 * into a reported failure; the execution log keeps the error.
 */
export function toast(message: string, title = ADDON_TITLE): void {
  try {
    SpreadsheetApp.getActiveSpreadsheet().toast(message, title);
  } catch (error) {
    console.warn(`The toast "${message}" could not be shown.`, error);
  }
}

export function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(ADDON_TITLE, message, ui.ButtonSet.OK);
}

export type Answer = 'yes' | 'no' | 'cancel';

/** A question with Yes and No (and Cancel when `withCancel`); closing the dialog is Cancel. */
export function ask(message: string, withCancel = false): Answer {
  const ui = SpreadsheetApp.getUi();
  const answer = ui.alert(ADDON_TITLE, message, withCancel ? ui.ButtonSet.YES_NO_CANCEL : ui.ButtonSet.YES_NO);
  if (answer === ui.Button.YES) return 'yes';
  if (answer === ui.Button.NO) return 'no';
  return 'cancel';
}

/** A prompt with OK and Cancel: the text typed, or null when the user cancelled. */
export function promptText(message: string): string | null {
  const ui = SpreadsheetApp.getUi();
  const response = ui.prompt(ADDON_TITLE, message, ui.ButtonSet.OK_CANCEL);
  return response.getSelectedButton() === ui.Button.OK ? response.getResponseText() : null;
}

/** A menu item's outcome: a toast when it worked, a dialog with the reason when it did not. */
export function tellResult(result: OperationResult): void {
  if (result.ok) toast(result.message);
  else alert(result.message);
}

/** Shows the sidebar page. */
export function showSidebar(page: GoogleAppsScript.HTML.HtmlOutput): void {
  SpreadsheetApp.getUi().showSidebar(page);
}

/** Shows `page` as a dialog the user closes, titled `title`. */
export function showDialog(page: GoogleAppsScript.HTML.HtmlOutput, title: string): void {
  SpreadsheetApp.getUi().showModalDialog(page, title);
}

/** Extensions → Strategy Register, with a separator before the items that ask for one. */
export function showAddonMenu(items: readonly { label: string; functionName: string; separatorBefore?: true }[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items) {
    if (item.separatorBefore) menu.addSeparator();
    menu.addItem(item.label, item.functionName);
  }
  menu.addToUi();
}
