import type { Browser, Frame, Page } from 'playwright-core';
import { collectPageErrors, collectRequests } from './chromium';

/** The client API as a sidebar page sees it, typed loosely enough to call the server functions tests use. */
export interface Runner {
  withSuccessHandler(handler: (value: unknown, userObject: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error) => void): Runner;
  withUserObject(object: unknown): Runner;
  STRATEGY_PROGRESS(...args: unknown[]): void;
  saveStrategy(input: { changes: Record<string, string> }): void;
  selectCell(sheet: string, a1: string): void;
}

/** `window` of a page with the client API, for casts inside `page.evaluate`. */
export interface ClientWindow {
  google: { script: { run: Runner; host: { close(): void } } };
}

export interface OpenPage {
  readonly page: Page;
  /** Uncaught errors and console errors of the page and its frames. */
  readonly errors: string[];
  /** Every URL the page requested. */
  readonly requests: string[];
}

/** Opens the preview page and waits until it has drawn the workbook. */
export async function openPreviewPage(browser: Browser, url: string): Promise<OpenPage> {
  const page = await browser.newPage({ viewport: { width: 1400, height: 800 }, acceptDownloads: true });
  page.setDefaultTimeout(10_000);
  const errors = collectPageErrors(page);
  const requests = collectRequests(page);
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]');
  return { page, errors, requests };
}

/** Extensions → the add-on's menu item with this label. */
export async function chooseMenuItem(page: Page, label: string): Promise<void> {
  await page.getByRole('button', { name: 'Extensions' }).click();
  await page.getByRole('menuitem', { name: label }).click();
}

/** The open sidebar's frame, once its page and the client API have loaded. */
export async function sidebarFrame(page: Page): Promise<Frame> {
  const handle = await page.waitForSelector('#sidebar-frame');
  await page.waitForFunction(() => document.getElementById('sidebar')?.hidden === false);
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('The sidebar has no frame.');
  await frame.waitForFunction(() => document.readyState === 'complete' && 'google' in window);
  return frame;
}
