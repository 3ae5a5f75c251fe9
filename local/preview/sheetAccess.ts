import type { ValidationRule } from './validationFlags';

/**
 * Reads and seeds a spreadsheet through the public Apps Script API, one batched call per
 * layer per sheet, so the preview works over any faithful SpreadsheetApp.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The cells of a block of whole rows, layer by layer; every layer has the same shape. */
export interface CellBlock {
  /** The 1-based sheet row of the block's first row. */
  readonly firstRow: number;
  readonly values: unknown[][];
  /** `=…` where the cell holds a formula, else ''. */
  readonly formulas: string[][];
  readonly display: string[][];
  readonly notes: string[][];
  readonly formats: string[][];
  readonly backgrounds: string[][];
  readonly fontColors: string[][];
  readonly fontWeights: string[][];
  /** Each cell's data validation rule, or null. */
  readonly validations: (ValidationRule | null)[][];
}

/** A conditional format rule with a boolean condition, as plain data. */
export interface ConditionalFormat {
  /** A1 notations on the rule's sheet. */
  readonly ranges: readonly string[];
  /** The criteria's name, e.g. `TEXT_EQUAL_TO`. */
  readonly criteria: string;
  readonly values: readonly unknown[];
  readonly background: string | null;
  readonly fontColor: string | null;
}

/** Everything the preview shows or saves of one sheet. */
export interface SheetSnapshot extends CellBlock {
  readonly name: string;
  readonly frozenRows: number;
  /** Hidden sheets (the add-on's digest) have no tab. */
  readonly hidden: boolean;
  /** The rows and columns in use (getLastRow / getLastColumn), whatever the block holds. */
  readonly rowCount: number;
  readonly columnCount: number;
  /** The sheet's size (getMaxRows / getMaxColumns): the grid draws blank cells up to it. */
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly conditionalFormats: readonly ConditionalFormat[];
  /** Width in pixels of each used column, column A first. */
  readonly columnWidths: readonly number[];
}

export interface WorkbookSnapshot {
  readonly timeZone: string;
  readonly sheets: readonly SheetSnapshot[];
}

/** A sheet to create: rows of values (`=…` is a formula), optional per-column formats and notes. */
export interface SheetSeed {
  readonly name: string;
  readonly values: readonly (readonly unknown[])[];
  readonly frozenRows: number;
  readonly columnFormats?: readonly string[];
  readonly formats?: readonly (readonly string[])[];
  readonly notes?: readonly (readonly string[])[];
}

const noCells = (firstRow: number): CellBlock => ({
  firstRow,
  values: [],
  formulas: [],
  display: [],
  notes: [],
  formats: [],
  backgrounds: [],
  fontColors: [],
  fontWeights: [],
  validations: [],
});

/** Rows `firstRow…` (at most `numRows`, within the used rows) across the used columns. */
export function readBlock(sheet: Sheet, firstRow: number, numRows: number): CellBlock {
  const rows = Math.min(numRows, sheet.getLastRow() - firstRow + 1);
  const columns = sheet.getLastColumn();
  if (rows <= 0 || columns === 0) return noCells(firstRow);
  const range = sheet.getRange(firstRow, 1, rows, columns);
  return {
    firstRow,
    values: range.getValues(),
    formulas: range.getFormulas(),
    display: range.getDisplayValues(),
    notes: range.getNotes(),
    formats: range.getNumberFormats(),
    backgrounds: range.getBackgrounds(),
    fontColors: range.getFontColors(),
    fontWeights: range.getFontWeights(),
    validations: range.getDataValidations().map((cells) =>
      cells.map((rule) =>
        rule
          ? {
              criteria: String(rule.getCriteriaType()),
              values: rule.getCriteriaValues(),
              helpText: rule.getHelpText(),
            }
          : null,
      ),
    ),
  };
}

function conditionalFormats(sheet: Sheet): ConditionalFormat[] {
  return sheet.getConditionalFormatRules().flatMap((rule) => {
    const condition = rule.getBooleanCondition();
    if (!condition) return [];
    return [
      {
        ranges: rule.getRanges().map((range) => range.getA1Notation()),
        criteria: String(condition.getCriteriaType()),
        values: condition.getCriteriaValues(),
        background: condition.getBackground(),
        fontColor: condition.getFontColor(),
      },
    ];
  });
}

function columnWidths(sheet: Sheet): number[] {
  return Array.from({ length: sheet.getLastColumn() }, (_, c) => sheet.getColumnWidth(c + 1));
}

/** A sheet with the block of rows given (the whole sheet unless told otherwise). */
export function readSheet(
  sheet: Sheet,
  block?: { readonly firstRow: number; readonly numRows: number },
): SheetSnapshot {
  const rowCount = sheet.getLastRow();
  const cells = readBlock(sheet, block?.firstRow ?? 1, block?.numRows ?? rowCount);
  return {
    name: sheet.getName(),
    frozenRows: sheet.getFrozenRows(),
    hidden: sheet.isSheetHidden(),
    rowCount,
    columnCount: sheet.getLastColumn(),
    maxRows: sheet.getMaxRows(),
    maxColumns: sheet.getMaxColumns(),
    ...cells,
    conditionalFormats: conditionalFormats(sheet),
    columnWidths: columnWidths(sheet),
  };
}

export function readWorkbook(spreadsheet: Spreadsheet): WorkbookSnapshot {
  return {
    timeZone: spreadsheet.getSpreadsheetTimeZone(),
    sheets: spreadsheet.getSheets().map((sheet) => readSheet(sheet)),
  };
}

function widthOf(rows: readonly (readonly unknown[])[]): number {
  return rows.reduce((width, row) => Math.max(width, row.length), 0);
}

function padded<T>(rows: readonly (readonly T[])[], width: number, filler: T): T[][] {
  return rows.map((row) =>
    Array.from({ length: width }, (_, index) => (index < row.length ? (row[index] as T) : filler)),
  );
}

/** Grows a sheet to hold `rows` × `columns` (a new sheet has 1000 × 26 cells). */
function ensureSize(sheet: Sheet, rows: number, columns: number): void {
  const maxRows = sheet.getMaxRows();
  const maxColumns = sheet.getMaxColumns();
  if (rows > maxRows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  if (columns > maxColumns) sheet.insertColumnsAfter(maxColumns, columns - maxColumns);
}

function fillSheet(sheet: Sheet, seed: SheetSeed): void {
  const width = widthOf(seed.values);
  if (seed.values.length > 0 && width > 0) {
    ensureSize(sheet, seed.values.length, width);
    const range = sheet.getRange(1, 1, seed.values.length, width);
    // Formats go first, so a `@` column keeps text such as `=1+1` as text.
    const formats =
      seed.formats ?? (seed.columnFormats ? seed.values.map(() => [...(seed.columnFormats ?? [])]) : undefined);
    if (formats) range.setNumberFormats(padded(formats, width, 'General'));
    range.setValues(padded(seed.values, width, '') as unknown[][]);
    if (seed.notes) range.setNotes(padded(seed.notes, width, ''));
  }
  if (seed.frozenRows > 0) sheet.setFrozenRows(seed.frozenRows);
}

/** Makes the spreadsheet hold exactly these sheets, in order (a new spreadsheet has one blank sheet). */
export function seedWorkbook(spreadsheet: Spreadsheet, seeds: readonly SheetSeed[]): void {
  const existing = spreadsheet.getSheets();
  seeds.forEach((seed, index) => {
    const reused = index === 0 ? existing[0] : undefined;
    const sheet = reused ?? spreadsheet.insertSheet(seed.name, index);
    if (reused && reused.getName() !== seed.name) reused.setName(seed.name);
    fillSheet(sheet, seed);
  });
  for (const extra of existing.slice(seeds.length > 0 ? 1 : 0)) spreadsheet.deleteSheet(extra);
  const first = spreadsheet.getSheets()[0];
  if (first) spreadsheet.setActiveSheet(first);
}
