/**
 * The sidebar's frame: view tabs, a banner for failures (with Retry or Reload) and
 * the content area each view fills. Views get a `Sidebar` to talk to the frame and server.
 */
import { h, spinner } from '../dom';
import type { Call } from '../serverClient';
import { failureCode, failureMessage } from '../serverClient';

export const VIEWS = [
  { name: 'register', label: 'Register' },
  { name: 'checkin', label: 'Check in' },
  { name: 'health', label: 'Health' },
  { name: 'review', label: 'Review' },
  { name: 'settings', label: 'Settings' },
] as const;

/** Views a menu item opens, with no tab of their own. */
export const MENU_VIEWS = ['import'] as const;

export type ViewName = (typeof VIEWS)[number]['name'] | (typeof MENU_VIEWS)[number];

/** The view a page asks to open on (`<meta name="initial-view">`); the register when absent or unknown. */
export function viewNamed(wanted: string | null | undefined): ViewName {
  const name = wanted?.trim().toLowerCase() ?? '';
  return VIEWS.find((view) => view.name === name)?.name ?? MENU_VIEWS.find((view) => view === name) ?? 'register';
}

export interface BannerAction {
  readonly label: string;
  readonly run: () => void;
}

export interface Sidebar {
  readonly call: Call;
  /** Opens one of the tabbed views. */
  open(view: ViewName): void;
  /** Puts a screen (a view or a form) in the content area and moves focus to its heading. */
  show(screen: HTMLElement): void;
  /** A failure the user can act on; the action is usually Retry. */
  banner(message: string, action?: BannerAction): void;
  /**
   * A server call that failed: its sentence with Retry. A `busy` refusal (another change
   * holds the lock, so nothing was written) waits a moment and tries once more by itself.
   */
  failed(error: unknown, retry: () => void): void;
  clearBanner(): void;
  /**
   * Shows a spinner in `place`, runs `fetch`, then fills `place` with `render(value)`.
   * A failure goes to the banner with a Retry that runs the whole load again.
   */
  load<T>(place: HTMLElement, busyText: string, fetch: () => Promise<T>, render: (value: T) => Node): Promise<void>;
}

/** Moves focus to the first heading in `place`, so the next Tab continues from there. */
export function focusHeading(place: HTMLElement): void {
  const heading = place.querySelector('h1, h2');
  if (!(heading instanceof HTMLElement)) return;
  heading.tabIndex = -1;
  heading.focus();
}

export type ViewFactory = (sidebar: Sidebar) => HTMLElement;

/** How long a `busy` call waits before its one try of its own, and how soon after one it shows Retry instead. */
const BUSY_RETRY_MS = 3_000;
const BUSY_WINDOW_MS = 15_000;

export function createSidebar(root: HTMLElement, call: Call, views: Readonly<Record<ViewName, ViewFactory>>): Sidebar {
  const banner = h('div', { class: 'banner', role: 'alert', hidden: true });
  const content = h('div', { class: 'content' });
  const tabs = new Map<ViewName, HTMLButtonElement>();
  const nav = h('nav', { class: 'tabs', 'aria-label': 'Sidebar views' });
  for (const view of VIEWS) {
    const tab = h('button', { type: 'button', class: 'tab', onclick: () => sidebar.open(view.name) }, view.label);
    tabs.set(view.name, tab);
    nav.append(tab);
  }
  // Sheets shows the sidebar's title (setTitle) in its own bar above the page: not repeated here.
  root.replaceChildren(h('header', { class: 'app-header' }, nav), banner, content);

  let shown = false;
  let lastBusyRetry = Number.NEGATIVE_INFINITY;
  let pendingRetry: ReturnType<typeof setTimeout> | undefined;
  const cancelPendingRetry = () => {
    if (pendingRetry !== undefined) clearTimeout(pendingRetry);
    pendingRetry = undefined;
  };
  const sidebar: Sidebar = {
    call,
    open(view) {
      for (const [name, tab] of tabs) {
        if (name === view) tab.setAttribute('aria-current', 'page');
        else tab.removeAttribute('aria-current');
      }
      sidebar.clearBanner();
      sidebar.show(views[view](sidebar));
    },
    show(screen) {
      content.replaceChildren(screen);
      // Keyboard and screen-reader users land on the new screen's heading; the first screen takes no focus.
      if (shown) focusHeading(screen);
      shown = true;
    },
    banner(message, action) {
      cancelPendingRetry();
      const close = h('button', { type: 'button', class: 'link', onclick: () => sidebar.clearBanner() }, 'Dismiss');
      const actionButton = action
        ? h(
            'button',
            {
              type: 'button',
              class: 'primary',
              onclick: () => {
                sidebar.clearBanner();
                action.run();
              },
            },
            action.label,
          )
        : null;
      banner.replaceChildren(h('p', {}, message), h('div', { class: 'actions' }, actionButton, close));
      banner.hidden = false;
    },
    failed(error, retry) {
      const message = failureMessage(error);
      if (failureCode(error) !== 'busy' || Date.now() - lastBusyRetry < BUSY_WINDOW_MS) {
        sidebar.banner(message, { label: 'Retry', run: retry });
        return;
      }
      lastBusyRetry = Date.now();
      sidebar.banner(`${message} Trying again in a moment…`, { label: 'Retry now', run: retry });
      pendingRetry = setTimeout(() => {
        pendingRetry = undefined;
        sidebar.clearBanner();
        retry();
      }, BUSY_RETRY_MS);
    },
    clearBanner() {
      cancelPendingRetry();
      banner.hidden = true;
      banner.replaceChildren();
    },
    async load(place, busyText, fetch, render) {
      place.replaceChildren(spinner(busyText));
      try {
        const value = await fetch();
        if (place.isConnected) place.replaceChildren(render(value));
      } catch (error) {
        if (!place.isConnected) return;
        const retry = () => void sidebar.load(place, busyText, fetch, render);
        // Stays after the banner is dismissed, so the view never sits empty without a way on.
        place.replaceChildren(
          h(
            'p',
            { class: 'meta' },
            'Not loaded yet. ',
            h('button', { type: 'button', class: 'link', onclick: retry }, 'Try again'),
          ),
        );
        sidebar.failed(error, retry);
      }
    },
  };
  return sidebar;
}
