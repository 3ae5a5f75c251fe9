/**
 * The sidebar page's start-up. Every view renders register text with textContent only
 * (see dom.ts): strategies and tactics are user data, never HTML.
 */
import { call } from './serverClient';
import { checkInScreen } from './views/checkInView';
import { healthScreen } from './views/healthView';
import { importScreen } from './views/importView';
import { registerScreen } from './views/registerView';
import { reviewScreen } from './views/reviewView';
import { settingsScreen } from './views/settingsView';
import { createSidebar, type ViewName, viewNamed } from './views/shell';

/** The view named by `<meta name="initial-view">` (the server appends it, e.g. for Settings…). */
function initialView(doc: Document): ViewName {
  return viewNamed(doc.querySelector('meta[name="initial-view"]')?.getAttribute('content'));
}

/** What a `<meta name=…>` the server appended says, or null. */
function metaContent(doc: Document, name: string): string | null {
  return doc.querySelector(`meta[name="${name}"]`)?.getAttribute('content') ?? null;
}

function start(): void {
  const root = document.getElementById('app');
  if (!root) return;
  const sidebar = createSidebar(root, call, {
    register: (s) => registerScreen(s),
    checkin: (s) => checkInScreen(s),
    health: healthScreen,
    review: reviewScreen,
    settings: settingsScreen,
    import: (s) => importScreen(s, metaContent(document, 'import-sheet')),
  });
  sidebar.open(initialView(document));
}

// The server may append the meta element after </html>; it is parsed only after this script runs.
if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
