import type { AppendPlan } from '../domain/history/appendPlan';
import { SHEET } from '../domain/register/schema';
import { appendToLog, guardLog, type LogTarget, prepareLogAppend } from './appendOnlySheet';
import type { CellBlock } from './cellBlocks';
import type { HistorySource } from './historyStore';
import type { Sheet, Spreadsheet } from './types';

/**
 * Snapshot History's one writer: appends a snapshot below the last row, as every
 * append-only log of the add-on is appended (appendOnlySheet.ts).
 */

/** What the append needs to know of the sheet, read ahead. */
export type AppendTarget = LogTarget;

/** Reads ahead what the append and the protection will need (two or three calls, none for a new sheet). */
export function prepareAppend(source: HistorySource, widthAfter: number): AppendTarget {
  const { sheet, headerRow, rowCount } = source;
  return prepareLogAppend({ name: SHEET.history, sheet, headerRow, rowCount }, widthAfter);
}

/**
 * Appends a snapshot after the last row, with the superseded marks of a replaced quarter
 * and `alongside` (register cells that go with it, such as new IDs), undone together on
 * failure. No history row is ever deleted or rewritten.
 */
export function appendSnapshot(
  spreadsheet: Spreadsheet,
  target: AppendTarget,
  append: Pick<AppendPlan, 'headerRow' | 'rows' | 'formats' | 'supersede'>,
  alongside: readonly CellBlock[] = [],
): Sheet {
  const marks = append.supersede;
  const supersede: CellBlock[] = [];
  if (marks && target.log.sheet) {
    const { firstRow: row, column, values, previous } = marks;
    supersede.push({ sheet: target.log.sheet, row, column, values, previous });
  }
  return appendToLog(spreadsheet, target, append, [...supersede, ...alongside]);
}

/** Guards the history against accidental edits; warning-only, so an owner can still fix a mistake on purpose. */
export function guardHistory(sheet: Sheet, target: AppendTarget): void {
  guardLog(sheet, target, 'Snapshot History is append-only: Strategy Register adds a snapshot each quarter.');
}
