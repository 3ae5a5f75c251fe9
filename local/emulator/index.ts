import * as path from 'node:path';
import { HtmlServiceImpl } from './html';
import { counted, ServiceCalls } from './serviceCalls';
import { SpreadsheetAppImpl, SpreadsheetImpl } from './spreadsheet';
import { newUiLog, type UiLog } from './ui';

export { ServiceCalls } from './serviceCalls';
export { Button } from './ui';

export enum AuthMode {
  NONE = 'NONE',
  CUSTOM_FUNCTION = 'CUSTOM_FUNCTION',
  LIMITED = 'LIMITED',
  FULL = 'FULL',
}

export interface EmulatorOptions {
  /** The spreadsheet's time zone (File → Settings), an IANA name. */
  readonly timeZone?: string;
  /** Folder of the pushed files that HtmlService serves by name. */
  readonly filesDir?: string;
  /** The add-on menu's title, which Sheets takes from the add-on's name. */
  readonly addonTitle?: string;
}

export interface Emulator {
  /** The globals Apps Script provides, to install in a `node:vm` context. */
  readonly globals: Record<string, unknown>;
  readonly calls: ServiceCalls;
  readonly ui: UiLog;
  readonly spreadsheet: SpreadsheetImpl;
}

/** A fresh in-memory Apps Script environment around one spreadsheet. */
export function createEmulator(options: EmulatorOptions = {}): Emulator {
  const calls = new ServiceCalls();
  const ui = newUiLog();
  const spreadsheet = new SpreadsheetImpl(options.timeZone ?? 'Etc/UTC');
  const filesDir = options.filesDir ?? path.resolve(__dirname, '../../dist');
  const addonTitle = options.addonTitle ?? 'Strategy Register';
  const globals = {
    SpreadsheetApp: counted(new SpreadsheetAppImpl(spreadsheet, ui, calls, addonTitle), 'SpreadsheetApp', calls),
    HtmlService: counted(new HtmlServiceImpl(filesDir, calls), 'HtmlService', calls),
    ScriptApp: { AuthMode },
  };
  return { globals, calls, ui, spreadsheet };
}
