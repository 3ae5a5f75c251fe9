import { checkInHealth } from '../../domain/checkins/checkInHealth';
import { PERCENT_VALUE_FORMAT, percentHeaders } from '../../domain/edit/percentCells';
import { RegisterError } from '../../domain/errors';
import { describeHealth, findingsTable } from '../../domain/findingsReport';
import type { ImportReading } from '../../domain/import/importPlan';
import {
  importFindingRows,
  importSummary,
  landedRows,
  leftOutNote,
  nothingNew,
} from '../../domain/import/importSummary';
import type { MappingChoice } from '../../domain/import/mappingSchema';
import { type NewRow, planRegisterAppend, type RegisterAppend } from '../../domain/import/registerRows';
import { MENU_LABELS } from '../../domain/menuLabels';
import { findColumns } from '../../domain/register/columns';
import { healthCheck } from '../../domain/register/healthCheck';
import { parseRegister } from '../../domain/register/register';
import { COMPUTED_STRATEGY_HEADERS, SHEET, STRATEGY_HEADERS, TACTIC_HEADERS } from '../../domain/register/schema';
import { fail, type Result, sentence } from '../../domain/result';
import { type CellBlock, writeBlocks } from '../../sheets/cellBlocks';
import { a1Of, applyFormatAreas } from '../../sheets/numberFormats';
import { findRegisterSheets } from '../../sheets/registerSheets';
import { prepareReportSheet, writeReportSheet } from '../../sheets/reportSheet';
import { makeRoom, prepareRowAppend, type RowAppendTarget, rowBlocks } from '../../sheets/rowAppend';
import type { Sheet } from '../../sheets/types';
import type { OperationResult } from '../api/wireTypes';
import { loadCheckIns } from '../checkins/checkInLog';
import { type DocumentContext, documentContext } from '../documentContext';
import { type LoadedRegister, loadRegister, planMissingIds } from '../register/loadRegister';
import { setUpRegisterNow } from '../register/setUpAction';
import { userMessage } from '../userErrors';
import { registerIfSetUp, registerItems } from './importRegister';
import { readSource } from './importSource';

/**
 * The import itself, under the document lock: the source sheet and the register are read,
 * the rows to add and the health check after them are worked out in memory, and only then
 * is anything written — the new rows (one write per run of register columns per sheet) and
 * any IDs the health check assigns, as one batch that is undone whole if a write fails, then
 * the Health check sheet. A register with no sheets yet is set up first.
 */

/** The import in the sentence shown while another change holds the lock. */
export const IMPORTING = 'Importing the plan';

type RegisterSheet = typeof SHEET.strategies | typeof SHEET.tactics;

/** One register sheet's part of the append: where its rows go and what they hold. */
interface SheetAppend {
  readonly name: RegisterSheet;
  readonly target: RowAppendTarget;
  readonly columns: readonly number[];
  readonly rows: readonly (readonly unknown[])[];
  /** Set when the sheet has no Source column yet: the 1-based column its header goes in. */
  readonly sourceHeader?: number;
  /** Cells (A1) of `%` metrics' numbers, formatted as percentages before the values go in. */
  readonly percentCells: readonly string[];
}

/**
 * Where one sheet's new rows go and the cells they hold, by the sheet's own column order:
 * every register column it has but the computed ones, and Source (added at the right when
 * the sheet has none). A value for a column the sheet lacks refuses the whole import.
 */
function planSheet(
  name: RegisterSheet,
  sheet: Sheet,
  grid: readonly (readonly unknown[])[],
  items: readonly { readonly row: number }[],
  rows: readonly NewRow[],
  loaded: LoadedRegister,
): Result<SheetAppend> {
  const headers: readonly string[] = name === SHEET.strategies ? STRATEGY_HEADERS : TACTIC_HEADERS;
  const found = findColumns(name, grid[0], headers, []);
  const columns = found.ok ? found.value.columns : {};
  const width = grid.reduce((widest, row) => Math.max(widest, row.length), 0);
  const sourceHeader = columns.Source === undefined ? width + 1 : undefined;
  const columnOf = (header: string) =>
    header === 'Source' && sourceHeader !== undefined ? sourceHeader : (columns[header] ?? -1) + 1;
  const written = headers.filter(
    (header) => !COMPUTED_STRATEGY_HEADERS.includes(header as never) && columnOf(header) > 0,
  );
  for (const header of headers) {
    if (written.includes(header) || !rows.some((row) => row.cells[header] !== undefined)) continue;
    const missing = loaded.register.missingColumns.find((column) => column.sheet === name && column.header === header);
    return fail(
      'missing-header',
      missing?.message ?? `${name} has no ${JSON.stringify(header)} column for the imported values.`,
    );
  }
  const ordered = [...written].sort((a, b) => columnOf(a) - columnOf(b));
  const firstRow = items.reduce((last, item) => Math.max(last, item.row), 1) + 1;
  const lastColumn = Math.max(...ordered.map(columnOf));
  const target = prepareRowAppend(sheet, firstRow, rows.length, lastColumn);
  const values = rows.map((row) => ordered.map((header) => row.cells[header] ?? ''));
  const percentCells = rows.flatMap((row, r) =>
    percentHeaders(row.cells.Unit, (header) => row.cells[header]).map((header) =>
      a1Of(firstRow + r, columnOf(header), 1, 1),
    ),
  );
  const plan = { name, target, columns: ordered.map(columnOf), rows: values, percentCells };
  return { ok: true, value: sourceHeader === undefined ? plan : { ...plan, sourceHeader } };
}

/** The grid as it will be once the rows are written, for the health check that follows. */
function gridAfter(grid: readonly (readonly unknown[])[], append: SheetAppend): unknown[][] {
  const after = grid.map((row) => [...row]);
  if (append.sourceHeader !== undefined) {
    const header = after[0] ?? [];
    header[append.sourceHeader - 1] = 'Source';
    after[0] = header;
  }
  append.rows.forEach((values, r) => {
    const index = append.target.firstRow - 1 + r;
    const row = after[index] ?? [];
    append.columns.forEach((column, k) => {
      row[column - 1] = values[k];
    });
    after[index] = row;
  });
  // Rows between the grid's end and a new row would be holes: fill them as Sheets returns them.
  for (let index = 0; index < after.length; index++) after[index] ??= [];
  return after;
}

function blocksOf(append: SheetAppend, grid: readonly (readonly unknown[])[]): CellBlock[] {
  const header: CellBlock[] =
    append.sourceHeader === undefined
      ? []
      : [{ sheet: append.target.sheet, row: 1, column: append.sourceHeader, values: [['Source']], previous: [['']] }];
  return [...header, ...rowBlocks(append.target, append.columns, append.rows, grid)];
}

/**
 * Selects the first imported row, so the user sees the plan in the register whichever sheet
 * the import created last. It only shows work done: a failure is logged, not reported.
 */
function showFirstRow(target: RowAppendTarget): void {
  try {
    target.sheet.getRange(target.firstRow, 1).activate();
  } catch (error) {
    console.warn('The first imported row could not be selected.', error);
  }
}

/** Reads the register, setting it up first when a register sheet is missing or empty. */
function loadOrSetUp(context: DocumentContext): LoadedRegister {
  const loaded = registerIfSetUp(context);
  if (loaded) return loaded;
  const setUp = setUpRegisterNow();
  const after = findRegisterSheets(context.spreadsheet);
  if (!after.strategies || !after.tactics) throw new RegisterError('missing-sheet', setUp.message);
  return loadRegister(context.spreadsheet, context.timeZone, after);
}

export interface ImportOutcome extends OperationResult {
  readonly reading?: ImportReading;
  readonly append?: RegisterAppend;
}

/** Imports the plan on sheet `sheetName`, read by its headers or by the editor's mapping `chosen`. */
export function importPlanFrom(sheetName: string, chosen: MappingChoice | null): ImportOutcome {
  const context = documentContext();
  const source = readSource(context, sheetName, chosen);
  if (!source.ok) return { ok: false, message: sentence(source), code: source.problems[0]?.code ?? 'not-found' };
  const reading = source.value;
  const loaded = loadOrSetUp(context);
  const append = planRegisterAppend(reading, registerItems(loaded));
  if (append.strategies.length + append.tactics.length === 0) {
    return { ok: true, message: nothingNew(reading, append), reading, append };
  }
  const { sheets, register } = loaded;
  const strategies = planSheet(
    SHEET.strategies,
    sheets.strategies,
    sheets.strategyGrid,
    register.strategies,
    append.strategies,
    loaded,
  );
  if (!strategies.ok) return { ok: false, message: sentence(strategies), code: 'missing-header' };
  const tactics = planSheet(SHEET.tactics, sheets.tactics, sheets.tacticGrid, register.tactics, append.tactics, loaded);
  if (!tactics.ok) return { ok: false, message: sentence(tactics), code: 'missing-header' };

  // The health check of the register as it will be, worked out before the first write.
  const afterGrids = {
    strategyGrid: gridAfter(sheets.strategyGrid, strategies.value),
    tacticGrid: gridAfter(sheets.tacticGrid, tactics.value),
  };
  const parsed = parseRegister(afterGrids.strategyGrid, afterGrids.tacticGrid, context.timeZone);
  if (!parsed.ok) throw new RegisterError('missing-header', sentence(parsed));
  const ids = planMissingIds({ sheets: { ...sheets, ...afterGrids }, register: parsed.value });
  // The check-in log is judged too, so the Health check sheet says what Run health check says.
  const { found, log, byItem, today } = loadCheckIns(context.spreadsheet, ids.register, context.timeZone, context.now);
  const cadence = context.settings.checkInCadenceDays;
  const report = healthCheck(
    ids.register,
    context,
    checkInHealth(log, byItem, ids.register, today, context.timeZone, cadence),
  );
  const headerRows = {
    [SHEET.strategies]: afterGrids.strategyGrid[0],
    [SHEET.tactics]: afterGrids.tacticGrid[0],
    [SHEET.checkIns]: found.grid[0],
  };
  const table = [...findingsTable(report.findings, headerRows), ...importFindingRows(reading.sheet, reading.findings)];
  const reportTarget = prepareReportSheet(context.spreadsheet, SHEET.healthCheck);

  for (const part of [strategies.value, tactics.value]) {
    makeRoom(part.target, Math.max(...part.columns));
    // New rows were blank, so a failed write leaves only the format, on empty cells.
    applyFormatAreas(part.target.sheet, new Map([[PERCENT_VALUE_FORMAT, part.percentCells]]));
  }
  writeBlocks([
    ...blocksOf(strategies.value, sheets.strategyGrid),
    ...blocksOf(tactics.value, sheets.tacticGrid),
    ...ids.blocks,
  ]);
  const where = landedRows([
    { sheet: SHEET.strategies, first: strategies.value.target.firstRow, count: append.strategies.length },
    { sheet: SHEET.tactics, first: tactics.value.target.firstRow, count: append.tactics.length },
  ]);
  const imported = `Imported ${importSummary(append, reading.sheet)} into ${where}.`;
  try {
    writeReportSheet(context.spreadsheet, reportTarget, table);
  } catch (error) {
    const why = userMessage(error);
    const rerun = MENU_LABELS.runHealthCheck;
    return {
      ok: true,
      message: `${imported} The Health check sheet was not rebuilt (${why}); run ${rerun} to see the findings.`,
      reading,
      append,
    };
  }
  showFirstRow(append.strategies.length > 0 ? strategies.value.target : tactics.value.target);
  const left = leftOutNote(reading.findings);
  return { ok: true, message: `${imported} Health check: ${describeHealth(report.summary)}${left}`, reading, append };
}
