import type { ChartView } from './chartView';
import { conditionalColours } from './conditionalFormats';
import type { FormulaLayers } from './formulaCells';
import type { CellBlock, SheetSnapshot } from './sheetAccess';
import { invalidMessage, type ValidationRule } from './validationFlags';

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
  /** An error value (#ERROR!, #REF!): its sentence is in `n`. */
  readonly e?: true;
  /** The choices of the cell's dropdown (a list validation that shows one). */
  readonly dd?: readonly string[];
  /** What a SPARKLINE cell draws. */
  readonly sp?: { readonly data: readonly number[]; readonly options: Readonly<Record<string, string>> };
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
  readonly maxRows: number;
  readonly maxColumns: number;
  /** Rows 1…frozenRows, shown above the others whichever rows are shown. */
  readonly head: CellView[][];
  /** The 1-based row number of `body[0]`. */
  readonly firstRow: number;
  /** At most ROWS_PER_PAGE (rowPages.ts) rows from `firstRow`. */
  readonly body: CellView[][];
  /** Column widths in pixels, column A first (100 unless the sheet sets one). */
  readonly widths: readonly number[];
  /** The sheet's embedded charts, with the data they draw. */
  readonly charts: readonly ChartView[];
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

function rawText(value: unknown): string {
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return value === null || value === undefined ? '' : String(value);
}

interface CellContext {
  readonly sheet: SheetSnapshot;
}

/** A dropdown's choices: the items of a list rule that shows one. */
function dropdownOf(rule: ValidationRule | null | undefined): readonly string[] | undefined {
  if (rule?.criteria !== 'VALUE_IN_LIST' || rule.values[1] === false || !Array.isArray(rule.values[0]))
    return undefined;
  return rule.values[0].map(String);
}

function cellView(context: CellContext, block: ShownBlock, r: number, c: number): CellView {
  const row = block.firstRow + r;
  const formula = block.formulas[r]?.[c] ?? '';
  const value = block.values[r]?.[c];
  const display = block.display[r]?.[c] ?? '';
  const error = formula ? block.errors[r]?.[c] || undefined : undefined;
  const sparkline = block.sparklines[r]?.[c] ?? undefined;
  const ruled = conditionalColours(context.sheet.conditionalFormats, row, c + 1, value);
  const background = ruled.background ?? block.backgrounds[r]?.[c] ?? '#ffffff';
  const fontColor = ruled.fontColor ?? block.fontColors[r]?.[c] ?? '#000000';
  const rule = block.validations[r]?.[c];
  const invalid = error ? undefined : invalidMessage(rule, value);
  const note = [error, invalid, block.notes[r]?.[c]].filter((text) => text).join('\n');
  const choices = dropdownOf(rule);
  const style = {
    ...(typeof value === 'number' || isDate(value) ? { r: true as const } : {}),
    ...(background.toLowerCase() !== '#ffffff' ? { bg: background } : {}),
    ...(fontColor.toLowerCase() !== '#000000' ? { fg: fontColor } : {}),
    ...(block.fontWeights[r]?.[c] === 'bold' ? { b: true as const } : {}),
    ...(note ? { n: note } : {}),
    ...(invalid ? { w: true as const } : {}),
    ...(choices ? { dd: choices } : {}),
    ...(sparkline ? { sp: { data: [...sparkline.data], options: { ...sparkline.options } } } : {}),
  };
  if (error) return { d: display, f: formula, e: true, ...style };
  // A date's formula bar shows the date as the sheet formats it.
  const raw = formula || (isDate(value) ? display : rawText(value));
  return { d: display, ...(raw !== display ? { f: raw } : {}), ...style };
}

function rowViews(context: CellContext, block: ShownBlock): CellView[][] {
  return block.values.map((_, r) =>
    Array.from({ length: context.sheet.columnCount }, (_, c) => cellView(context, block, r, c)),
  );
}

/** A block of rows with what Sheets shows of its formula cells beyond their values. */
export type ShownBlock = CellBlock & FormulaLayers;

/** One sheet as the page draws it: `sheet` holds the body rows, `head` the frozen rows. */
export function sheetView(
  sheet: SheetSnapshot & FormulaLayers,
  head: ShownBlock,
  charts: readonly ChartView[],
): SheetView {
  const context = { sheet };
  return {
    name: sheet.name,
    frozenRows: sheet.frozenRows,
    rowCount: sheet.rowCount,
    columnCount: sheet.columnCount,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    head: rowViews(context, head),
    firstRow: sheet.firstRow,
    body: rowViews(context, sheet),
    widths: sheet.columnWidths,
    charts,
  };
}
