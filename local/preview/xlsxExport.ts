import ExcelJS from 'exceljs';
import { offsetMinutes } from '../emulator/timeZone';
import type { SheetSnapshot, WorkbookSnapshot } from './sheetAccess';
import type { ValidationRule } from './validationFlags';

/**
 * The workbook as an .xlsx file: values keep their types (dates as dates, numbers as
 * numbers), formulas stay formulas (with the result the emulator computed), notes, colours,
 * bold text, frozen header rows, column widths, data validation and conditional formats
 * carry over. Text that a
 * spreadsheet could read as a formula (= + - @, tab, carriage return first) is written as
 * a text cell with the `@` format, so opening the file never runs it.
 */

const FORMULA_LIKE = /^[=+\-@\t\r]/;
const ERROR_VALUE = /^#(?:ERROR!|REF!|N\/A|NAME\?|VALUE!|DIV\/0!|NUM!|NULL!)$/;

/** Sheets' column width in pixels as Excel's width in characters (about 7 pixels each at the default font). */
const excelWidth = (pixels: number): number => Math.round((pixels / 7) * 100) / 100;

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
    const result =
      typeof value === 'string' && ERROR_VALUE.test(value)
        ? { error: value === '#ERROR!' ? '#VALUE!' : value }
        : isDate(value)
          ? wallClock(value, timeZone)
          : value === ''
            ? undefined
            : value;
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

/** Excel's form of a validation rule; rules Excel has no form for are left out. */
function excelValidation(rule: ValidationRule): ExcelJS.DataValidation | undefined {
  const strict = { showErrorMessage: true, ...(rule.helpText ? { error: rule.helpText, prompt: rule.helpText } : {}) };
  const [first, second] = rule.values;
  switch (rule.criteria) {
    case 'VALUE_IN_LIST': {
      if (!Array.isArray(first)) return undefined;
      const list = first.map((item) => String(item).replace(/"/g, '""')).join(',');
      return list.length > 253 ? undefined : { type: 'list', allowBlank: true, formulae: [`"${list}"`], ...strict };
    }
    case 'NUMBER_BETWEEN':
      return { type: 'decimal', operator: 'between', allowBlank: true, formulae: [first, second], ...strict };
    case 'DATE_IS_VALID_DATE':
      return {
        type: 'date',
        operator: 'greaterThan',
        allowBlank: true,
        formulae: [new Date(Date.UTC(1900, 0, 1))],
        ...strict,
      };
    default:
      return undefined;
  }
}

function writeValidations(worksheet: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  sheet.validations.forEach((row, r) => {
    row.forEach((rule, c) => {
      const validation = rule ? excelValidation(rule) : undefined;
      if (validation) worksheet.getCell(r + 1, c + 1).dataValidation = validation;
    });
  });
}

const OPERATORS: Readonly<Record<string, string>> = {
  NUMBER_GREATER_THAN: 'greaterThan',
  NUMBER_GREATER_THAN_OR_EQUAL_TO: 'greaterThanOrEqual',
  NUMBER_LESS_THAN: 'lessThan',
  NUMBER_LESS_THAN_OR_EQUAL_TO: 'lessThanOrEqual',
  NUMBER_EQUAL_TO: 'equal',
  NUMBER_NOT_EQUAL_TO: 'notEqual',
  NUMBER_BETWEEN: 'between',
};

/** A rule's range, closed at the sheet's last used row where it runs to the end (`P2:P`). */
function excelRef(a1: string, rows: number): string {
  return a1.replace(
    /^([A-Z]+\d+):([A-Z]+)$/i,
    (_whole, start: string, column: string) => `${start}:${column}${Math.max(rows, 2)}`,
  );
}

function writeConditionalFormats(worksheet: ExcelJS.Worksheet, sheet: SheetSnapshot): void {
  sheet.conditionalFormats.forEach((rule, index) => {
    const style: ExcelJS.Style = {} as ExcelJS.Style;
    const fill = argb(rule.background ?? undefined, '#ffffff');
    const font = argb(rule.fontColor ?? undefined, '#000000');
    if (fill) style.fill = { type: 'pattern', pattern: 'solid', bgColor: { argb: fill } };
    if (font) style.font = { color: { argb: font } };
    const operator = OPERATORS[rule.criteria];
    const values = rule.values.map((value) => (typeof value === 'number' ? value : JSON.stringify(String(value))));
    const excelRule: ExcelJS.ConditionalFormattingRule | undefined = operator
      ? { type: 'cellIs', operator: operator as never, formulae: values, style, priority: index + 1 }
      : rule.criteria === 'TEXT_EQUAL_TO'
        ? { type: 'cellIs', operator: 'equal', formulae: values, style, priority: index + 1 }
        : rule.criteria === 'TEXT_CONTAINS'
          ? {
              type: 'containsText',
              operator: 'containsText',
              text: String(rule.values[0] ?? ''),
              style,
              priority: index + 1,
            }
          : undefined;
    if (!excelRule) return;
    for (const a1 of rule.ranges)
      worksheet.addConditionalFormatting({ ref: excelRef(a1, sheet.rowCount), rules: [excelRule] });
  });
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
    sheet.columnWidths.forEach((pixels, c) => {
      if (pixels !== 100) worksheet.getColumn(c + 1).width = excelWidth(pixels);
    });
    writeValidations(worksheet, sheet);
    writeConditionalFormats(worksheet, sheet);
  }
  return excel;
}

/** The workbook as the bytes of an .xlsx file. */
export async function workbookToXlsx(workbook: WorkbookSnapshot): Promise<Buffer> {
  const bytes = await workbookToExcel(workbook).xlsx.writeBuffer();
  return Buffer.from(bytes as ArrayBuffer);
}
