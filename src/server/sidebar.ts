import { ADDON_TITLE, showSidebar } from './ui';

export type SidebarView = 'register' | 'settings' | 'checkin' | 'import';

/** Text for an HTML attribute: a sheet's name may hold any character. */
function attributeText(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * Opens dist/Sidebar.html (the inlined page the build writes), on the chosen view; `details`
 * become `<meta>` elements the view reads (the mapping editor's sheet).
 */
export function openSidebar(view: SidebarView, details: Readonly<Record<string, string>> = {}): void {
  // createHtmlOutputFromFile, not a template: the inlined bundle may contain `<?` sequences.
  const page = HtmlService.createHtmlOutputFromFile('Sidebar').setTitle(ADDON_TITLE);
  if (view !== 'register') page.append(`<meta name="initial-view" content="${view}">`);
  for (const [name, content] of Object.entries(details)) {
    page.append(`<meta name="${attributeText(name)}" content="${attributeText(content)}">`);
  }
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
