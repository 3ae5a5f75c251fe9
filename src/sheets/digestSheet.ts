import { DIGEST_SHEET, digestFromGrid, digestToGrid } from '../domain/history/digestGrid';
import type { HistoryDigest } from '../domain/history/historyDigest';
import { applyFormatAreas, columnFormatAreas } from './numberFormats';
import { NEW_SHEET_SIZE, rangeFromTopLeft } from './sheetSize';
import { readUsedValues } from './sheetValues';
import { applyGeneral, textInputBlock } from './textInput';
import type { Sheet, Spreadsheet } from './types';

/** The digest sheet as read, so writing it again needs no read after the history's first write. */
export interface DigestTarget {
  readonly sheet: Sheet | null;
  /** Rows it holds now. */
  readonly rows: number;
}

/** The cell format a digest column keeps without a write: a new row is `General`. */
const GENERAL = 'General';

/** Where the digest would be written, read ahead of any write (two calls when it exists). */
export function digestTarget(spreadsheet: Spreadsheet): DigestTarget {
  const sheet = spreadsheet.getSheetByName(DIGEST_SHEET);
  return { sheet, rows: sheet ? sheet.getLastRow() : 0 };
}

/**
 * The digest kept for history version `stamp`, in one read, with where it lives;
 * undefined when there is none or it is of another version.
 */
export function readDigest(
  spreadsheet: Spreadsheet,
  stamp: string,
): { digest: HistoryDigest; target: DigestTarget } | undefined {
  const sheet = spreadsheet.getSheetByName(DIGEST_SHEET);
  if (!sheet) return undefined;
  const grid = readUsedValues(sheet);
  const digest = digestFromGrid(grid, stamp);
  return digest ? { digest, target: { sheet, rows: grid.length } } : undefined;
}

/**
 * Replaces the digest sheet's contents with `digest` for version `stamp`: the text
 * columns' format, the values in one write, then rows left over from a longer digest
 * cleared. The sheet is hidden and warning-protected; a digest too large for the cells is
 * not kept. Reads nothing: what it must know of the sheet is in `target`.
 */
export function writeDigest(
  spreadsheet: Spreadsheet,
  target: DigestTarget,
  digest: HistoryDigest,
  stamp: string,
): void {
  const grid = digestToGrid(digest, stamp);
  if (!grid) {
    target.sheet?.clearContents();
    return;
  }
  const rows = grid.values.length;
  const width = grid.formats.length;
  const sheet = target.sheet ?? createDigestSheet(spreadsheet, rows, width);
  const range = rangeFromTopLeft(sheet, rows, width);
  const formats = new Map(columnFormatAreas(grid.formats, 1, rows));
  formats.delete(GENERAL);
  applyFormatAreas(sheet, formats);
  const { values, generalAreas } = textInputBlock(grid.values, (_, c) => grid.formats[c] ?? GENERAL, 1, 1);
  applyGeneral(sheet, generalAreas);
  range.setValues(values);
  if (target.rows > rows) sheet.getRange(rows + 1, 1, target.rows - rows, width).clearContent();
}

/**
 * A hidden, warning-protected sheet sized for the digest: the same calls whatever its
 * length, and no columns beyond its own counting toward the spreadsheet's cell limit.
 */
function createDigestSheet(spreadsheet: Spreadsheet, rows: number, width: number): Sheet {
  const sheet = spreadsheet.insertSheet(DIGEST_SHEET);
  sheet.hideSheet();
  sheet
    .protect()
    .setDescription('Strategy Register keeps a summary of Snapshot History here; it is rebuilt from the history.')
    .setWarningOnly(true);
  sheet.insertRowsAfter(NEW_SHEET_SIZE.rows, rows);
  const spare = NEW_SHEET_SIZE.columns - width;
  if (spare > 0) sheet.deleteColumns(width + 1, spare);
  return sheet;
}
