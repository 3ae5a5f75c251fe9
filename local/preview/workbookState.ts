import { createEmulator, type Emulator, type WorkbookData } from '../emulator';
import { type SheetSeed, seedWorkbook } from './sheetAccess';

/** The workbook as the preview saves it: the emulator's whole state (cells, properties, time zone). */
export interface SavedWorkbook {
  readonly format: 'strategy-register-preview';
  readonly version: 1;
  readonly data: WorkbookData;
}

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The spreadsheet as the add-on sees it, through the emulator's SpreadsheetApp. */
export function activeSpreadsheet(emulator: Emulator): Spreadsheet {
  const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  return app.getActiveSpreadsheet();
}

export function captureWorkbook(emulator: Emulator): SavedWorkbook {
  return { format: 'strategy-register-preview', version: 1, data: emulator.exportWorkbook() };
}

export function isSavedWorkbook(value: unknown): value is SavedWorkbook {
  if (typeof value !== 'object' || value === null) return false;
  const saved = value as Partial<SavedWorkbook>;
  return saved.format === 'strategy-register-preview' && saved.version === 1 && typeof saved.data === 'object';
}

/** A fresh emulator holding these sheets, written as the add-on would write them. */
export function emulatorWithSheets(timeZone: string, sheets: readonly SheetSeed[], filesDir: string): Emulator {
  const emulator = createEmulator({ timeZone, filesDir });
  seedWorkbook(activeSpreadsheet(emulator), sheets);
  emulator.calls.reset();
  return emulator;
}

/** A fresh emulator holding a saved workbook. */
export function restoreWorkbook(saved: SavedWorkbook, filesDir: string): Emulator {
  const emulator = createEmulator({ timeZone: saved.data.timeZone, filesDir });
  emulator.importWorkbook(saved.data);
  emulator.calls.reset();
  return emulator;
}
