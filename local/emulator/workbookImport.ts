import { parseA1 } from './a1';
import { ConditionalFormatRuleImpl, DataValidationImpl } from './builders';
import { EmbeddedChartImpl } from './charts';
import type { Grid } from './grid';
import type { PropertiesImpl, PropertiesServiceImpl } from './properties';
import { ProtectionImpl } from './protection';
import { RangeImpl } from './range';
import type { SheetImpl } from './sheet';
import { STYLE_LAYERS } from './sheetCells';
import type { SpreadsheetImpl } from './spreadsheet';
import { type CellMap, fromJsonCell, type RangeRef, type SheetData, type WorkbookData } from './workbookData';
import { cellAt } from './workbookExport';

function rangeOf(spreadsheet: SpreadsheetImpl, ref: RangeRef): RangeImpl {
  const sheet = spreadsheet.sheets.find((candidate) => candidate.name === ref.sheet);
  const area = parseA1(ref.a1);
  if (!sheet || !area) throw new Error(`Workbook data names a missing range: ${ref.sheet}!${ref.a1}`);
  return new RangeImpl(sheet, area.row, area.col, area.numRows ?? 1, area.numCols ?? 1);
}

function fill<T, U>(grid: Grid<U>, map: CellMap<T>, convert: (value: T) => U): void {
  for (const [key, value] of Object.entries(map)) {
    const [r, c] = cellAt(key);
    grid.set(r, c, convert(value));
  }
}

function restoreCells(sheet: SheetImpl, data: SheetData): void {
  const values = sheet.cells.values;
  data.values.forEach((row, r) => {
    row.forEach((cell, c) => {
      values.set(r, c, fromJsonCell(cell));
    });
  });
  fill(sheet.cells.formulas, data.formulas, (formula) => formula);
  fill(sheet.cells.notes, data.notes, (note) => note);
  for (const layer of STYLE_LAYERS) fill(sheet.cells.styles[layer], data.styles[layer] ?? {}, (value) => value);
  const ctx = sheet.ctx;
  fill(sheet.cells.validations, data.validations, (rule) => {
    return new DataValidationImpl(ctx, rule.criteria, rule.args, rule.allowInvalid, rule.helpText);
  });
}

function restoreSheetObjects(spreadsheet: SpreadsheetImpl, sheet: SheetImpl, data: SheetData): void {
  const ctx = spreadsheet.ctx;
  sheet.conditionalFormatRules = data.conditionalFormats.map(
    (rule) =>
      new ConditionalFormatRuleImpl(ctx, {
        ranges: rule.ranges.map((ref) => rangeOf(spreadsheet, ref)),
        criteria: rule.criteria ?? undefined,
        args: rule.args.map((arg) => fromJsonCell(arg) ?? ''),
        background: rule.background ?? undefined,
        fontColor: rule.fontColor ?? undefined,
      }),
  );
  sheet.protections = data.protections.map((saved) => {
    const protection = new ProtectionImpl(ctx, saved.type, rangeOf(spreadsheet, saved.range), (removed) => {
      sheet.protections = sheet.protections.filter((kept) => kept !== removed);
    });
    protection.description = saved.description;
    protection.warningOnly = saved.warningOnly;
    protection.editors = [...saved.editors];
    return protection;
  });
  sheet.charts = data.charts.map(
    (chart) =>
      new EmbeddedChartImpl(ctx, {
        chartId: chart.chartId,
        chartType: chart.chartType,
        ranges: chart.ranges.map((ref) => rangeOf(spreadsheet, ref)),
        position: { ...chart.position },
        options: { ...chart.options },
      }),
  );
  sheet.merges = data.merges.map((a1) => rangeOf(spreadsheet, { sheet: sheet.name, a1 }));
}

function restoreStore(store: PropertiesImpl, values: Readonly<Record<string, string>>): void {
  store.data.clear();
  for (const [key, value] of Object.entries(values)) store.data.set(key, value);
}

/** Replaces the whole emulated spreadsheet and property stores with `data`. */
export function importWorkbook(
  spreadsheet: SpreadsheetImpl,
  properties: PropertiesServiceImpl,
  data: WorkbookData,
): void {
  if (data.version !== 1) throw new Error(`Unknown workbook data version ${String(data.version)}`);
  if (data.sheets.length === 0) throw new Error('Workbook data holds no sheet.');
  spreadsheet.sheets = [];
  spreadsheet.namedRanges.clear();
  spreadsheet.timeZone = data.timeZone;
  spreadsheet.name = data.name;
  spreadsheet.id = data.id;
  for (const saved of data.sheets) {
    const sheet = spreadsheet._addSheet(saved.name, spreadsheet.sheets.length, saved.sheetId);
    Object.assign(sheet, {
      hidden: saved.hidden,
      tabColor: saved.tabColor,
      maxRows: saved.maxRows,
      maxColumns: saved.maxColumns,
      frozenRows: saved.frozenRows,
      frozenColumns: saved.frozenColumns,
    });
    for (const [col, width] of Object.entries(saved.columnWidths)) sheet.columnWidths.set(Number(col), width);
    restoreCells(sheet, saved);
  }
  data.sheets.forEach((saved, index) => {
    restoreSheetObjects(spreadsheet, spreadsheet.sheets[index] as SheetImpl, saved);
  });
  for (const named of data.namedRanges) spreadsheet.namedRanges.set(named.name, rangeOf(spreadsheet, named));
  spreadsheet.activeSheet =
    spreadsheet.sheets.find((sheet) => sheet.name === data.activeSheet) ?? (spreadsheet.sheets[0] as SheetImpl);
  spreadsheet.activeRange = data.activeRange ? rangeOf(spreadsheet, data.activeRange) : undefined;
  restoreStore(properties.document, data.properties.document);
  restoreStore(properties.user, data.properties.user);
  restoreStore(properties.script, data.properties.script);
}
