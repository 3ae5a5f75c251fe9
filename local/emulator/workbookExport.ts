import { parseA1 } from './a1';
import type { Grid } from './grid';
import type { PropertiesServiceImpl } from './properties';
import type { RangeImpl } from './range';
import type { SheetImpl } from './sheet';
import { STYLE_LAYERS, type StyleLayer } from './sheetCells';
import type { SpreadsheetImpl } from './spreadsheet';
import {
  type CellMap,
  type CellsSnapshot,
  cellKey,
  type JsonCell,
  type RangeRef,
  type SheetData,
  toJsonCell,
  type WorkbookData,
} from './workbookData';

export function rangeRef(range: RangeImpl): RangeRef {
  return { sheet: range.sheet.name, a1: range.getA1Notation() };
}

function cellMap<T, U>(grid: Grid<T>, convert: (value: T) => U): Record<string, U> {
  const out: Record<string, U> = {};
  for (const [r, c, value] of grid.entries()) out[cellKey(r, c)] = convert(value);
  return out;
}

/**
 * Dense values of rows 1..lastRow and columns 1..lastColumn. `typedOnly` leaves out the
 * cells an array formula fills, which are the formula's to give again once the workbook is
 * read back (kept, they would block it).
 */
export function sheetValues(sheet: SheetImpl, typedOnly = false): JsonCell[][] {
  const lastRow = sheet.cells.lastRow();
  const lastCol = sheet.cells.lastColumn();
  const out: JsonCell[][] = new Array(lastRow);
  for (let r = 0; r < lastRow; r++) {
    const cells = sheet.cells.values.rows[r];
    const spilled = typedOnly ? sheet.cells.spills.rows[r] : undefined;
    const row: JsonCell[] = new Array(lastCol);
    for (let c = 0; c < lastCol; c++) row[c] = spilled?.[c] ? '' : toJsonCell(cells?.[c]);
    out[r] = row;
  }
  return out;
}

function exportSheet(sheet: SheetImpl): SheetData {
  const cells = sheet.cells;
  const styles = Object.fromEntries(
    STYLE_LAYERS.map((layer) => [layer, cellMap(cells.styles[layer], (value) => value)]),
  ) as Record<StyleLayer, CellMap<string | boolean>>;
  return {
    name: sheet.name,
    sheetId: sheet.sheetId,
    hidden: sheet.hidden,
    tabColor: sheet.tabColor,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxColumns,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenColumns,
    columnWidths: Object.fromEntries([...sheet.columnWidths].map(([col, width]) => [String(col), width])),
    values: sheetValues(sheet, true),
    formulas: cellMap(cells.formulas, (formula) => formula),
    notes: cellMap(cells.notes, (note) => note),
    styles,
    validations: cellMap(cells.validations, (rule) => ({
      criteria: rule.criteria,
      args: JSON.parse(JSON.stringify(rule.args)) as unknown[],
      allowInvalid: rule.allowInvalid,
      helpText: rule.helpText,
    })),
    conditionalFormats: sheet.conditionalFormatRules.map(({ state }) => ({
      ranges: state.ranges.map(rangeRef),
      criteria: state.criteria ?? null,
      args: state.args.map(toJsonCell),
      background: state.background ?? null,
      fontColor: state.fontColor ?? null,
    })),
    protections: sheet.protections.map((protection) => ({
      type: protection.type,
      range: rangeRef(protection.range),
      description: protection.description,
      warningOnly: protection.warningOnly,
      editors: [...protection.editors],
    })),
    charts: sheet.charts.map(({ state }) => ({
      chartId: state.chartId,
      chartType: state.chartType,
      ranges: state.ranges.map(rangeRef),
      position: { ...state.position },
      options: JSON.parse(JSON.stringify(state.options)) as Record<string, unknown>,
    })),
    merges: sheet.merges.map((range) => range.getA1Notation()),
  };
}

/** Everything in the emulated spreadsheet and property stores, as JSON-safe data. */
export function exportWorkbook(spreadsheet: SpreadsheetImpl, properties: PropertiesServiceImpl): WorkbookData {
  const active = spreadsheet.activeRange;
  return {
    version: 1,
    id: spreadsheet.id,
    name: spreadsheet.name,
    timeZone: spreadsheet.timeZone,
    activeSheet: spreadsheet.activeSheet.name,
    activeRange: active ? rangeRef(active) : null,
    sheets: spreadsheet.sheets.map(exportSheet),
    namedRanges: [...spreadsheet.namedRanges].map(([name, range]) => ({ name, ...rangeRef(range) })),
    properties: {
      document: Object.fromEntries(properties.document.data),
      user: Object.fromEntries(properties.user.data),
      script: Object.fromEntries(properties.script.data),
    },
  };
}

export function cellsSnapshot(spreadsheet: SpreadsheetImpl): CellsSnapshot {
  return Object.fromEntries(
    spreadsheet.sheets.map((sheet) => [
      sheet.name,
      {
        values: sheetValues(sheet),
        formulas: cellMap(sheet.cells.formulas, (formula) => formula),
        notes: cellMap(sheet.cells.notes, (note) => note),
      },
    ]),
  );
}

/** The 0-based cell a key such as "B3" names. */
export function cellAt(key: string): [number, number] {
  const area = parseA1(key);
  if (!area) throw new Error(`Not a cell: ${key}`);
  return [area.row - 1, area.col - 1];
}
