import { a1Notation } from './a1';
import type { BooleanCriteriaType, ValidationCriteria } from './builders';
import type { CellValue } from './cellParsing';
import type { StyleLayer } from './sheetCells';
import type { Selection } from './spreadsheet';

/** A cell value in JSON: dates become `{ date: ISO instant }`; '' is a blank cell. */
export type JsonCell = string | number | boolean | { readonly date: string };

/** A rectangle on a named sheet, in A1 notation. */
export interface RangeRef {
  readonly sheet: string;
  readonly a1: string;
}

export interface ValidationData {
  readonly criteria: ValidationCriteria;
  /** Criteria values as `getCriteriaValues()` gives them (e.g. `[["Active","Done"], true]` for a list). */
  readonly args: readonly unknown[];
  readonly allowInvalid: boolean;
  readonly helpText: string;
}

export interface ConditionalFormatData {
  readonly ranges: readonly RangeRef[];
  readonly criteria: BooleanCriteriaType | null;
  readonly args: readonly JsonCell[];
  readonly background: string | null;
  readonly fontColor: string | null;
}

export interface ProtectionData {
  readonly type: 'RANGE' | 'SHEET';
  readonly range: RangeRef;
  readonly description: string;
  readonly warningOnly: boolean;
  readonly editors: readonly string[];
}

export interface ChartData {
  readonly chartId: number;
  readonly chartType: string;
  readonly ranges: readonly RangeRef[];
  readonly position: {
    readonly row: number;
    readonly column: number;
    readonly offsetX: number;
    readonly offsetY: number;
  };
  readonly options: Readonly<Record<string, unknown>>;
}

/** Sparse per-cell data keyed by A1 cell notation (`"B3"`). */
export type CellMap<T> = Readonly<Record<string, T>>;

export interface SheetData {
  readonly name: string;
  readonly sheetId: number;
  readonly hidden: boolean;
  readonly tabColor: string | null;
  readonly maxRows: number;
  readonly maxColumns: number;
  readonly frozenRows: number;
  readonly frozenColumns: number;
  /** Column number (1-based) → width in pixels, for columns given a width. */
  readonly columnWidths: Readonly<Record<string, number>>;
  /** Rows 1..getLastRow(), columns 1..getLastColumn(); formula cells hold their computed value, cells an array result fills are blank. */
  readonly values: readonly (readonly JsonCell[])[];
  readonly formulas: CellMap<string>;
  readonly notes: CellMap<string>;
  readonly styles: Readonly<Record<StyleLayer, CellMap<string | boolean>>>;
  readonly validations: CellMap<ValidationData>;
  readonly conditionalFormats: readonly ConditionalFormatData[];
  readonly protections: readonly ProtectionData[];
  readonly charts: readonly ChartData[];
  readonly merges: readonly string[];
}

export interface PropertyStoresData {
  readonly document: Readonly<Record<string, string>>;
  readonly user: Readonly<Record<string, string>>;
  readonly script: Readonly<Record<string, string>>;
}

/** Everything the emulator holds, as plain JSON: `exportWorkbook()` gives it, `importWorkbook()` restores it. */
export interface WorkbookData {
  readonly version: 1;
  readonly id: string;
  readonly name: string;
  readonly timeZone: string;
  readonly activeSheet: string;
  readonly activeRange: Selection | null;
  readonly sheets: readonly SheetData[];
  readonly namedRanges: readonly ({ readonly name: string } & RangeRef)[];
  readonly properties: PropertyStoresData;
}

/** Values, formulas and notes of every sheet: cheap to take before and after a failing call. */
export type CellsSnapshot = Readonly<
  Record<
    string,
    {
      readonly values: readonly (readonly JsonCell[])[];
      readonly formulas: CellMap<string>;
      readonly notes: CellMap<string>;
    }
  >
>;

export function toJsonCell(value: CellValue | undefined): JsonCell {
  if (value === undefined) return '';
  if (typeof value === 'object') return { date: value.toISOString() };
  return value;
}

export function fromJsonCell(cell: JsonCell): CellValue | undefined {
  if (cell === '') return undefined;
  if (typeof cell === 'object') return new Date(cell.date);
  return cell;
}

export function cellKey(row0: number, col0: number): string {
  return a1Notation(row0 + 1, col0 + 1, 1, 1);
}
