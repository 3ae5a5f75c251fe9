import { RegisterError } from '../domain/errors';
import { SHEET } from '../domain/register/schema';
import { readUsedValues } from './sheetValues';
import type { Sheet, Spreadsheet } from './types';

/** A register sheet the operation cannot do without; its absence is a sentence, not a crash. */
export function requireSheet(spreadsheet: Spreadsheet, name: string): Sheet {
  const sheet = spreadsheet.getSheetByName(name);
  if (sheet) return sheet;
  throw new RegisterError(
    'missing-sheet',
    `There is no "${name}" sheet. Run Extensions → Strategy Register → Set up register to create it.`,
  );
}

export interface RegisterSheets {
  readonly strategies: Sheet;
  readonly tactics: Sheet;
  /** Each sheet's used cells, header row first, from one read per sheet. */
  readonly strategyGrid: unknown[][];
  readonly tacticGrid: unknown[][];
}

export function readRegisterSheets(spreadsheet: Spreadsheet): RegisterSheets {
  const strategies = requireSheet(spreadsheet, SHEET.strategies);
  const tactics = requireSheet(spreadsheet, SHEET.tactics);
  return { strategies, tactics, strategyGrid: readUsedValues(strategies), tacticGrid: readUsedValues(tactics) };
}
