/** The server's only way to talk to the user outside the sidebar. */
import type { OperationResult } from './api/wireTypes';

export const ADDON_TITLE = 'Strategy Register';

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

/** A menu item's outcome: a toast when it worked, a dialog with the reason when it did not. */
export function tellResult(result: OperationResult): void {
  if (result.ok) toast(result.message);
  else alert(result.message);
}
