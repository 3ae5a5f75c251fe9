import type { SheetGrids } from '../domain/sheetLayout';
import { applyFormatAreas, type FormatAreas, gridFormatAreas } from './numberFormats';
import { cellsIn, sectionAreas, valueBands } from './sheetLayers';
import { NEW_SHEET_SIZE, rangeFromTopLeft } from './sheetSize';
import { applyGeneral, textInputBlock } from './textInput';
import type { Range, Sheet, Spreadsheet } from './types';

type Chart = GoogleAppsScript.Spreadsheet.EmbeddedChart;

/** The number format a cleared cell already has, so areas of it need no write. */
const DEFAULT_FORMAT = 'General';

/**
 * A sheet the add-on generates (QoQ Variance, Roll-up), as found before an operation writes
 * anything: every write it needs is planned from this, with no read after the first write.
 */
export interface GeneratedTarget {
  readonly name: string;
  readonly sheet: Sheet | null;
  readonly charts: readonly Chart[];
  /** Whether the sheet already carries a protection (read only for sheets that get one). */
  readonly protected: boolean;
}

/** Reads ahead what rebuilding a generated sheet needs to know (two calls when it exists, three with its protection). */
export function prepareGeneratedSheet(spreadsheet: Spreadsheet, name: string, withProtection = false): GeneratedTarget {
  const sheet = spreadsheet.getSheetByName(name);
  if (!sheet) return { name, sheet, charts: [], protected: false };
  return {
    name,
    sheet,
    charts: sheet.getCharts(),
    protected: withProtection && sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).length > 0,
  };
}

export interface GridWrite {
  readonly grids: SheetGrids;
  /** The add-on's own formulas put into the values once their text is made safe to write. */
  readonly withFormulas?: (values: unknown[][]) => unknown[][];
  /** Beyond the grids: rows and columns the sheet must have (for a chart's table at the right). */
  readonly extent?: { readonly rows: number; readonly columns: number };
  /** Formats of cells outside the grids, such as a chart's table. */
  readonly extraFormats?: FormatAreas;
}

/**
 * Rebuilds a generated sheet from scratch, reading nothing: formats first (one range list
 * per format, then the cells of quoted text made General, so user text stays text), then the values in at most two writes, the colours
 * and notes of each table in one write each, the title bold. Writes are a fixed number
 * whatever the rows; cells moved stay close to the values.
 */
export function writeGeneratedSheet(spreadsheet: Spreadsheet, target: GeneratedTarget, write: GridWrite): Sheet {
  const sheet = target.sheet ?? spreadsheet.insertSheet(target.name);
  sheet.clear();
  sheet.clearNotes();

  const { grids } = write;
  // Text goes as textInput.ts says, so it stays text; the add-on's formulas are put in after.
  const text = textInputBlock(grids.values, (r, c) => grids.numberFormats[r]?.[c] ?? DEFAULT_FORMAT, 1, 1);
  const values = write.withFormulas ? write.withFormulas(text.values) : text.values;
  const needRows = Math.max(values.length, write.extent?.rows ?? 0);
  const needColumns = Math.max(values[0]?.length ?? 0, write.extent?.columns ?? 0);
  if (needRows > 0 && needColumns > 0)
    rangeFromTopLeft(sheet, needRows, needColumns, target.sheet ? undefined : NEW_SHEET_SIZE);

  const formats = new Map(gridFormatAreas(grids.numberFormats, DEFAULT_FORMAT));
  for (const [format, areas] of write.extraFormats ?? [])
    formats.set(format, [...(formats.get(format) ?? []), ...areas]);
  applyFormatAreas(sheet, formats);
  applyGeneral(sheet, text.generalAreas);

  for (const band of valueBands(values)) {
    sheet.getRange(band.row, band.column, band.rows, band.columns).setValues(cellsIn(values, band, ''));
  }
  for (const area of sectionAreas(values, grids.backgrounds, (colour) => colour !== null)) {
    sheet
      .getRange(area.row, area.column, area.rows, area.columns)
      .setBackgrounds(cellsIn(grids.backgrounds, area, null));
  }
  const title = sheet.getRange(1, 1);
  title.setFontWeight('bold');
  for (const area of sectionAreas(values, grids.notes, (note) => note !== '')) {
    const notes = cellsIn(grids.notes, area, '');
    const range = area.rows === 1 && area.columns === 1 && area.row === 1 && area.column === 1 ? title : undefined;
    if (range) range.setNote(notes[0]?.[0] ?? '');
    else sheet.getRange(area.row, area.column, area.rows, area.columns).setNotes(notes);
  }
  return sheet;
}

/** The chart over `ranges`: the one already there changed in place (its options kept), else one `build` makes. */
export function placeChart(
  sheet: Sheet,
  charts: readonly Chart[],
  ranges: readonly Range[],
  at: { readonly row: number; readonly column: number },
  build: (
    builder: GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
  ) => GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder,
): void {
  const [kept, ...extra] = charts;
  for (const chart of extra) sheet.removeChart(chart);
  if (kept) {
    let modified = kept.modify().clearRanges();
    for (const range of ranges) modified = modified.addRange(range);
    sheet.updateChart(modified.setPosition(at.row, at.column, 0, 0).build());
    return;
  }
  let builder = sheet.newChart();
  for (const range of ranges) builder = builder.addRange(range);
  sheet.insertChart(build(builder.setPosition(at.row, at.column, 0, 0)).build());
}

/** Takes every chart off the sheet, as when there is nothing to chart. */
export function removeCharts(sheet: Sheet, charts: readonly Chart[]): void {
  for (const chart of charts) sheet.removeChart(chart);
}

/** Guards a generated sheet against edits by hand, with a warning only: it is rebuilt whole anyway. */
export function guardGeneratedSheet(sheet: Sheet, target: GeneratedTarget, description: string): void {
  if (target.sheet !== null && target.protected) return;
  sheet.protect().setDescription(description).setWarningOnly(true);
}
