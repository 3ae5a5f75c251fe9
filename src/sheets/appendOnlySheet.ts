import { type CellBlock, writeBlocks } from './cellBlocks';
import { applyFormatAreas, columnFormatAreas, type FormatAreas } from './numberFormats';
import { NEW_SHEET_SIZE } from './sheetSize';
import { textInputBlock } from './textInput';
import type { Sheet, Spreadsheet } from './types';

/**
 * An append-only log sheet (Snapshot History, Check-ins): rows are only ever added below
 * the last one, text is stored as text (each new row's columns get their number format,
 * `@` for text, before the values go in), and the sheet is warning-protected. What the
 * append must know of the sheet is read by `prepareLogAppend` before the operation's
 * first write, so no read waits on a write.
 */

/** A log sheet as found before any of its rows is read. */
export interface LogSheet {
  readonly name: string;
  readonly sheet: Sheet | null;
  /** The sheet's own header row, as wide as its last used column. */
  readonly headerRow: readonly unknown[];
  /** Rows below the header. */
  readonly rowCount: number;
}

/** What the append needs to know of the sheet, read ahead. */
export interface LogTarget {
  readonly log: LogSheet;
  /** The sheet's columns, read only when the header grows past its used width. */
  readonly maxColumns: number | undefined;
  readonly frozen: boolean;
  readonly protected: boolean;
}

/** The cells an append writes: the header row after it, the new rows and one number format per column. */
export interface LogAppend {
  readonly headerRow: readonly unknown[];
  readonly rows: readonly (readonly unknown[])[];
  readonly formats: readonly string[];
  /** Formats of single cells over the column's (areas from the first new row), applied with them. */
  readonly cellFormats?: (firstRow: number) => FormatAreas;
}

/** Reads ahead what the append and the protection will need (two or three calls, none for a new sheet). */
export function prepareLogAppend(log: LogSheet, widthAfter: number): LogTarget {
  const { sheet } = log;
  if (!sheet) return { log, maxColumns: undefined, frozen: false, protected: false };
  return {
    log,
    maxColumns: widthAfter > log.headerRow.length ? sheet.getMaxColumns() : undefined,
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
 * Appends rows after the last one: rows made for them, the formats (one range list per
 * format), then the header (when new or widened), the rows and `alongside` (cells that go
 * with them, such as the register's new values), as one batch undone together on failure;
 * a sheet created for it is removed again. No row already there is deleted or rewritten.
 */
export function appendToLog(
  spreadsheet: Spreadsheet,
  target: LogTarget,
  append: LogAppend,
  alongside: readonly CellBlock[] = [],
): Sheet {
  const { log } = target;
  const created = log.sheet === null;
  const sheet = log.sheet ?? spreadsheet.insertSheet(log.name);
  try {
    const width = append.headerRow.length;
    const firstRow = log.rowCount + 2;
    const rows = append.rows.length;
    // New rows go right below the last one, whatever blank rows the sheet has further down.
    if (rows > 0) sheet.insertRowsAfter(firstRow - 1, rows);
    const columns = created ? NEW_SHEET_SIZE.columns : (target.maxColumns ?? width);
    if (width > columns) sheet.insertColumnsAfter(columns, width - columns);

    const blocks: CellBlock[] = [];
    if (log.headerRow.length !== width) {
      const previous = Array.from({ length: width }, (_, index) => log.headerRow[index] ?? '');
      blocks.push({ sheet, row: 1, column: 1, values: [[...append.headerRow]], previous: [previous] });
    }
    if (rows > 0) {
      applyFormatAreas(sheet, columnFormatAreas(append.formats, firstRow, rows));
      if (append.cellFormats) applyFormatAreas(sheet, append.cellFormats(firstRow));
      const used = usedWidth(append.rows);
      const rowsUsed = append.rows.map((row) => row.slice(0, used));
      const { values, generalAreas } = textInputBlock(rowsUsed, (_, c) => append.formats[c] ?? '', firstRow, 1);
      const previous = values.map(() => new Array(used).fill(''));
      blocks.push({ sheet, row: firstRow, column: 1, values, previous, generalAreas });
    }
    writeBlocks([...blocks, ...alongside]);
  } catch (error) {
    if (created) spreadsheet.deleteSheet(sheet);
    throw error;
  }
  return sheet;
}

/** Guards a log against accidental edits; warning-only, so an owner can still fix a mistake on purpose. */
export function guardLog(sheet: Sheet, target: LogTarget, description: string): void {
  const created = target.log.sheet === null;
  if (created || !target.frozen) sheet.setFrozenRows(1);
  if (!created && target.protected) return;
  protectLog(sheet, description);
}

/** Warning-only protection: Sheets asks before an edit by hand, and the add-on's own appends pass. */
export function protectLog(sheet: Sheet, description: string): void {
  sheet.protect().setDescription(description).setWarningOnly(true);
}
