import { parseA1 } from '../emulator/a1';
import { zonedInstant, zonedParts } from '../emulator/timeZone';
import { type Expression, parseFormula } from './formulaSyntax';
import type { SheetSnapshot } from './sheetAccess';

/**
 * What Sheets would show in the cells of the add-on's own formulas. The emulator computes
 * only arithmetic, so `=STRATEGY_PROGRESS(E2:E, F2:F, G2:G)` reads back blank; the preview
 * calls the add-on's function (as a custom function runs) with the ranges' values and
 * spreads an array result down and across, as Sheets does. Results are for showing only:
 * nothing is written to the workbook.
 */

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export type FormulaResult =
  | { readonly kind: 'value'; readonly value: unknown }
  /** Sheets shows `#ERROR!` (or `#REF!` for an array with no room) and the sentence on hover. */
  | { readonly kind: 'error'; readonly display: string; readonly message: string }
  /** A formula the preview cannot compute: Sheets shows its result, the preview says so. */
  | { readonly kind: 'uncomputed' };

/** Results by `row,column` (1-based) of one sheet: formula cells and the cells their arrays fill. */
export type SheetResults = ReadonlyMap<string, FormulaResult>;

export const cellKey = (row: number, column: number): string => `${row},${column}`;

export interface FormulaHost {
  readonly spreadsheet: Spreadsheet;
  /** Calls a function of the add-on by name; undefined when it has none of that name. */
  call(name: string, args: unknown[]): { readonly value: unknown } | undefined;
  /** A Date of the add-on's realm, so the add-on's own `instanceof Date` holds. */
  date(ms: number): Date;
  now(): number;
}

class NotComputable extends Error {}

const isBlank = (value: unknown): boolean => value === '' || value === null || value === undefined;

export class FormulaResults {
  private readonly bySheet = new Map<string, Map<string, FormulaResult>>();
  private readonly timeZone: string;

  constructor(private readonly host: FormulaHost) {
    this.timeZone = host.spreadsheet.getSpreadsheetTimeZone();
  }

  /**
   * The results of a sheet's formulas in rows 1…`throughRow` (all rows by default), computed
   * once per instance. A sheet still being computed (a formula reading its own sheet) gives
   * the results found so far.
   */
  forSheet(sheet: Sheet, throughRow = sheet.getLastRow()): SheetResults {
    const known = this.bySheet.get(sheet.getName());
    if (known) return known;
    const results = new Map<string, FormulaResult>();
    this.bySheet.set(sheet.getName(), results);
    const columns = sheet.getLastColumn();
    const rows = Math.min(throughRow, sheet.getLastRow());
    if (rows === 0 || columns === 0) return results;
    const range = sheet.getRange(1, 1, rows, columns);
    const formulas = range.getFormulas();
    const values = range.getValues();
    formulas.forEach((row, r) => {
      row.forEach((formula, c) => {
        // A formula the emulator computed (arithmetic) already holds its value.
        if (formula && isBlank(values[r]?.[c])) this.compute(sheet, r + 1, c + 1, formula, results);
      });
    });
    return results;
  }

  private compute(sheet: Sheet, row: number, column: number, formula: string, into: Map<string, FormulaResult>): void {
    const expression = parseFormula(formula);
    if (!expression) {
      into.set(cellKey(row, column), { kind: 'uncomputed' });
      return;
    }
    let value: unknown;
    try {
      value = this.evaluate(expression, sheet);
    } catch (error) {
      if (error instanceof NotComputable) into.set(cellKey(row, column), { kind: 'uncomputed' });
      else into.set(cellKey(row, column), { kind: 'error', display: '#ERROR!', message: messageOf(error) });
      return;
    }
    const grid = asGrid(value);
    const blocked = firstTakenCell(sheet, row, column, grid);
    if (blocked) {
      const message = `Array result was not expanded because it would overwrite data in ${blocked}.`;
      into.set(cellKey(row, column), { kind: 'error', display: '#REF!', message });
      return;
    }
    grid.forEach((cells, r) => {
      cells.forEach((cell, c) => {
        into.set(cellKey(row + r, column + c), { kind: 'value', value: cell });
      });
    });
  }

  private evaluate(expression: Expression, sheet: Sheet): unknown {
    switch (expression.kind) {
      case 'number':
      case 'text':
      case 'boolean':
        return expression.value;
      case 'range':
        return this.rangeValue(expression.sheet, expression.a1, sheet);
      case 'call':
        return this.callFunction(expression.name, expression.args, sheet);
    }
  }

  private callFunction(name: string, args: readonly Expression[], sheet: Sheet): unknown {
    const values = args.map((arg) => this.evaluate(arg, sheet));
    const upper = name.toUpperCase();
    if (upper === 'TODAY' && values.length === 0) return this.midnight(this.host.now());
    if (upper === 'DATE' && values.length === 3 && values.every((v) => typeof v === 'number')) {
      const [year, month, day] = values as number[];
      return this.host.date(zonedInstant(this.timeZone, year as number, month as number, day as number));
    }
    const result = this.host.call(name, values);
    if (!result) throw new NotComputable();
    return result.value;
  }

  private midnight(ms: number): Date {
    const { year, month, day } = zonedParts(ms, this.timeZone);
    return this.host.date(zonedInstant(this.timeZone, year, month, day));
  }

  /** A range's values, with the results of the formulas in it; one cell is passed as its value. */
  private rangeValue(sheetName: string | undefined, a1: string, own: Sheet): unknown {
    const sheet = sheetName === undefined ? own : this.host.spreadsheet.getSheetByName(sheetName);
    if (!sheet || !parseA1(a1)) throw new Error(`Unresolved sheet name '${sheetName ?? ''}'.`);
    const range = sheet.getRange(a1);
    const results = this.forSheet(sheet);
    const top = range.getRow();
    const left = range.getColumn();
    const values = range.getValues().map((cells, r) =>
      cells.map((cell, c) => {
        const result = results.get(cellKey(top + r, left + c));
        if (result?.kind === 'value') return result.value;
        if (result?.kind === 'error') throw new Error(result.message);
        return cell;
      }),
    );
    return values.length === 1 && values[0]?.length === 1 ? values[0]?.[0] : values;
  }
}

/** The sentence of an error from any realm (the add-on's errors are not this realm's Error). */
function messageOf(error: unknown): string {
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  return typeof message === 'string' ? message : String(error);
}

/** A custom function's result as rows of cells: a value is one cell, a flat array one column. */
function asGrid(value: unknown): unknown[][] {
  if (!Array.isArray(value)) return [[value ?? '']];
  if (value.length === 0) return [['']];
  return value.map((row) => (Array.isArray(row) ? row.map((cell) => cell ?? '') : [row ?? '']));
}

/** The first cell (other than the formula's own) an array result would cover that holds something. */
function firstTakenCell(sheet: Sheet, row: number, column: number, grid: readonly unknown[][]): string | undefined {
  const height = grid.length;
  const width = Math.max(...grid.map((cells) => cells.length));
  if (height === 1 && width === 1) return undefined;
  const lastRow = Math.min(row + height - 1, sheet.getLastRow());
  const lastColumn = Math.min(column + width - 1, sheet.getLastColumn());
  if (lastRow < row || lastColumn < column) return undefined;
  const area = sheet.getRange(row, column, lastRow - row + 1, lastColumn - column + 1);
  const values = area.getValues();
  const formulas = area.getFormulas();
  for (let r = 0; r < values.length; r++) {
    for (let c = 0; c < (values[r]?.length ?? 0); c++) {
      if (r === 0 && c === 0) continue;
      if (!isBlank(values[r]?.[c]) || formulas[r]?.[c]) return sheet.getRange(row + r, column + c).getA1Notation();
    }
  }
  return undefined;
}

/** The sheet with each computed value in its cell (errors and uncomputed formulas stay blank). */
export function withResults(sheet: SheetSnapshot, results: SheetResults): SheetSnapshot {
  const values = sheet.values.map((cells, r) =>
    cells.map((value, c) => {
      const result = results.get(cellKey(sheet.firstRow + r, c + 1));
      return result?.kind === 'value' ? result.value : value;
    }),
  );
  return { ...sheet, values };
}
