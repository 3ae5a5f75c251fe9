import type { CellValue } from '../emulator/cellParsing';
import { displayValue } from '../emulator/numberFormat';
import { conditionalColours } from './conditionalFormats';
import { cellKey, type FormulaResult, type SheetResults } from './formulaResults';
import type { CellBlock, ChartSummary, SheetSnapshot } from './sheetAccess';
import { invalidMessage } from './validationFlags';

/** What the page draws: JSON only, so the page never parses anything but data. */
export interface CellView {
  /** The display value, as the grid shows it. */
  readonly d: string;
  /** What the formula bar shows when it differs: the formula, or the raw value. */
  readonly f?: string;
  /** The cell's note, the sentence of an error value, or the warning of a broken validation rule. */
  readonly n?: string;
  /** Background and text colour, when not white and black; bold text. */
  readonly bg?: string;
  readonly fg?: string;
  readonly b?: true;
  /** An error value (#ERROR!, #REF!) that Sheets would show. */
  readonly e?: true;
  /** A formula the preview cannot compute: the cell shows the formula instead of a result. */
  readonly u?: true;
  /** A number or a date, which Sheets aligns right (text that looks like a number stays left). */
  readonly r?: true;
  /** The value breaks the cell's data validation: Sheets flags it with a red corner. */
  readonly w?: true;
}

export interface SheetView {
  readonly name: string;
  readonly frozenRows: number;
  readonly rowCount: number;
  readonly columnCount: number;
  /** Rows 1…frozenRows, shown above the others whichever rows are shown. */
  readonly head: CellView[][];
  /** The 1-based row number of `body[0]`. */
  readonly firstRow: number;
  /** At most ROWS_PER_PAGE (rowPages.ts) rows from `firstRow`. */
  readonly body: CellView[][];
  /** Charts on the sheet: the preview names them, Sheets draws them. */
  readonly charts: readonly ChartSummary[];
}

/** Which sheet the page shows, and a row it wants to see (the page of rows holding it). */
export interface ViewRequest {
  readonly sheet?: string;
  readonly row?: number;
}

export interface Toast {
  readonly title: string;
  readonly message: string;
  /** -1 keeps the toast until it is closed. */
  readonly timeoutSeconds: number;
}

export interface RunOutcome {
  readonly functionName: string;
  readonly ok: boolean;
  readonly error?: string;
  /** Alerts and prompts the run showed, with the answers they got. */
  readonly dialogs: unknown[];
  readonly toasts: Toast[];
}

export interface PreviewState {
  readonly menus: readonly unknown[];
  /** The sheets with a tab, in order: hidden sheets (the add-on's digest) have none. */
  readonly tabs: readonly string[];
  /** The spreadsheet's active sheet: the add-on moves it (a new sheet, a jump to a cell), a tab click too. */
  readonly activeSheet: string | null;
  /** The sheet asked for (else the active sheet, else the first tab). */
  readonly sheet: SheetView | null;
  /** The sidebar shown last; `version` grows with each showSidebar, so the page reloads it. */
  readonly sidebar: { readonly title: string; readonly version: number } | null;
  /** The cell the add-on selected last (a sidebar "jump to cell"); `version` grows with each selection. */
  readonly selection: { readonly sheet: string; readonly a1: string; readonly version: number } | null;
  /** The HTML dialog shown last (showModalDialog / showModelessDialog). */
  readonly htmlDialog: { readonly title: string; readonly version: number } | null;
  readonly lastRun: RunOutcome | null;
}

const isDate = (value: unknown): boolean => Object.prototype.toString.call(value) === '[object Date]';

/** A function's result as a cell value: what Sheets would store for it. */
function asCellValue(value: unknown): CellValue | undefined {
  if (value === '' || value === null || value === undefined) return undefined;
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return value;
  return isDate(value) ? (value as Date) : String(value);
}

function rawText(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === null || value === undefined ? '' : String(value);
}

interface CellContext {
  readonly sheet: SheetSnapshot;
  readonly results: SheetResults;
  readonly timeZone: string;
}

/** The cell as the emulator holds it, or as the add-on's formula would fill it. */
function shownValue(
  block: CellBlock,
  r: number,
  c: number,
  result: FormulaResult | undefined,
  timeZone: string,
): { value: unknown; display: string } {
  const value = block.values[r]?.[c];
  if (result?.kind !== 'value') return { value, display: block.display[r]?.[c] ?? '' };
  const format = block.formats[r]?.[c];
  return { value: result.value, display: displayValue(asCellValue(result.value), format, timeZone) };
}

function cellView(context: CellContext, block: CellBlock, r: number, c: number): CellView {
  const row = block.firstRow + r;
  const result = context.results.get(cellKey(row, c + 1));
  const formula = block.formulas[r]?.[c] ?? '';
  const { value, display } = shownValue(block, r, c, result, context.timeZone);
  const ruled = conditionalColours(context.sheet.conditionalFormats, row, c + 1, value);
  const background = ruled.background ?? block.backgrounds[r]?.[c] ?? '#ffffff';
  const fontColor = ruled.fontColor ?? block.fontColors[r]?.[c] ?? '#000000';
  const invalid = result?.kind === 'error' ? undefined : invalidMessage(block.validations[r]?.[c], value);
  const error = result?.kind === 'error' ? result.message : undefined;
  const note = [error, invalid, block.notes[r]?.[c]].filter((text) => text).join('\n');
  const style = {
    ...(typeof value === 'number' || isDate(value) ? { r: true as const } : {}),
    ...(background.toLowerCase() !== '#ffffff' ? { bg: background } : {}),
    ...(fontColor.toLowerCase() !== '#000000' ? { fg: fontColor } : {}),
    ...(block.fontWeights[r]?.[c] === 'bold' ? { b: true as const } : {}),
    ...(note ? { n: note } : {}),
    ...(invalid ? { w: true as const } : {}),
  };
  if (result?.kind === 'error') return { d: result.display, f: formula, e: true, ...style };
  if (result?.kind === 'uncomputed') return { d: formula, u: true, ...style };
  // A date's formula bar shows the date as the sheet formats it.
  const raw = formula || (isDate(value) ? display : rawText(value));
  return { d: display, ...(raw !== display ? { f: raw } : {}), ...style };
}

function rowViews(context: CellContext, block: CellBlock): CellView[][] {
  return block.values.map((_, r) =>
    Array.from({ length: context.sheet.columnCount }, (_, c) => cellView(context, block, r, c)),
  );
}

/** One sheet as the page draws it: `sheet` holds the body rows, `head` the frozen rows. */
export function sheetView(sheet: SheetSnapshot, head: CellBlock, results: SheetResults, timeZone: string): SheetView {
  const context = { sheet, results, timeZone };
  return {
    name: sheet.name,
    frozenRows: sheet.frozenRows,
    rowCount: sheet.rowCount,
    columnCount: sheet.columnCount,
    head: rowViews(context, head),
    firstRow: sheet.firstRow,
    body: rowViews(context, sheet),
    charts: sheet.charts,
  };
}
