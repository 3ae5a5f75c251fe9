import type { LoadedAddon } from '../../../local/appsScriptRuntime';
import type { Emulator } from '../../../local/emulator';

/** The first sheet's name in the stand-in's workbook, and the text its sidebar shows. */
export const STAND_IN = {
  sheet: 'History',
  sidebarTitle: 'Stand-in panel',
  failure: 'The stand-in could not read its sheet.',
} as const;

const SIDEBAR_HTML = `<!doctype html><html><head><title>${STAND_IN.sidebarTitle}</title></head>
<body><main><h1>${STAND_IN.sidebarTitle}</h1></main></body></html>`;

/**
 * A small add-on over the real emulator, for testing what the preview does with any add-on:
 * `Take quarterly snapshot…` asks YES / NO, on Yes appends `2026-Q4` to the first sheet, and
 * toasts what it did;
 * `Say hello` raises a toast that stays until closed; `Break` throws; `Add a sheet` inserts
 * `Forecast` (which becomes the active sheet); `Which sheet?` toasts the active sheet's name;
 * `Open panel` shows a
 * sidebar whose page calls `writeCell(a1, text)`, which writes the first sheet, and
 * `selectCell(sheet, a1)`, which selects a cell as a health check's "show me" does.
 */
export function standInAddon(emulator: Emulator): LoadedAddon {
  const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const html = emulator.globals.HtmlService as GoogleAppsScript.HTML.HtmlService;
  const firstSheet = () => app.getActiveSpreadsheet().getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet;
  const scope: Record<string, unknown> = {
    onOpen: () =>
      app
        .getUi()
        .createAddonMenu()
        .addItem('Take quarterly snapshot…', 'takeSnapshot')
        .addItem('Say hello', 'sayHello')
        .addItem('Break', 'breakDown')
        .addItem('Add a sheet', 'addSheet')
        .addItem('Which sheet?', 'whichSheet')
        .addItem('Open panel', 'openPanel')
        .addToUi(),
    takeSnapshot: () => {
      const ui = app.getUi();
      const answer = ui.alert('Take snapshot', 'Take the snapshot of 2026-Q4?', ui.ButtonSet.YES_NO);
      if (answer === ui.Button.YES) firstSheet().appendRow(['2026-Q4']);
      app.getActiveSpreadsheet().toast(answer === ui.Button.YES ? 'Snapshot 2026-Q4 taken.' : 'Snapshot cancelled.');
    },
    sayHello: () => app.getActiveSpreadsheet().toast('Hello from the stand-in.', 'Stand-in', -1),
    breakDown: () => {
      throw new Error(STAND_IN.failure);
    },
    addSheet: () => app.getActiveSpreadsheet().insertSheet('Forecast').getRange('A1').setValue('Added'),
    whichSheet: () => {
      const spreadsheet = app.getActiveSpreadsheet();
      spreadsheet.toast(spreadsheet.getActiveSheet().getName(), 'Active sheet');
    },
    openPanel: () => app.getUi().showSidebar(html.createHtmlOutput(SIDEBAR_HTML).setTitle(STAND_IN.sidebarTitle)),
    writeCell: (a1: string, text: string) => {
      firstSheet().getRange(a1).setValue(text);
    },
    selectCell: (sheet: string, a1: string) => {
      app.getActiveSpreadsheet().getSheetByName(sheet)?.getRange(a1).activate();
    },
  };
  // As loadAddon does: the stand-in's functions serve as custom functions in cells.
  emulator.adoptRealm(scope);
  return {
    emulator,
    scope,
    consoleLog: [],
    call: (name, ...args) => (scope[name] as (...a: unknown[]) => unknown)(...args),
  };
}
