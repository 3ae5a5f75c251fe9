import { DIGEST_SHEET } from '../../domain/history/digestGrid';
import { type ImportReading, readPlan } from '../../domain/import/importPlan';
import { checkMapping, type MappingChoice } from '../../domain/import/mappingSchema';
import { quotedSheet } from '../../domain/import/sourceCells';
import { MENU_LABELS } from '../../domain/menuLabels';
import { SHEET } from '../../domain/register/schema';
import { fail, ok, type Result } from '../../domain/result';
import { readUsedValues } from '../../sheets/sheetValues';
import type { Sheet, Spreadsheet } from '../../sheets/types';
import type { DocumentContext } from '../documentContext';

/** Sheets the add-on keeps: the register's own, and the ones it generates. None is a plan to import. */
const REGISTER_SHEETS: readonly string[] = [SHEET.strategies, SHEET.tactics, SHEET.history];
const ADDON_SHEETS: readonly string[] = [...Object.values(SHEET), DIGEST_SHEET];

function same(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** Why a sheet of the add-on cannot be imported from, or undefined for a sheet of the team's own. */
export function addonSheetRefusal(name: string): string | undefined {
  const how = `open the tab that holds your plan and run ${MENU_LABELS.importPlan} there`;
  if (REGISTER_SHEETS.some((sheet) => same(sheet, name))) {
    return `${quotedSheet(name)} is a sheet of the register itself, not a plan to import: ${how}.`;
  }
  if (ADDON_SHEETS.some((sheet) => same(sheet, name))) {
    return `${quotedSheet(name)} is made by the add-on and rebuilt on demand, not a plan to import: ${how}.`;
  }
  return undefined;
}

/** The names of the sheets a plan may be imported from, in tab order. */
export function importableSheets(spreadsheet: Spreadsheet): string[] {
  return spreadsheet
    .getSheets()
    .map((sheet) => sheet.getName())
    .filter((name) => addonSheetRefusal(name) === undefined);
}

/** The sheet named `name`, when it is one a plan may be imported from. */
export function sourceSheet(spreadsheet: Spreadsheet, name: string): Result<Sheet> {
  const refusal = addonSheetRefusal(name);
  if (refusal !== undefined) return fail('bad-argument', refusal);
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet)
    return fail('not-found', `There is no sheet ${quotedSheet(name)} any more; choose the sheet that holds the plan.`);
  return ok(sheet);
}

/** The plan in a source sheet's values, by its headers or by the editor's mapping (checked first). */
export function readGrid(
  grid: readonly unknown[],
  context: DocumentContext,
  name: string,
  chosen: unknown,
  numberFormats: readonly (readonly unknown[])[] = [],
): Result<ImportReading> {
  const source = { sheet: name, timeZone: context.timeZone, numberFormats };
  if (chosen === null || chosen === undefined) return readPlan(grid, source);
  const mapping = checkMapping(chosen, grid.length);
  return mapping.ok ? readPlan(grid, source, mapping.value) : mapping;
}

/** The source sheet's values and number formats (a `%` cell is a percentage), and the plan read from them. */
export function readSourceGrid(
  context: DocumentContext,
  name: string,
  chosen: unknown,
): {
  readonly grid: unknown[][];
  readonly numberFormats: readonly (readonly unknown[])[];
  readonly reading: Result<ImportReading>;
} {
  const sheet = sourceSheet(context.spreadsheet, name);
  if (!sheet.ok) return { grid: [], numberFormats: [], reading: sheet };
  const grid = readUsedValues(sheet.value);
  const width = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  const numberFormats = width === 0 ? [] : sheet.value.getRange(1, 1, grid.length, width).getNumberFormats();
  return { grid, numberFormats, reading: readGrid(grid, context, name, chosen, numberFormats) };
}

/** The plan on sheet `name`, read by its headers or by the editor's mapping. */
export function readSource(
  context: DocumentContext,
  name: string,
  chosen: MappingChoice | null,
): Result<ImportReading> {
  return readSourceGrid(context, name, chosen).reading;
}
