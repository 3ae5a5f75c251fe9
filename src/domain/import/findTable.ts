import { isBlank } from '../cellValue';
import { fail, ok, type Result } from '../result';
import { fieldOfHeader } from './headerSynonyms';
import { quotedSheet } from './sourceCells';

/**
 * Finding the plan's table in a sheet: the header row is the first of the top rows that
 * holds two or more headers the import knows (titles, "prepared for" lines and report
 * preambles above it are passed over). The table runs to the sheet's last row: blank rows
 * that space out its groups are passed over, and a note written alone below it is told
 * apart later (itemPlan.ts). It ends early only at a second header row, the start of
 * another table.
 */

/** The subject of a refusal the mapping editor can settle: the user chooses the header row and columns. */
export const MAPPING_SUBJECT = 'mapping';

/** How many rows from the top are searched for the header row. */
export const HEADER_SEARCH_ROWS = 30;

/** One data row of the table: its 1-based sheet row and its cells. */
export interface SourceRow {
  readonly row: number;
  readonly cells: readonly unknown[];
}

export interface SourceTable {
  /** 1-based sheet row of the headers. */
  readonly headerRow: number;
  readonly header: readonly unknown[];
  /** The data rows under the headers, blank rows left out. */
  readonly rows: readonly SourceRow[];
  /** Another table below, where this one ends: its first row (a title over its headers, or the headers) and its header row. */
  readonly nextTable?: { readonly startRow: number; readonly headerRow: number };
  /** Columns the table spans: its header row's and its rows' widest. */
  readonly width: number;
}

type Grid = readonly unknown[];

function cellsOf(row: unknown): readonly unknown[] {
  return Array.isArray(row) ? row : [];
}

function isBlankRow(row: unknown): boolean {
  return cellsOf(row).every(isBlank);
}

/** How many of the row's cells are headers the import knows ("Objective | Goal" counts two). */
function recognised(row: unknown): number {
  return cellsOf(row).filter((cell) => fieldOfHeader(cell) !== undefined).length;
}

/** A header row pasted into one cell ("OKR_ID,Objective,Owner"): the text when it holds two known headers. */
function headersInOneCell(row: unknown): string | undefined {
  const filled = cellsOf(row).filter((cell) => !isBlank(cell));
  const only = filled[0];
  if (filled.length !== 1 || typeof only !== 'string') return undefined;
  const parts = only.split(/[,;\t|]/).map(fieldOfHeader);
  return new Set(parts.filter((field) => field !== undefined)).size >= 2 ? only : undefined;
}

function shorten(text: string): string {
  const characters = Array.from(text);
  return characters.length > 40 ? `${characters.slice(0, 40).join('')}…` : text;
}

/** The 0-based index of the header row in `grid`, or why none could be found. */
export function findHeaderRow(grid: Grid, sheet: string): Result<number> {
  const top = grid.slice(0, HEADER_SEARCH_ROWS);
  const index = top.findIndex((row) => recognised(row) >= 2);
  if (index >= 0) return ok(index);
  const where = quotedSheet(sheet);
  if (top.every(isBlankRow)) {
    return fail(
      'not-found',
      `${where} is empty: paste or import the plan into it, then run the import again.`,
      'sheet',
    );
  }
  const packed = top.findIndex((row) => headersInOneCell(row) !== undefined);
  if (packed >= 0) {
    const text = headersInOneCell(top[packed]) ?? '';
    return fail(
      'unreadable',
      `Row ${packed + 1} of ${where} holds all its headers in one cell (${JSON.stringify(shorten(text))}): split it into columns with Data → Split text to columns, then run the import again.`,
      'sheet',
    );
  }
  return fail(
    'not-found',
    `No header row found in the first ${HEADER_SEARCH_ROWS} rows of ${where}: no row has two headers the import knows, such as Strategy, Objective, Tactic, Key result, Owner, Target or Due. Rename the headers, or choose the columns in the mapping editor.`,
    MAPPING_SUBJECT,
  );
}

/** The table whose headers are in row `headerIndex` (0-based) of `grid`: its filled rows, up to another header row. */
export function tableUnder(grid: Grid, headerIndex: number): SourceTable {
  const header = cellsOf(grid[headerIndex]);
  const rows: SourceRow[] = [];
  let nextTable: SourceTable['nextTable'];
  // Rows since the last blank one: a one-cell line right above a second header row is that table's title.
  let sinceBlank = 0;
  for (let index = headerIndex + 1; index < grid.length; index++) {
    const row = grid[index];
    if (isBlankRow(row)) {
      sinceBlank = 0;
      continue;
    }
    if (recognised(row) >= 2) {
      const tail = rows.slice(rows.length - sinceBlank);
      const titles = tail.every((above) => above.cells.filter((cell) => !isBlank(cell)).length === 1) ? tail : [];
      rows.length -= titles.length;
      nextTable = { startRow: titles[0]?.row ?? index + 1, headerRow: index + 1 };
      break;
    }
    rows.push({ row: index + 1, cells: cellsOf(row) });
    sinceBlank += 1;
  }
  const lastFilled = (cells: readonly unknown[]) => {
    for (let column = cells.length - 1; column >= 0; column--) if (!isBlank(cells[column])) return column + 1;
    return 0;
  };
  const width = rows.reduce((widest, row) => Math.max(widest, lastFilled(row.cells)), lastFilled(header));
  return { headerRow: headerIndex + 1, header, rows, width, ...(nextTable === undefined ? {} : { nextTable }) };
}
