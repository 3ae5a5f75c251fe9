import type { SheetView } from '../previewState';
import { ROWS_PER_PAGE } from '../rowPages';

/** The footer under a sheet shown a page of rows at a time; undefined when every row is shown. */
export interface RowPager {
  readonly text: string;
  readonly previous?: { readonly label: string; readonly row: number };
  readonly next?: { readonly label: string; readonly row: number };
}

const count = (n: number): string => n.toLocaleString('en-US');
const rows = (n: number): string => `${count(n)} row${n === 1 ? '' : 's'}`;

export function rowPager(
  sheet: Pick<SheetView, 'frozenRows' | 'rowCount' | 'firstRow' | 'body'>,
): RowPager | undefined {
  const dataStart = sheet.frozenRows + 1;
  const last = sheet.firstRow + sheet.body.length - 1;
  if (sheet.firstRow <= dataStart && last >= sheet.rowCount) return undefined;
  const fixed = sheet.frozenRows > 0 ? ` (row${sheet.frozenRows > 1 ? `s 1–${sheet.frozenRows}` : ' 1'} above)` : '';
  const before = Math.min(ROWS_PER_PAGE, sheet.firstRow - dataStart);
  const after = Math.min(ROWS_PER_PAGE, sheet.rowCount - last);
  return {
    text: `Rows ${count(sheet.firstRow)}–${count(last)} of ${count(sheet.rowCount)}${fixed}`,
    ...(before > 0
      ? { previous: { label: `Previous ${rows(before)}`, row: Math.max(dataStart, sheet.firstRow - ROWS_PER_PAGE) } }
      : {}),
    ...(after > 0 ? { next: { label: `Next ${rows(after)}`, row: last + 1 } } : {}),
  };
}
