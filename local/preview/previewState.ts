import type { SheetSnapshot, WorkbookSnapshot } from './sheetAccess';

/** What the page draws: JSON only, so the page never parses anything but data. */
export interface CellView {
  /** The display value, as the grid shows it. */
  readonly d: string;
  /** What the formula bar shows when it differs: the formula, or the raw value. */
  readonly f?: string;
  /** The cell's note. */
  readonly n?: string;
}

export interface SheetView {
  readonly name: string;
  readonly frozenRows: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** The first MAX_ROWS_SHOWN rows. */
  readonly rows: CellView[][];
}

export interface RunOutcome {
  readonly functionName: string;
  readonly ok: boolean;
  readonly error?: string;
  /** Alerts and prompts the run showed, with the answers they got. */
  readonly dialogs: unknown[];
  readonly toasts: { title: string; message: string }[];
}

export interface PreviewState {
  readonly menus: readonly unknown[];
  readonly sheets: readonly SheetView[];
  /** The sidebar shown last; `version` grows with each showSidebar, so the page reloads it. */
  readonly sidebar: { readonly title: string; readonly version: number } | null;
  /** The cell the add-on selected last (a sidebar "jump to cell"); `version` grows with each selection. */
  readonly selection: { readonly sheet: string; readonly a1: string; readonly version: number } | null;
  /** The HTML dialog shown last (showModalDialog / showModelessDialog). */
  readonly htmlDialog: { readonly title: string; readonly version: number } | null;
  readonly lastRun: RunOutcome | null;
}

/** Rows beyond this are counted but not sent: a browser grid of 50 000 rows helps nobody. */
export const MAX_ROWS_SHOWN = 500;

const isDate = (value: unknown): boolean => Object.prototype.toString.call(value) === '[object Date]';

function rawText(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === null || value === undefined ? '' : String(value);
}

function cellView(sheet: SheetSnapshot, row: number, col: number): CellView {
  const display = sheet.display[row]?.[col] ?? '';
  const formula = sheet.formulas[row]?.[col] ?? '';
  const value = sheet.values[row]?.[col];
  // A date's formula bar shows the date as the sheet formats it.
  const raw = formula || (isDate(value) ? display : rawText(value));
  const note = sheet.notes[row]?.[col] ?? '';
  return { d: display, ...(raw !== display ? { f: raw } : {}), ...(note ? { n: note } : {}) };
}

function sheetView(sheet: SheetSnapshot): SheetView {
  const columnCount = sheet.values.reduce((width, row) => Math.max(width, row.length), 0);
  const shown = Math.min(sheet.values.length, MAX_ROWS_SHOWN);
  const rows: CellView[][] = [];
  for (let r = 0; r < shown; r++) {
    const cells: CellView[] = [];
    for (let c = 0; c < columnCount; c++) cells.push(cellView(sheet, r, c));
    rows.push(cells);
  }
  return { name: sheet.name, frozenRows: sheet.frozenRows, rowCount: sheet.values.length, columnCount, rows };
}

/** The tabs Sheets shows: hidden sheets (the add-on's digest) have none. */
export function sheetViews(workbook: WorkbookSnapshot): SheetView[] {
  return workbook.sheets.filter((sheet) => !sheet.hidden).map(sheetView);
}
