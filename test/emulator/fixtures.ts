import { createEmulator, type Emulator, type EmulatorOptions } from '../../local/emulator';

/** The emulator's globals, typed as the real Apps Script services the add-on compiles against. */
export interface Services {
  readonly emulator: Emulator;
  readonly SpreadsheetApp: GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  readonly HtmlService: GoogleAppsScript.HTML.HtmlService;
  readonly PropertiesService: GoogleAppsScript.Properties.PropertiesService;
  readonly LockService: GoogleAppsScript.Lock.LockService;
  readonly CacheService: GoogleAppsScript.Cache.CacheService;
  readonly Session: GoogleAppsScript.Base.Session;
  readonly Utilities: GoogleAppsScript.Utilities.Utilities;
  readonly Logger: GoogleAppsScript.Base.Logger;
  readonly ScriptApp: GoogleAppsScript.Script.ScriptApp;
  readonly Charts: GoogleAppsScript.Charts.Charts;
  /** The active spreadsheet, fetched once. */
  readonly book: GoogleAppsScript.Spreadsheet.Spreadsheet;
}

export function services(options: EmulatorOptions = {}): Services {
  const emulator = createEmulator(options);
  const globals = emulator.globals as unknown as Omit<Services, 'emulator' | 'book'>;
  return { ...globals, emulator, book: globals.SpreadsheetApp.getActiveSpreadsheet() };
}

/** A sheet named "Data" in a fresh emulator. */
export function dataSheet(
  options: EmulatorOptions = {},
): Services & { readonly sheet: GoogleAppsScript.Spreadsheet.Sheet } {
  const s = services(options);
  return { ...s, sheet: s.book.insertSheet('Data') };
}
