import { ADDON_TITLE } from './ui';

/** Menu: Open register. `Sidebar` is the inlined page the build writes to dist/Sidebar.html. */
export function openRegister(): void {
  // createHtmlOutputFromFile, not a template: the inlined bundle may contain `<?` sequences.
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_TITLE);
  SpreadsheetApp.getUi().showSidebar(page);
}
