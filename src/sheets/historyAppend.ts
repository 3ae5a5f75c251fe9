import type { AppendPlan } from '../domain/history/appendPlan';
import { SHEET } from '../domain/register/schema';
import { type CellBlock, writeBlocks } from './cellBlocks';
import type { HistorySource } from './historyStore';
import { applyFormatAreas, columnFormatAreas } from './numberFormats';
import { textInputBlock } from './textInput';
import type { Sheet, Spreadsheet } from './types';

/**
 * Snapshot History's one writer: appends a snapshot below the last row. What it must know
 * of the sheet beyond the store's source is read by `prepareAppend` before the operation
 * writes anything, so no read waits on a write.
 */

/** What the append needs to know of the sheet, read ahead. */
export interface AppendTarget {
  readonly source: HistorySource;
  /** The sheet's columns, read only when the header grows past its used width. */
  readonly maxColumns: number | undefined;
  readonly frozen: boolean;
  readonly protected: boolean;
}

/** Reads ahead what the append and the protection will need (two or three calls, none for a new sheet). */
export function prepareAppend(source: HistorySource, widthAfter: number): AppendTarget {
  const { sheet } = source;
  if (!sheet) return { source, maxColumns: undefined, frozen: false, protected: false };
  return {
    source,
    maxColumns: widthAfter > source.headerRow.length ? sheet.getMaxColumns() : undefined,
    frozen: sheet.getFrozenRows() > 0,
    protected: sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0,
  };
}

/** Rows blank in every new row need no write: the rows below the last one are empty. */
function usedWidth(rows: readonly (readonly unknown[])[]): number {
  let widest = 0;
  for (const row of rows) {
    for (let column = row.length - 1; column >= widest; column -= 1) {
      if (row[column] !== '' && row[column] !== null) {
        widest = column + 1;
        break;
      }
    }
  }
  return widest;
}

/**
 * Appends a snapshot after the last row: rows made for it, the formats (one range list per
 * format), then the header (when new or widened), the rows and the superseded marks of a
 * replaced quarter with `alongside` (register cells that go with it, such as new IDs), as
 * one batch undone together on failure; a sheet created for it is removed again. No
 * history row is ever deleted or rewritten.
 */
export function appendSnapshot(
  spreadsheet: Spreadsheet,
  target: AppendTarget,
  append: Pick<AppendPlan, 'headerRow' | 'rows' | 'formats' | 'supersede'>,
  alongside: readonly CellBlock[] = [],
): Sheet {
  const { source } = target;
  const created = source.sheet === null;
  const sheet = source.sheet ?? spreadsheet.insertSheet(SHEET.history);
  try {
    const width = append.headerRow.length;
    const firstRow = source.rowCount + 2;
    const rows = append.rows.length;
    // New rows go right below the last one, whatever blank rows the sheet has further down.
    if (rows > 0) sheet.insertRowsAfter(firstRow - 1, rows);
    const columns = created ? sheet.getMaxColumns() : (target.maxColumns ?? width);
    if (width > columns) sheet.insertColumnsAfter(columns, width - columns);

    const blocks: CellBlock[] = [];
    if (source.headerRow.length !== width) {
      const previous = Array.from({ length: width }, (_, index) => source.headerRow[index] ?? '');
      blocks.push({ sheet, row: 1, column: 1, values: [[...append.headerRow]], previous: [previous] });
    }
    if (rows > 0) {
      applyFormatAreas(sheet, columnFormatAreas(append.formats, firstRow, rows));
      const used = usedWidth(append.rows);
      const rowsUsed = append.rows.map((row) => row.slice(0, used));
      const { values, generalAreas } = textInputBlock(rowsUsed, (_, c) => append.formats[c] ?? '', firstRow, 1);
      const previous = values.map(() => new Array(used).fill(''));
      blocks.push({ sheet, row: firstRow, column: 1, values, previous, generalAreas });
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
export function guardHistory(sheet: Sheet, target: AppendTarget): void {
  const created = target.source.sheet === null;
  if (created || !target.frozen) sheet.setFrozenRows(1);
  if (!created && target.protected) return;
  sheet
    .protect()
    .setDescription('Snapshot History is append-only: Strategy Register adds a snapshot each quarter.')
    .setWarningOnly(true);
}
