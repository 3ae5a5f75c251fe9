import ExcelJS from 'exceljs';
import { offsetMinutes } from '../emulator/timeZone';
import type { SheetSnapshot, WorkbookSnapshot } from './sheetAccess';

/**
 * The workbook as an .xlsx file: values keep their types (dates as dates, numbers as
 * numbers), formulas stay formulas (with the result the preview computed), notes, colours,
 * bold text and frozen header rows carry over. Text that a
 * spreadsheet could read as a formula (= + - @, tab, carriage return first) is written as
 * a text cell with the `@` format, so opening the file never runs it.
 */

const FORMULA_LIKE = /^[=+\-@\t\r]/;

/** Excel sheet names: at most 31 characters, none of []:*?/\ and unique ignoring case. */
function excelSheetName(name: string, taken: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Sheet';
  let candidate = base;
  for (let n = 2; taken.has(candidate.toLowerCase()); n++)
    candidate = `${base.slice(0, 31 - String(n).length - 1)} ${n}`;
  taken.add(candidate.toLowerCase());
  return candidate;
}

/** Excel dates have no time zone: keep the wall-clock time the spreadsheet's zone shows. */
function wallClock(date: Date, timeZone: string): Date {
  return new Date(date.getTime() + offsetMinutes(date.getTime(), timeZone) * 60_000);
}

const isDate = (value: unknown): value is Date => Object.prototype.toString.call(value) === '[object Date]';

function usefulFormat(format: string | undefined): string | undefined {
  return format && format !== 'General' ? format : undefined;
}

function writeCell(cell: ExcelJS.Cell, sheet: SheetSnapshot, r: number, c: number, timeZone: string): void {
  const value = sheet.values[r]?.[c];
  const formula = sheet.formulas[r]?.[c] ?? '';
  const format = usefulFormat(sheet.formats[r]?.[c]);
  const note = sheet.notes[r]?.[c] ?? '';
  if (formula) {
    const result = isDate(value) ? wallClock(value, timeZone) : value === '' ? undefined : value;
    cell.value = { formula: formula.slice(1), ...(result === undefined ? {} : { result }) } as ExcelJS.CellFormulaValue;
    if (format) cell.numFmt = format;
  } else if (isDate(value)) {
    cell.value = wallClock(value, timeZone);
    cell.numFmt = format ?? 'yyyy-mm-dd';
  } else if (typeof value === 'string' && value !== '') {
    cell.value = value;
    if (FORMULA_LIKE.test(value) || format === '@') cell.numFmt = '@';
  } else if (typeof value === 'number' || typeof value === 'boolean') {
    cell.value = value;
    if (format) cell.numFmt = format;
  }
  if (note) cell.note = note;
  writeStyle(cell, sheet, r, c);
}

/** `#RRGGBB` as Excel's ARGB, or undefined for the default colour or one it cannot read. */
function argb(colour: string | undefined, byDefault: string): string | undefined {
  if (!colour || colour.toLowerCase() === byDefault || !/^#[0-9a-f]{6}$/i.test(colour)) return undefined;
  return `FF${colour.slice(1).toUpperCase()}`;
}

function writeStyle(cell: ExcelJS.Cell, sheet: SheetSnapshot, r: number, c: number): void {
  const fill = argb(sheet.backgrounds[r]?.[c], '#ffffff');
  const font = argb(sheet.fontColors[r]?.[c], '#000000');
  const bold = sheet.fontWeights[r]?.[c] === 'bold';
  if (fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: fill } };
  if (font || bold) cell.font = { ...(font ? { color: { argb: font } } : {}), ...(bold ? { bold: true } : {}) };
}

export function workbookToExcel(workbook: WorkbookSnapshot): ExcelJS.Workbook {
  const excel = new ExcelJS.Workbook();
  const taken = new Set<string>();
  for (const sheet of workbook.sheets) {
    const frozen = sheet.frozenRows > 0 ? [{ state: 'frozen' as const, ySplit: sheet.frozenRows }] : [];
    const worksheet = excel.addWorksheet(excelSheetName(sheet.name, taken), {
      views: frozen,
      state: sheet.hidden ? 'hidden' : 'visible',
    });
    sheet.values.forEach((row, r) => {
      for (let c = 0; c < row.length; c++) writeCell(worksheet.getCell(r + 1, c + 1), sheet, r, c, workbook.timeZone);
    });
  }
  return excel;
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookToXlsx(workbook: WorkbookSnapshot): Promise<Buffer> {
  const bytes = await workbookToExcel(workbook).xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}
