/**
 * The pure core behind the sidebar load and QOQ_CHANGE, outside node:vm, on the same
 * generated data: what the add-on computes when no service is involved. (The bundle runs
 * in node:vm on the emulator, where every global lookup such as Math or Object is slow.)
 */

import { checkInHealth } from '../src/domain/checkins/checkInHealth';
import { STRATEGY_FORM, TACTIC_FORM } from '../src/domain/edit/formSchemas';
import { type HistoryIndex, partialHistoryIndex, qoqChange } from '../src/domain/history/historyIndex';
import { parseHistory } from '../src/domain/history/historyRead';
import { type HistoryFieldKey, locateColumns } from '../src/domain/history/historySchema';
import { buildHistoryView } from '../src/domain/history/historyView';
import { serialiseIndex } from '../src/domain/history/indexCache';
import { healthCheck } from '../src/domain/register/healthCheck';
import { parseRegister } from '../src/domain/register/register';
import { SHEET, STRATEGY_HEADERS, TACTIC_HEADERS } from '../src/domain/register/schema';
import { DEFAULT_SETTINGS } from '../src/domain/register/types';
import { sentence } from '../src/domain/result';
import { parseCheckInSheet } from '../src/server/checkins/checkInLog';
import { checkInViewsOf } from '../src/server/checkins/checkInViews';
import { overdueKeys, sheetCells, strategyView, tacticView } from '../src/server/register/registerViews';
import { alignmentViews } from '../src/server/rollup/alignmentViews';
import { cpuMs, median, TIMED_RUNS } from './measure';
import { HISTORY_QUARTERS, type RegisterData } from './registerFixture';

/** Median CPU of `run` over `TIMED_RUNS` runs after one warm-up. */
function timed(run: () => void): number {
  run();
  return median(Array.from({ length: TIMED_RUNS }, () => cpuMs(run)));
}

/** Parse, health check and the sidebar's views of every item: getRegister without I/O. */
export function sidebarCoreMs(data: RegisterData, now: Date): number {
  return timed(() => {
    const parsed = parseRegister(data.strategyRows, data.tacticRows, 'Etc/UTC');
    if (!parsed.ok) throw new Error(sentence(parsed));
    const context = { now, timeZone: 'Etc/UTC', settings: DEFAULT_SETTINGS };
    const checkIns = parseCheckInSheet(data.checkInRows, parsed.value, 'Etc/UTC', now);
    const { log, byItem, today } = checkIns;
    const alongside = checkInHealth(log, byItem, parsed.value, today, 'Etc/UTC', DEFAULT_SETTINGS.checkInCadenceDays);
    const findings = healthCheck(parsed.value, context, alongside).findings;
    const views = checkInViewsOf(parsed.value, checkIns, DEFAULT_SETTINGS, 'Etc/UTC');
    const { rollups } = alignmentViews(parsed.value, data.strategyRows, { ...context, findings });
    const viewContext = { now, timeZone: 'Etc/UTC', overdue: overdueKeys(findings), checkIns: views, rollups };
    const strategyCells = sheetCells(SHEET.strategies, data.strategyRows, STRATEGY_HEADERS, STRATEGY_FORM, findings);
    const tacticCells = sheetCells(SHEET.tactics, data.tacticRows, TACTIC_HEADERS, TACTIC_FORM, findings);
    parsed.value.strategies.map((s) => strategyView(s, strategyCells, viewContext));
    parsed.value.tactics.map((t) => tacticView(t, tacticCells, viewContext));
  });
}

// What QOQ_CHANGE over "Current" reads of each row of the two quarters it compares (historyIndexSource.ts).
const READ_FIELDS: readonly HistoryFieldKey[] = ['quarter', 'takenAt', 'kind', 'id', 'current', 'superseded'];

/** The rows of the two latest quarters, only the columns QOQ_CHANGE reads, header first. */
function comparedRows(data: RegisterData): unknown[][] {
  const [header = [], ...rows] = data.historyRows;
  const located = locateColumns(header);
  const columns = READ_FIELDS.flatMap((key) => located.get(key) ?? []).sort((a, b) => a - b);
  const quarterColumn = located.get('quarter') ?? 0;
  const latest = new Set(HISTORY_QUARTERS.slice(-2));
  const pick = (row: readonly unknown[]) => columns.map((column) => row[column]);
  return [pick(header), ...rows.filter((row) => latest.has(String(row[quarterColumn]))).map(pick)];
}

/** QOQ_CHANGE's index on a cache miss: the two latest quarters' blocks, parsed, as a partial index. */
function indexOf(data: RegisterData): HistoryIndex {
  return partialHistoryIndex(buildHistoryView(parseHistory(comparedRows(data), 'Etc/UTC').entries), HISTORY_QUARTERS);
}

export interface IndexCacheSize {
  /** Characters of the serialised index; the document cache keeps at most 60 chunks of 100 000. */
  readonly characters: number;
  readonly chunks: number;
}

export function indexCacheSize(data: RegisterData): IndexCacheSize {
  const chunks = serialiseIndex(indexOf(data), '1');
  return { characters: chunks.reduce((sum, chunk) => sum + chunk.length, 0), chunks: chunks.length };
}

/** QOQ_CHANGE on a cache miss without I/O: parse the two quarters' rows, view, index, then one lookup per ID. */
export function qoqCoreMs(
  data: RegisterData,
  ids: readonly (readonly string[])[],
): { indexMs: number; lookupsMs: number } {
  let index = indexOf(data);
  const indexMs = timed(() => {
    index = indexOf(data);
  });
  const lookupsMs = timed(() => {
    for (const [id] of ids) qoqChange(index, id ?? '', 'Current');
  });
  return { indexMs, lookupsMs };
}
