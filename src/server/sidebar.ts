import { ADDON_TITLE, showSidebar } from './ui';

export type SidebarView = 'register' | 'settings' | 'checkin';

/** Opens dist/Sidebar.html (the inlined page the build writes), on the chosen view. */
export function openSidebar(view: SidebarView): void {
  // createHtmlOutputFromFile, not a template: the inlined bundle may contain `<?` sequences.
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_TITLE);
  if (view !== 'register') page.append(`<meta name="initial-view" content="${view}">`);
  showSidebar(page);
}

/** Menu: Open register. */
export function openRegister(): void {
  openSidebar('register');
}

/** Menu: Check in… opens the sidebar on its check-in view. */
export function openCheckIn(): void {
  openSidebar('checkin');
}
