/**
 * Opens the BUILT sidebar (dist/Sidebar.html) in headless Chromium with google.script.run
 * bridged to the built dist/Code.js over the emulator in Node. The page side is the preview's shim (local/preview/googleScriptRunShim.ts), which
 * applies Apps Script's wire rules to arguments; return values pass encodeReturnValue.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as esbuild from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { DIST_DIR, type LoadedAddon, loadAddon } from '../../local/appsScriptRuntime';
import type { WorkbookData } from '../../local/emulator';
import { encodeReturnValue } from '../../local/preview/serialization';
import { SHEET } from '../../src/domain/register/schema';
import { fixtureRows, type RegisterFixture } from './sidebarFixtures';

const ROOT = path.resolve(__dirname, '../..');
export const ARTIFACTS = path.join(ROOT, 'test-artifacts/sidebar');
const PAGE_URL = 'http://sidebar.test/';

/** What the tests need from a server, whichever one answers. */
export interface SidebarBackend {
  readonly label: string;
  call(name: string, args: readonly unknown[]): unknown;
  /** Cells selected through the sidebar, oldest first. */
  selectedCells(): { sheet: string; a1: string }[];
  /** Quarters in Snapshot History, in the order taken. */
  snapshotQuarters(): string[];
  /** Rewrites a strategy's statement as someone editing the sheet would. */
  editStatementInSheet(id: string, statement: string): void;
}

export interface AddonBackend extends SidebarBackend {
  /** Runs a menu item of dist/Code.js and returns the HTML of the sidebar it showed. */
  sidebarFromMenu(functionName: string): string;
  /** Every cell, format and setting of the spreadsheet, to compare before and after a user's step. */
  workbook(): WorkbookData;
  /** A sheet's values, header row first, as getValues gives them. */
  readSheet(name: string): unknown[][];
}

export interface BackendOptions {
  /** The spreadsheet's time zone (File → Settings); UTC when absent. */
  readonly timeZone?: string;
  /** Changes made by hand after the fixture is seeded (a header blanked, a sheet renamed). */
  readonly edit?: (addon: LoadedAddon) => void;
}

/** The built dist/Code.js over the emulator, seeded with the fixture's sheets. */
export function addonBackend(fixture: RegisterFixture, options: BackendOptions = {}): AddonBackend {
  const addon = loadAddon({ timeZone: options.timeZone ?? 'Etc/UTC' });
  const book = addon.emulator.spreadsheet;
  const rows = fixtureRows(fixture);
  // A register that needs setting up has no register sheets at all.
  const sheets = fixture.needsSetUp
    ? []
    : ([
        [SHEET.strategies, rows.strategies],
        [SHEET.tactics, rows.tactics],
      ] as const);
  for (const [name, values] of sheets) {
    const sheet = book.insertSheet(name);
    // A new sheet has 1 000 rows, as in Sheets; a large register needs more.
    if (values.length > sheet.getMaxRows())
      sheet.insertRowsAfter(sheet.getMaxRows(), values.length - sheet.getMaxRows());
    sheet.getRange(1, 1, values.length, (values[0] as unknown[]).length).setValues(values);
  }
  if (fixture.groups.length > 0) {
    const saved = addon.call('saveSettings', {
      fiscalYearStartMonth: 1,
      reviewCadence: 'quarterly',
      stakeholderGroups: fixture.groups,
    }) as { ok: boolean; message: string };
    if (!saved.ok) throw new Error(`Seeding the settings failed: ${saved.message}`);
  }
  options.edit?.(addon);
  return {
    label: 'dist/Code.js',
    call: (name, args) => addon.call(name, ...args),
    workbook: () => addon.emulator.exportWorkbook(),
    readSheet: (name) => addon.emulator.readValues(name),
    sidebarFromMenu: (functionName) => {
      addon.call(functionName);
      const shown = addon.emulator.ui.sidebars.at(-1);
      if (!shown) throw new Error(`${functionName} showed no sidebar.`);
      return shown.html;
    },
    selectedCells: () => {
      const range = book.getActiveRange();
      return range ? [{ sheet: range.getSheet().getName(), a1: range.getA1Notation() }] : [];
    },
    snapshotQuarters: () => {
      const history = book.getSheetByName(SHEET.history);
      if (!history || history.getLastRow() < 2) return [];
      const quarters = history
        .getRange(2, 1, history.getLastRow() - 1, 1)
        .getValues()
        .map((row) => String(row[0]));
      return [...new Set(quarters)];
    },
    editStatementInSheet: (id, statement) => {
      const sheet = book.getSheetByName(SHEET.strategies);
      if (!sheet) throw new Error('The Strategies sheet is missing.');
      const values = sheet.getRange(1, 1, sheet.getLastRow(), sheet.getLastColumn()).getValues();
      const header = values[0] ?? [];
      const row = values.findIndex((cells) => cells[header.indexOf('ID')] === id);
      if (row < 1) throw new Error(`No strategy ${id} in the sheet.`);
      sheet.getRange(row + 1, header.indexOf('Strategy') + 1).setValue(statement);
    },
  };
}

/** The server every flow test runs against: the built dist/Code.js over the emulator. */
export function flowBackend(fixture: RegisterFixture): AddonBackend {
  return addonBackend(fixture);
}

export { launchChromium } from './helpers/chromium';

let shimCode: string | undefined;

function shim(): string {
  shimCode ??= esbuild.buildSync({
    entryPoints: [path.join(ROOT, 'local/preview/googleScriptRunShim.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    logLevel: 'silent',
  }).outputFiles[0]?.text;
  if (!shimCode) throw new Error('Bundling the google.script.run shim produced no output.');
  return shimCode;
}

export interface SidebarSession {
  readonly page: Page;
  /** Server functions called, in order. */
  readonly calls: string[];
  /** Script errors and dialogs seen on the page; must stay empty. */
  readonly incidents: string[];
  /** The next call of `name` fails with `message`, as a server exception would. */
  failNext(name: string, message: string): void;
  screenshot(step: string): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** The server appends `<meta name="initial-view">` for menu items that open a view. */
  readonly initialView?: string;
  readonly width?: number;
  /** Server functions whose first call fails, with the server's sentence. */
  readonly failures?: Readonly<Record<string, string>>;
  /** Server functions whose first call returns this value instead of reaching the server. */
  readonly replies?: Readonly<Record<string, unknown>>;
  /** The page as the server served it; dist/Sidebar.html when absent. */
  readonly html?: string;
}

export async function openSidebar(
  browser: Browser,
  backend: SidebarBackend,
  options: OpenOptions = {},
): Promise<SidebarSession> {
  const context = await browser.newContext({ viewport: { width: options.width ?? 300, height: 900 } });
  const page = await context.newPage();
  const calls: string[] = [];
  const incidents: string[] = [];
  const failures = new Map<string, string>(Object.entries(options.failures ?? {}));
  const replies = new Map<string, unknown>(Object.entries(options.replies ?? {}));
  page.on('pageerror', (error) => incidents.push(`page error: ${error.message}`));
  page.on('dialog', (dialog) => {
    incidents.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  // Replies cross as JSON text: Playwright passes one long string far faster than a large object graph.
  await page.exposeFunction('__sidebarRpc', async (name: string, argsJson: string) =>
    JSON.stringify(reply(name, JSON.parse(argsJson) as unknown[])),
  );
  function reply(name: string, args: unknown[]): { ok: true; value?: unknown } | { ok: false; error: string } {
    calls.push(name);
    const failure = failures.get(name);
    if (failure !== undefined) {
      failures.delete(name);
      return { ok: false, error: failure };
    }
    if (replies.has(name)) {
      const canned = replies.get(name);
      replies.delete(name);
      return { ok: true, value: encodeReturnValue(canned) };
    }
    try {
      return { ok: true, value: encodeReturnValue(backend.call(name, args)) };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    }
  }
  await page.addInitScript(
    `${shim()}\nwindow.googleScriptRunTransport = async (name, args) => JSON.parse(await window.__sidebarRpc(name, JSON.stringify(args)));`,
  );
  const built = options.html ?? fs.readFileSync(path.join(DIST_DIR, 'Sidebar.html'), 'utf8');
  // As HtmlOutput.append would: after the document's end.
  const html = options.initialView ? `${built}<meta name="initial-view" content="${options.initialView}">` : built;
  await page.route(PAGE_URL, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  await page.goto(PAGE_URL);
  return {
    page,
    calls,
    incidents,
    failNext: (name, message) => failures.set(name, message),
    screenshot: async (step) => {
      fs.mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, `${step}.png`), fullPage: true });
    },
    close: () => context.close(),
  };
}

/** Serious and critical axe-core findings on the page as it is now, one line each. */
export async function seriousAccessibilityViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ path: path.join(ROOT, 'node_modules/axe-core/axe.min.js') });
  }
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document) => Promise<{ violations: AxeViolation[] }> } })
      .axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.targets.join(', ')}`);
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}
