/**
 * Reads and seeds a spreadsheet through the public Apps Script API, one batched call per
 * layer per sheet, so the preview works over any faithful SpreadsheetApp.
 */
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Everything the preview shows or saves of one sheet; all layers have the same shape. */
export interface SheetSnapshot {
  readonly name: string;
  readonly frozenRows: number;
  /** Hidden sheets (the add-on's digest) have no tab. */
  readonly hidden: boolean;
  readonly values: unknown[][];
  /** `=…` where the cell holds a formula, else ''. */
  readonly formulas: string[][];
  readonly display: string[][];
  readonly notes: string[][];
  readonly formats: string[][];
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

function readSheet(sheet: Sheet): SheetSnapshot {
  const rows = sheet.getLastRow();
  const columns = sheet.getLastColumn();
  const base = { name: sheet.getName(), frozenRows: sheet.getFrozenRows(), hidden: sheet.isSheetHidden() };
  if (rows === 0 || columns === 0) return { ...base, values: [], formulas: [], display: [], notes: [], formats: [] };
  const range = sheet.getRange(1, 1, rows, columns);
  return {
    ...base,
    values: range.getValues(),
    formulas: range.getFormulas(),
    display: range.getDisplayValues(),
    notes: range.getNotes(),
    formats: range.getNumberFormats(),
  };
}

export function readWorkbook(spreadsheet: Spreadsheet): WorkbookSnapshot {
  return { timeZone: spreadsheet.getSpreadsheetTimeZone(), sheets: spreadsheet.getSheets().map(readSheet) };
}

function widthOf(rows: readonly (readonly unknown[])[]): number {
  return rows.reduce((width, row) => Math.max(width, row.length), 0);
}

function padded<T>(rows: readonly (readonly T[])[], width: number, filler: T): T[][] {
  return rows.map((row) =>
    Array.from({ length: width }, (_, index) => (index < row.length ? (row[index] as T) : filler)),
  );
}

function fillSheet(sheet: Sheet, seed: SheetSeed): void {
  const width = widthOf(seed.values);
  if (seed.values.length > 0 && width > 0) {
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
