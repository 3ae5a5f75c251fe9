import type { HistoryFieldKey } from '../domain/history/historySchema';
import { CORE_HISTORY_FIELDS, HISTORY_FIELDS, locateColumns } from '../domain/history/historySchema';
import { usedWidth } from '../domain/history/sparseLayers';
import { SHEET } from '../domain/register/schema';
import { type CellBlock, writeBlocks } from './cellBlocks';
import { formatRuns } from './formatRuns';
import { ensureSize } from './sheetSize';
import { readHeaderRow } from './sheetValues';
import type { Sheet, Spreadsheet } from './types';

/** Snapshot History's sheet, header row and length, read without touching its rows. */
export interface HistoryShape {
  readonly sheet: Sheet | null;
  /** The sheet's own header row, as wide as its last used column. */
  readonly headerRow: readonly unknown[];
  /** Rows below the header. */
  readonly rowCount: number;
}

export interface HistoryRead extends HistoryShape {
  /**
   * The columns of the fields asked for, header row first, in the sheet's order; a
   * missing Superseded column reads as blank. Other columns are not read at all.
   */
  readonly grid: unknown[][];
}

/** The history sheet, its header row and its length: three calls whatever its length. */
export function readHistoryShape(spreadsheet: Spreadsheet): HistoryShape {
  const sheet = spreadsheet.getSheetByName(SHEET.history);
  if (!sheet) return { sheet, headerRow: [], rowCount: 0 };
  return { sheet, headerRow: readHeaderRow(sheet), rowCount: Math.max(sheet.getLastRow() - 1, 0) };
}

/**
 * Rows `firstRow`… of the wanted fields, header first (readHistory's layout), in one read
 * per block of adjacent wanted columns: a few calls whatever the number of rows.
 */
export function readHistoryRows(
  shape: HistoryShape,
  firstRow: number,
  rowCount: number,
  fields: readonly HistoryFieldKey[] = CORE_HISTORY_FIELDS,
): unknown[][] {
  const { sheet, headerRow } = shape;
  if (!sheet || headerRow.length === 0) return [];
  const located = locateColumns(headerRow);
  const wanted = fields.flatMap((key) => {
    const column = located.get(key);
    return column === undefined ? [] : [column];
  });
  wanted.sort((a, b) => a - b);
  const header = wanted.map((column) => headerRow[column]);
  const rows: unknown[][] = Array.from({ length: rowCount }, () => []);
  for (const [first, width] of adjacentBlocks(wanted)) {
    if (rowCount === 0) break;
    const block = sheet.getRange(firstRow, first + 1, rowCount, width).getValues();
    block.forEach((cells, index) => {
      rows[index]?.push(...cells);
    });
  }
  if (!located.has('superseded')) {
    header.push(HISTORY_FIELDS.find((field) => field.key === 'superseded')?.header);
    for (const row of rows) row.push('');
  }
  return [header, ...rows];
}

/**
 * The cells of some columns (0-based), laid out as the sheet is: the whole header row, then
 * every row with only those columns filled. One read per block of adjacent columns.
 */
export function readHistoryColumns(shape: HistoryShape, columns: readonly number[]): unknown[][] {
  const { sheet, headerRow, rowCount } = shape;
  // Rows stay sparse: only the columns asked for are ever filled, the rest read as blank.
  const rows: unknown[][] = Array.from({ length: rowCount }, () => []);
  if (sheet && rowCount > 0) {
    for (const [first, width] of adjacentBlocks([...columns].sort((a, b) => a - b))) {
      sheet
        .getRange(2, first + 1, rowCount, width)
        .getValues()
        .forEach((cells, index) => {
          const row = rows[index];
          if (!row) return;
          cells.forEach((cell, offset) => {
            row[first + offset] = cell;
          });
        });
    }
  }
  return [[...headerRow], ...rows];
}

/** The whole of Snapshot History's wanted columns: a few calls whatever its length, and only the cells the readers use. */
export function readHistory(
  spreadsheet: Spreadsheet,
  fields: readonly HistoryFieldKey[] = CORE_HISTORY_FIELDS,
): HistoryRead {
  const shape = readHistoryShape(spreadsheet);
  return { ...shape, grid: readHistoryRows(shape, 2, shape.rowCount, fields) };
}

/** Sorted 0-based columns as [first column, width] runs of adjacent ones. */
function adjacentBlocks(columns: readonly number[]): [number, number][] {
  const blocks: [number, number][] = [];
  for (const column of columns) {
    const last = blocks.at(-1);
    if (last && last[0] + last[1] === column) last[1] += 1;
    else blocks.push([column, 1]);
  }
  return blocks;
}

export interface HistoryAppend {
  /** The header row after the append (the sheet's own plus any missing headers). */
  readonly headerRow: readonly unknown[];
  /** Rows placed in the sheet's column order. */
  readonly rows: readonly (readonly unknown[])[];
  /** Number format per column; `@` for text, so `=1+1` in a statement stays text. */
  readonly formats: readonly string[];
  /** Superseded marks of a replaced quarter: one column region, with what it held before. */
  readonly supersede?: {
    readonly column: number;
    readonly firstRow: number;
    readonly values: unknown[][];
    readonly previous: unknown[][];
  };
}

/**
 * Appends a snapshot after the last row: header (when new or widened), the rows, and the
 * superseded marks of a replaced quarter, then `alongside` (register cells that go with
 * it, such as new IDs), as one batch undone together on failure; a sheet created for it
 * is removed again. No history row is ever deleted or rewritten.
 */
export function appendSnapshot(
  spreadsheet: Spreadsheet,
  read: HistoryShape,
  append: HistoryAppend,
  alongside: readonly CellBlock[] = [],
): Sheet {
  const created = read.sheet === null;
  const sheet = read.sheet ?? spreadsheet.insertSheet(SHEET.history);
  try {
    const width = append.headerRow.length;
    const firstRow = read.rowCount + 2;
    ensureSize(sheet, firstRow + append.rows.length - 1, width);

    const blocks: CellBlock[] = [];
    if (read.headerRow.length !== width) {
      const previous = Array.from({ length: width }, (_, index) => read.headerRow[index] ?? '');
      blocks.push({ sheet, row: 1, column: 1, values: [[...append.headerRow]], previous: [previous] });
    }
    if (append.rows.length > 0) {
      // One format per run of adjacent columns sharing it: at most one call per column, none per row.
      for (const [first, count] of formatRuns(append.formats)) {
        sheet.getRange(firstRow, first + 1, append.rows.length, count).setNumberFormat(append.formats[first] ?? '@');
      }
      // Rows below the last are empty, so columns blank in every new row (Superseded) need no write.
      const used = append.rows.reduce((widest, row) => Math.max(widest, usedWidth(row)), 0);
      const values = append.rows.map((row) => row.slice(0, used));
      const blanks = append.rows.map(() => new Array<unknown>(used).fill(''));
      blocks.push({ sheet, row: firstRow, column: 1, values, previous: blanks });
    }
    const marks = append.supersede;
    if (marks)
      blocks.push({ sheet, row: marks.firstRow, column: marks.column, values: marks.values, previous: marks.previous });
    writeBlocks([...blocks, ...alongside]);
  } catch (error) {
    if (created) spreadsheet.deleteSheet(sheet);
    throw error;
  }
  return sheet;
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
