import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { DIST_DIR } from '../../../local/appsScriptRuntime';
import type { SessionOptions } from '../../../local/preview/addonSession';
import type { SheetSeed } from '../../../local/preview/sheetAccess';
import { type RunningPreview, startPreview } from '../../../local/preview/startPreview';
import { saveWorkbookFile } from '../../../local/preview/workbookFile';
import { captureWorkbook, emulatorWithSheets } from '../../../local/preview/workbookState';
import { collectPageErrors, collectRequests } from './chromium';

/** The client API as a sidebar page sees it, typed loosely enough to call the server functions tests use. */
export interface Runner {
  withSuccessHandler(handler: (value: unknown, userObject: unknown) => void): Runner;
  withFailureHandler(handler: (error: Error) => void): Runner;
  withUserObject(object: unknown): Runner;
  STRATEGY_PROGRESS(...args: unknown[]): void;
  selectCell(sheet: string, a1: string): void;
  writeCell(a1: string, text: string): void;
}

/** `window` of a page with the client API, for casts inside `page.evaluate`. */
export interface ClientWindow {
  google: { script: { run: Runner; host: { close(): void } } };
}

/** What a preview starts from: the demo, a blank spreadsheet, or these sheets. */
export interface PreviewStart {
  readonly start?: 'demo' | 'empty';
  readonly sheets?: readonly SheetSeed[];
  readonly timeZone?: string;
  /** A stand-in for dist/Code.js. */
  readonly load?: SessionOptions['load'];
}

export interface OpenPreview {
  readonly preview: RunningPreview;
  /** The preview's workbook file, in a folder of its own. */
  readonly file: string;
  readonly page: Page;
}

async function startFrom(start: PreviewStart, directory: string): Promise<{ preview: RunningPreview; file: string }> {
  const file = path.join(directory, 'workbook.json');
  if (start.sheets) {
    const emulator = emulatorWithSheets(start.timeZone ?? 'Etc/UTC', start.sheets, DIST_DIR);
    saveWorkbookFile(file, captureWorkbook(emulator));
  }
  const preview = await startPreview({
    port: 0,
    file,
    start: start.sheets ? 'saved' : (start.start ?? 'demo'),
    ...(start.load ? { load: start.load } : {}),
  });
  return { preview, file };
}

/**
 * Gives each test its own preview server over its own workbook file, and its own browser
 * context and page, so a test runs alone (`-t`) and in any order. Call at the top of a
 * describe; every test then ends by checking that its page reached no other host and logged
 * no errors.
 */
export function usePreviewPages(browser: () => Browser): (start?: PreviewStart) => Promise<OpenPreview> {
  const cleanups: (() => Promise<void>)[] = [];
  const checks: (() => void)[] = [];

  afterEach(async () => {
    const pending = checks.splice(0);
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
    for (const check of pending) check();
  });

  return async (start = {}) => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-browser-'));
    cleanups.push(async () => fs.rmSync(directory, { recursive: true, force: true }));
    // The server and the browser context start side by side: most of a test's time is here.
    const [{ preview, file }, context] = await Promise.all([
      startFrom(start, directory),
      browser().newContext({ viewport: { width: 1400, height: 800 }, acceptDownloads: true }),
    ]);
    cleanups.push(() => preview.close());
    cleanups.push(() => context.close());
    const page = await context.newPage();
    page.setDefaultTimeout(10_000);
    const errors = collectPageErrors(page);
    const requests = collectRequests(page);
    checks.push(() => {
      const origin = new URL(preview.url).origin;
      expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('about:'))).toEqual([]);
      expect(errors).toEqual([]);
    });
    await page.goto(preview.url);
    await page.waitForSelector('body[data-ready="true"]');
    return { preview, file, page };
  };
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

/** The text of the grid's cell at an A1 address, once the grid shows it. */
export async function cellText(page: Page, a1: string): Promise<string> {
  const cell = page.locator(`td[data-address="${a1}"]`);
  await cell.waitFor();
  return (await cell.textContent()) ?? '';
}

/** Texts of cells up to the last that shows something: the blank grid beyond is not read. */
export function withoutTrailingBlanks(texts: readonly string[]): string[] {
  let end = texts.length;
  while (end > 0 && texts[end - 1] === '') end--;
  return texts.slice(0, end);
}

/** The texts of rows of the grid, cell by cell from column A to the last one filled, as the user reads them. */
export async function rowTexts(page: Page, rows: readonly number[]): Promise<string[][]> {
  return Promise.all(
    rows.map(async (row) => {
      const cells = page.locator(`tr:has(th[scope="row"]:text-is("${row}")) td`);
      return withoutTrailingBlanks(await cells.allTextContents());
    }),
  );
}

/** How many pixels of a canvas something was drawn on (run in the page). */
export function paintedPixels(canvas: HTMLCanvasElement): number {
  const { data } = canvas.getContext('2d')?.getImageData(0, 0, canvas.width, canvas.height) ?? { data: [] };
  let painted = 0;
  for (let i = 3; i < data.length; i += 4) if ((data[i] ?? 0) > 0) painted += 1;
  return painted;
}

/** Selects a cell, types `text` into it as a user would and presses Enter. */
export async function typeIntoCell(page: Page, a1: string, text: string): Promise<void> {
  await page.locator(`td[data-address="${a1}"]`).click();
  await page.keyboard.type(text);
  await page.keyboard.press('Enter');
}

/** Selects a cell and pastes tab-separated rows there, as from another spreadsheet. */
export async function pasteAt(page: Page, a1: string, rows: readonly (readonly string[])[]): Promise<void> {
  await page.locator(`td[data-address="${a1}"]`).click();
  await page.locator('#grid-scroll').evaluate(
    (grid, text) => {
      const data = new DataTransfer();
      data.setData('text/plain', text);
      grid.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    rows.map((row) => row.join('\t')).join('\n'),
  );
}

/** Waits until the grid's cell at `a1` shows exactly `text`. */
export async function cellShows(page: Page, a1: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([address, shown]) => document.querySelector(`td[data-address="${address}"]`)?.textContent === shown,
    [a1, text] as const,
  );
}
