import { alignHistory, placedFormats, placeRows } from './historyAlignment';
import { supersedeRows } from './historyRead';
import { defaultColumnOf, HISTORY_FIELDS, locateColumns } from './historySchema';

/** What appending a snapshot writes, in sheet coordinates, and the history as readers will then see it. */
export interface AppendPlan {
  /** The header row after the append: the sheet's own plus any missing headers at the right. */
  readonly headerRow: readonly unknown[];
  /** The snapshot's rows in the sheet's column order. */
  readonly rows: unknown[][];
  readonly formats: readonly string[];
  /** Marks on the replaced quarter's rows, with what the cells held before. */
  readonly supersede?: { column: number; firstRow: number; values: unknown[][]; previous: unknown[][] };
  /** The read columns (`readGrid`'s layout) after the append, without reading the sheet again. */
  readonly after: unknown[][];
}

/**
 * Plans a snapshot append from the sheet's header row and the columns read back from it
 * (`readGrid`: header first, a Superseded column included). `snapshotRows` are in the
 * default field order (buildSnapshotRows). With `replace`, the quarter's live rows are
 * marked Superseded with the new snapshot's time; `timeZone` is the spreadsheet's, for a
 * Quarter cell that holds a date.
 */
export function planAppend(
  sheetHeaderRow: readonly unknown[],
  readGrid: readonly (readonly unknown[])[],
  snapshotRows: readonly (readonly unknown[])[],
  quarter: string,
  takenAt: Date,
  replace: boolean,
  timeZone: string,
): AppendPlan {
  const alignment = alignHistory(sheetHeaderRow);
  const readHeader = readGrid[0] ?? HISTORY_FIELDS.map((field) => field.header);
  const after = readGrid.length === 0 ? [[...readHeader]] : readGrid.map((row) => [...row]);

  let supersede: AppendPlan['supersede'];
  const marks = replace ? supersedeRows(readGrid, quarter, takenAt, timeZone) : undefined;
  if (marks) {
    const sheetColumn = (alignment.columnOfField[defaultColumnOf('superseded')] ?? 0) + 1;
    const previous = marks.values.map((_, index) => [readGrid[marks.firstRow - 1 + index]?.[marks.column - 1] ?? '']);
    supersede = { column: sheetColumn, firstRow: marks.firstRow, values: marks.values, previous };
    marks.values.forEach(([value], index) => {
      const row = after[marks.firstRow - 1 + index];
      if (row) row[marks.column - 1] = value;
    });
  }

  // The new rows, as the read columns hold them, so the variance sees the history after the append.
  const readColumns = locateColumns(readHeader);
  const picks = [...readColumns.entries()].map(([key, column]) => [column, defaultColumnOf(key)] as const);
  for (const row of snapshotRows) {
    const picked: unknown[] = new Array(readHeader.length).fill('');
    for (const [column, field] of picks) picked[column] = row[field] ?? '';
    after.push(picked);
  }
  return {
    headerRow: alignment.headerRow,
    rows: placeRows(snapshotRows, alignment),
    formats: placedFormats(alignment),
    ...(supersede ? { supersede } : {}),
    after,
  };
}

/**
 * Superseded marks for a replaced snapshot whose rows are known without reading the whole
 * history (from the ledger): every row of the block gets the replacing snapshot's time.
 * `previous` is what the block's Superseded cells held, for undo.
 */
export function supersedeBlock(
  sheetHeaderRow: readonly unknown[],
  firstRow: number,
  previous: unknown[][],
  takenAt: Date,
): NonNullable<AppendPlan['supersede']> {
  const column = (alignHistory(sheetHeaderRow).columnOfField[defaultColumnOf('superseded')] ?? 0) + 1;
  return { column, firstRow, values: previous.map(() => [takenAt]), previous };
}
