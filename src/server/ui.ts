/** The server's only way to talk to the user outside the sidebar. */

export const ADDON_TITLE = 'Strategy Register';

export function toast(message: string, title = ADDON_TITLE): void {
  SpreadsheetApp.getActiveSpreadsheet().toast(message, title);
}

export function alert(message: string): void {
  const ui = SpreadsheetApp.getUi();
  ui.alert(ADDON_TITLE, message, ui.ButtonSet.OK);
}
