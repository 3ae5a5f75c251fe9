import { DIGEST_SHEET, digestFromGrid, digestToGrid } from '../domain/history/digestGrid';
import type { HistoryDigest } from '../domain/history/historyDigest';
import { formatRuns } from './formatRuns';
import { ensureSize } from './sheetSize';
import { readUsedValues } from './sheetValues';
import type { Spreadsheet } from './types';

/** The digest kept for history version `stamp`, in one read; undefined when there is none or it is of another version. */
export function readDigest(spreadsheet: Spreadsheet, stamp: string): HistoryDigest | undefined {
  const sheet = spreadsheet.getSheetByName(DIGEST_SHEET);
  return sheet ? digestFromGrid(readUsedValues(sheet), stamp) : undefined;
}

/**
 * Replaces the digest sheet's contents with `digest` for version `stamp`: formats per
 * column, the values in one write, then rows left over from a longer digest cleared. The
 * sheet is hidden and warning-protected; a digest too large for the cells is not kept.
 */
export function writeDigest(spreadsheet: Spreadsheet, digest: HistoryDigest, stamp: string): void {
  const existing = spreadsheet.getSheetByName(DIGEST_SHEET);
  const grid = digestToGrid(digest, stamp);
  if (!grid) {
    existing?.clearContents();
    return;
  }
  const rows = grid.values.length;
  const width = grid.formats.length;
  const sheet = existing ?? createDigestSheet(spreadsheet, rows, width);
  const previousRows = sheet.getLastRow();
  ensureSize(sheet, rows, width);
  for (const [first, count] of formatRuns(grid.formats)) {
    sheet.getRange(1, first + 1, rows, count).setNumberFormat(grid.formats[first] ?? '@');
  }
  sheet.getRange(1, 1, rows, width).setValues(grid.values);
  if (previousRows > rows) sheet.getRange(rows + 1, 1, previousRows - rows, width).clearContent();
}

/**
 * A hidden, warning-protected sheet sized for the digest: the same calls whatever its
 * length, and no columns beyond its own counting toward the spreadsheet's cell limit.
 */
function createDigestSheet(spreadsheet: Spreadsheet, rows: number, width: number) {
  const sheet = spreadsheet.insertSheet(DIGEST_SHEET);
  sheet.hideSheet();
  sheet
    .protect()
    .setDescription('Strategy Register keeps a summary of Snapshot History here; it is rebuilt from the history.')
    .setWarningOnly(true);
  sheet.insertRowsAfter(sheet.getMaxRows(), rows);
  const spare = sheet.getMaxColumns() - width;
  if (spare > 0) sheet.deleteColumns(width + 1, spare);
  return sheet;
}
