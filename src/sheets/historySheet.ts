import type { SupersedeWrite } from '../domain/history/historyRead';
import { SHEET } from '../domain/register/schema';
import { type CellBlock, writeBlocks } from './cellBlocks';
import { ensureSize } from './sheetSize';
import { readUsedValues } from './sheetValues';
import type { Sheet, Spreadsheet } from './types';

export interface HistoryRead {
  readonly sheet: Sheet | null;
  /** Every used cell, header row first; [] when the sheet is missing or empty. */
  readonly grid: unknown[][];
}

/** Snapshot History in one read. */
export function readHistory(spreadsheet: Spreadsheet): HistoryRead {
  const sheet = spreadsheet.getSheetByName(SHEET.history);
  return { sheet, grid: sheet ? readUsedValues(sheet) : [] };
}

export interface HistoryAppend {
  /** The header row after the append (the sheet's own plus any missing headers). */
  readonly headerRow: readonly unknown[];
  /** Rows placed in the sheet's column order. */
  readonly rows: readonly (readonly unknown[])[];
  /** Number format per column; `@` for text, so `=1+1` in a statement stays text. */
  readonly formats: readonly string[];
  readonly supersede: SupersedeWrite | undefined;
}

/**
 * Appends a snapshot after the last row: header (when new or widened), the rows, and the
 * superseded marks of a replaced quarter, then `alongside` (register cells that go with
 * it, such as new IDs), as one batch undone together on failure; a sheet created for it
 * is removed again. No history row is ever deleted or rewritten.
 */
export function appendSnapshot(
  spreadsheet: Spreadsheet,
  read: HistoryRead,
  append: HistoryAppend,
  alongside: readonly CellBlock[] = [],
): Sheet {
  const created = read.sheet === null;
  const sheet = read.sheet ?? spreadsheet.insertSheet(SHEET.history);
  try {
    const width = append.headerRow.length;
    const firstRow = Math.max(read.grid.length, 1) + 1;
    const lastRow = firstRow + append.rows.length - 1;
    ensureSize(sheet, lastRow, width);

    const blocks: CellBlock[] = [];
    const oldHeader = read.grid[0] ?? [];
    if (oldHeader.length !== width) {
      blocks.push({ sheet, row: 1, column: 1, values: [[...append.headerRow]], previous: [padded(oldHeader, width)] });
    }
    if (append.rows.length > 0) {
      sheet
        .getRange(firstRow, 1, append.rows.length, width)
        .setNumberFormats(append.rows.map(() => [...append.formats]));
      const blanks = append.rows.map(() => new Array<unknown>(width).fill(''));
      blocks.push({ sheet, row: firstRow, column: 1, values: append.rows.map((row) => [...row]), previous: blanks });
    }
    const marks = append.supersede;
    if (marks) {
      const previous = marks.values.map((_, index) => [
        read.grid[marks.firstRow - 1 + index]?.[marks.column - 1] ?? '',
      ]);
      blocks.push({ sheet, row: marks.firstRow, column: marks.column, values: marks.values, previous });
    }
    writeBlocks([...blocks, ...alongside]);
  } catch (error) {
    if (created) spreadsheet.deleteSheet(sheet);
    throw error;
  }
  return sheet;
}

function padded(row: readonly unknown[], width: number): unknown[] {
  return Array.from({ length: width }, (_, index) => row[index] ?? '');
}

/** Guards the history against accidental edits; warning-only, so an owner can still fix a mistake on purpose. */
export function protectHistory(sheet: Sheet): void {
  if (sheet.getFrozenRows() === 0) sheet.setFrozenRows(1);
  if (sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0) return;
  sheet
    .protect()
    .setDescription('Snapshot History is append-only: Strategy Register adds a snapshot each quarter.')
    .setWarningOnly(true);
}
