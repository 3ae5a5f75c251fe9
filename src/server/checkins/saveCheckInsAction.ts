import { checkInColumns, checkInRows, columnsFilled } from '../../domain/checkins/checkInColumns';
import { CHECK_IN_LAYOUT, CHECK_INS_GUARD } from '../../domain/checkins/checkInLayout';
import { type CheckInBatch, type CheckInPlan, planCheckIns } from '../../domain/checkins/checkInPlan';
import { PERCENT_VALUE_FORMAT } from '../../domain/edit/percentCells';
import { SHEET } from '../../domain/register/schema';
import { sentence } from '../../domain/result';
import type { RowPatches } from '../../domain/review/reviewPlan';
import { planSheetSetUp } from '../../domain/setup/setUpPlan';
import { startOfZonedDay, zonedDateParts } from '../../domain/timeZone';
import { appendToLog, guardLog, type LogAppend, prepareLogAppend, protectLog } from '../../sheets/appendOnlySheet';
import type { CellBlock } from '../../sheets/cellBlocks';
import { openCheckInLog } from '../../sheets/checkInSheet';
import { columnPatchBlocks } from '../../sheets/columnPatches';
import { a1Of, type FormatAreas } from '../../sheets/numberFormats';
import { applySheetSetUp } from '../../sheets/setUpSheet';
import type { Spreadsheet } from '../../sheets/types';
import type { CheckInSaveResult } from '../api/wireTypes';
import { documentContext } from '../documentContext';
import { type LoadedRegister, loadRegister, registerColumns } from '../register/loadRegister';
import { userMessage } from '../userErrors';

/** The missing-column sentences of the register headers a plan writes that the sheet lacks. */
function missingWrites(loaded: LoadedRegister, sheet: string, patches: RowPatches<string>): string[] {
  const headers = new Set<string>();
  for (const patch of patches.values()) for (const header of Object.keys(patch)) headers.add(header);
  return loaded.register.missingColumns
    .filter((column) => column.sheet === sheet && headers.has(column.header))
    .map((column) => column.message);
}

function counted(plan: CheckInPlan): string {
  const ids = plan.checkIns.map((checkIn) => checkIn.id);
  const shown = ids.length > 10 ? `${ids.slice(0, 10).join(', ')} and ${ids.length - 10} more` : ids.join(', ');
  return `Checked in ${ids.length === 1 ? '1 item' : `${ids.length} items`}: ${shown}.`;
}

/**
 * Sidebar: saves a batch of check-ins in one locked operation (the lock is declared with
 * the entry point). Everything is read first — the register, the Check-ins header and last
 * row, the register cells to patch — then the rows are appended to Check-ins and each
 * item's Current / Actual and Confidence set in the register, as one batch of writes put
 * back together if any call fails. The calls are the same for one item as for fifty.
 */
export function saveCheckIns(batch: CheckInBatch): CheckInSaveResult {
  const { spreadsheet, timeZone, now } = documentContext();
  const loaded = loadRegister(spreadsheet, timeZone);
  const today = zonedDateParts(now, timeZone);
  const planned = planCheckIns(batch, loaded.register, today, timeZone);
  if (!planned.ok) {
    const code = planned.problems[0]?.code ?? 'bad-value';
    return { ok: false, code, message: sentence(planned), fieldErrors: planned.fieldErrors };
  }
  const plan = planned.value;
  const missing = [
    ...missingWrites(loaded, SHEET.strategies, plan.strategies),
    ...missingWrites(loaded, SHEET.tactics, plan.tactics),
  ];
  if (missing.length > 0) return { ok: false, code: 'missing-header', message: missing.join(' '), fieldErrors: {} };
  const log = openCheckInLog(spreadsheet);
  const where = checkInColumns(log.headerRow, columnsFilled(plan.checkIns), timeZone);
  if (!where.ok) return { ok: false, code: 'missing-header', message: sentence(where), fieldErrors: {} };

  const midnight = startOfZonedDay(today, timeZone);
  const { rows, formats } = checkInRows(plan.checkIns, where.value, () => midnight);
  const { sheets } = loaded;
  const alongside: CellBlock[] = [
    ...columnPatchBlocks(
      sheets.strategies,
      sheets.strategyGrid,
      registerColumns(loaded, SHEET.strategies),
      plan.strategies,
    ),
    ...columnPatchBlocks(sheets.tactics, sheets.tacticGrid, registerColumns(loaded, SHEET.tactics), plan.tactics),
  ];
  const target = log.sheet ? prepareLogAppend(log, where.value.header.length) : undefined;

  const valueColumn = where.value.columns.Value;
  const cellFormats = (firstRow: number): FormatAreas => {
    if (valueColumn === undefined || plan.percentValues.length === 0) return new Map();
    return new Map([
      [PERCENT_VALUE_FORMAT, plan.percentValues.map((index) => a1Of(firstRow + index, valueColumn + 1, 1, 1))],
    ]);
  };
  const append = { headerRow: where.value.header, rows, formats, cellFormats };
  if (!target || !log.sheet) {
    appendToNewSheet(spreadsheet, append, alongside);
    return { ok: true, message: counted(plan), saved: plan.checkIns.length };
  }
  appendToLog(spreadsheet, target, append, alongside);
  try {
    guardLog(log.sheet, target, CHECK_INS_GUARD);
  } catch (error) {
    // The check-ins are saved; the next save guards the sheet again.
    const message = `${counted(plan)} The Check-ins sheet could not be protected (${userMessage(error)}); the next check-in tries again.`;
    return { ok: true, message, saved: plan.checkIns.length };
  }
  return { ok: true, message: counted(plan), saved: plan.checkIns.length };
}

/**
 * The first check-in of a register Set up never gave a Check-ins sheet: the sheet is made
 * as Set up makes it (headers, formats, validation, frozen, guarded), then appended to; if
 * any of it fails, the sheet goes again.
 */
function appendToNewSheet(spreadsheet: Spreadsheet, append: LogAppend, alongside: readonly CellBlock[]): void {
  const sheet = spreadsheet.insertSheet(SHEET.checkIns);
  try {
    const plan = planSheetSetUp(CHECK_IN_LAYOUT, { exists: false });
    applySheetSetUp(spreadsheet, { ...plan, create: false }, { sheet, rules: [] });
    protectLog(sheet, CHECK_INS_GUARD);
    const log = { name: SHEET.checkIns, sheet, headerRow: append.headerRow, rowCount: 0 };
    appendToLog(spreadsheet, { log, maxColumns: undefined, frozen: true, protected: true }, append, alongside);
  } catch (error) {
    spreadsheet.deleteSheet(sheet);
    throw error;
  }
}
