import { RegisterError } from '../domain/errors';
import { DIGEST_SHEET } from '../domain/history/digestGrid';
import { missingSheetSentence, renamedRegisterSheet } from '../domain/register/missingSheets';
import { SHEET } from '../domain/register/schema';
import { readHeaderRow, readUsedValues } from './sheetValues';
import type { Sheet, Spreadsheet } from './types';

/**
 * The other sheet that looks like register sheet `name` renamed, if any. Reads the header
 * row of every sheet, so it runs only once the register sheet is known to be missing.
 */
export function findRenamedSheet(spreadsheet: Spreadsheet, name: string): string | undefined {
  const others = spreadsheet
    .getSheets()
    .map((sheet) => ({ name: sheet.getName(), sheet }))
    .filter((other) => !ADDON_SHEETS.has(other.name))
    .map((other) => ({ name: other.name, headerRow: readHeaderRow(other.sheet) }));
  return renamedRegisterSheet(name, others);
}

// The add-on's own sheets are never a register sheet under another name.
const ADDON_SHEETS: ReadonlySet<string> = new Set([...Object.values(SHEET), DIGEST_SHEET]);

/** Why register sheet `name` is missing, as the user is told: with the sheet that looks like it, if any. */
export function describeMissingSheet(spreadsheet: Spreadsheet, name: string): string {
  return missingSheetSentence(name, findRenamedSheet(spreadsheet, name));
}

/** A register sheet the operation cannot do without; its absence is a sentence, not a crash. */
export function requireSheet(spreadsheet: Spreadsheet, name: string): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (sheet) return sheet;
  throw new RegisterError('missing-sheet', describeMissingSheet(spreadsheet, name));
}

export interface RegisterSheets {
  readonly strategies: Sheet;
  readonly tactics: Sheet;
  /** Each sheet's used cells, header row first, from one read per sheet. */
  readonly strategyGrid: unknown[][];
  readonly tacticGrid: unknown[][];
}

/** The two register sheets as found (null where missing): one lookup each. */
export interface FoundSheets {
  readonly strategies: Sheet | null;
  readonly tactics: Sheet | null;
}

export function findRegisterSheets(spreadsheet: Spreadsheet): FoundSheets {
  return {
    strategies: spreadsheet.getSheetByName(SHEET.strategies),
    tactics: spreadsheet.getSheetByName(SHEET.tactics),
  };
}

/** Both register sheets, one read each; a missing one is its sentence. `found` saves looking them up again. */
export function readRegisterSheets(spreadsheet: Spreadsheet, found = findRegisterSheets(spreadsheet)): RegisterSheets {
  const strategies = found.strategies ?? requireSheet(spreadsheet, SHEET.strategies);
  const tactics = found.tactics ?? requireSheet(spreadsheet, SHEET.tactics);
  return { strategies, tactics, strategyGrid: readUsedValues(strategies), tacticGrid: readUsedValues(tactics) };
}
