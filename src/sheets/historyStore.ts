import { entriesMatchBlock, HISTORY_LEDGER_KEY } from '../domain/history/historyLedger';
import { parseHistory } from '../domain/history/historyRead';
import {
  CORE_HISTORY_FIELDS,
  HISTORY_FIELDS,
  type HistoryFieldKey,
  locateColumns,
} from '../domain/history/historySchema';
import { HISTORY_VERSION_KEY } from '../domain/history/historyVersion';
import { buildHistoryView } from '../domain/history/historyView';
import { lostHistoryColumns, unclaimedHistoryColumns } from '../domain/history/lostHistoryColumns';
import { compareQuarterLabels } from '../domain/history/quarterOrder';
import {
  type BlockRows,
  type HistoryFacts,
  type HistoryRead,
  type HistoryReadPlan,
  trustLedger,
  type WholeReason,
  wholeHistory,
} from '../domain/history/readPlan';
import { SHEET } from '../domain/register/schema';
import { type DigestTarget, readDigest } from './digestSheet';
import { adjacentColumns } from './runs';
import { readHeaderRow } from './sheetValues';
import type { Sheet, Spreadsheet } from './types';

/**
 * Snapshot History's one store: it finds the sheet, carries out a read plan (readPlan.ts)
 * and hands back parsed blocks or the whole history. A block that no longer matches the
 * ledger row by row, or a digest that is missing, turns the read into a whole one, as the
 * plan's fallback says. Reads use `getSheetValues`, one call per run of adjacent columns.
 */

/** The history sheet as found before any of its rows is read. */
export interface HistorySource {
  readonly spreadsheet: Spreadsheet;
  readonly sheet: Sheet | null;
  readonly facts: HistoryFacts;
  /** The sheet's own header row, as wide as its last used column. */
  readonly headerRow: readonly unknown[];
  /** Rows below the header. */
  readonly rowCount: number;
}

/** A plan carried out, with where the digest lives when it was read. */
export interface StoredRead {
  readonly read: HistoryRead;
  readonly digestTarget?: DigestTarget;
}

/**
 * Finds Snapshot History: its sheet, last row and header row (three or four calls whatever
 * its length), with the version and ledger from the document properties already read.
 */
export function openHistory(spreadsheet: Spreadsheet, properties: Readonly<Record<string, string>>): HistorySource {
  const sheet = spreadsheet.getSheetByName(SHEET.history);
  const lastRow = sheet ? sheet.getLastRow() : null;
  const facts: HistoryFacts = {
    version: properties[HISTORY_VERSION_KEY] ?? '0',
    ledgerText: properties[HISTORY_LEDGER_KEY],
    lastRow,
  };
  const headerRow = sheet && lastRow ? readHeaderRow(sheet) : [];
  return { spreadsheet, sheet, facts, headerRow, rowCount: Math.max((lastRow ?? 0) - 1, 0) };
}

/**
 * Rows `firstRow`… of the wanted fields, header first, in the sheet's column order, one
 * read per run of adjacent wanted columns; a missing Superseded column reads as blank.
 */
export function readHistoryRows(
  source: HistorySource,
  firstRow: number,
  rowCount: number,
  fields: readonly HistoryFieldKey[] = CORE_HISTORY_FIELDS,
): unknown[][] {
  const { sheet, headerRow } = source;
  if (!sheet || headerRow.length === 0) return [];
  const located = locateColumns(headerRow);
  const wanted = [...new Set(fields.flatMap((key) => located.get(key) ?? []))].sort((a, b) => a - b);
  const header = wanted.map((column) => headerRow[column]);
  const rows: unknown[][] = Array.from({ length: rowCount }, () => []);
  if (rowCount > 0) {
    for (const [first, width] of adjacentColumns(wanted)) {
      sheet.getSheetValues(firstRow, first + 1, rowCount, width).forEach((cells, index) => {
        rows[index]?.push(...cells);
      });
    }
  }
  if (!located.has('superseded')) {
    header.push(HISTORY_FIELDS.find((field) => field.key === 'superseded')?.header);
    for (const row of rows) row.push('');
  }
  return [header, ...rows];
}

function readWhole(
  source: HistorySource,
  reason: WholeReason,
  fields: readonly HistoryFieldKey[],
  timeZone: string,
): HistoryRead {
  const grid = readHistoryRows(source, 2, source.rowCount, fields);
  return { kind: 'whole', reason, grid, parsed: parseHistory(grid, timeZone) };
}

/** The whole history in the fields a plan needed, for `reason`. */
export function readWholeHistory(
  source: HistorySource,
  plan: HistoryReadPlan,
  reason: WholeReason,
  timeZone: string,
): StoredRead {
  const extra = plan.kind === 'whole' ? plan.fields : plan.blocks.flatMap((read) => read.fields);
  const whole = wholeHistory(reason, extra);
  const fields = whole.kind === 'whole' ? whole.fields : CORE_HISTORY_FIELDS;
  return { read: readWhole(source, reason, fields, timeZone) };
}

/** Carries out `plan`: the blocks it names (each checked) and the digest, or the whole history. */
export function readPlannedHistory(source: HistorySource, plan: HistoryReadPlan, timeZone: string): StoredRead {
  if (plan.kind === 'whole') return { read: readWhole(source, plan.reason, plan.fields, timeZone) };
  let digest: ReturnType<typeof readDigest>;
  if (plan.digest) {
    digest = readDigest(source.spreadsheet, source.facts.version);
    if (!digest) return readWholeHistory(source, plan, 'no-digest', timeZone);
  }
  const blocks = new Map<string, BlockRows>();
  for (const { block, fields } of plan.blocks) {
    const grid = readHistoryRows(source, block.firstRow, block.rows, fields);
    const entries = parseHistory(grid, timeZone, block.firstRow).entries;
    if (!entriesMatchBlock(entries, block)) {
      const whole = readWholeHistory(source, plan, 'block-changed', timeZone);
      return digest ? { ...whole, digestTarget: digest.target } : whole;
    }
    blocks.set(block.quarter, { grid, entries, snapshot: buildHistoryView(entries).snapshots.get(block.quarter) });
  }
  const read: HistoryRead = {
    kind: 'blocks',
    ledger: plan.ledger,
    blocks,
    ...(digest ? { digest: digest.digest } : {}),
  };
  return digest ? { read, digestTarget: digest.target } : { read };
}

/**
 * Why the history cannot be read or added to: a header lost over its values (see
 * lostHistoryColumns). Reads the columns no field claims, and only when the header row
 * lacks a field.
 */
export function lostHistoryHeaders(source: HistorySource, timeZone: string): string | undefined {
  const { sheet, headerRow, rowCount } = source;
  const unclaimed = rowCount > 0 ? unclaimedHistoryColumns(headerRow) : [];
  if (!sheet || unclaimed.length === 0) return undefined;
  // Rows stay sparse: only the columns asked for are filled, the rest read as blank.
  const rows: unknown[][] = Array.from({ length: rowCount }, () => []);
  for (const [first, width] of adjacentColumns(unclaimed)) {
    sheet.getSheetValues(2, first + 1, rowCount, width).forEach((cells, index) => {
      const row = rows[index];
      if (!row) return;
      cells.forEach((cell, offset) => {
        row[first + offset] = cell;
      });
    });
  }
  const lost = lostHistoryColumns([[...headerRow], ...rows], timeZone);
  return lost.length === 0 ? undefined : lost.map((column) => column.message).join(' ');
}

/** The quarters with a snapshot, oldest first: from the ledger while it fits the sheet, else from the Quarter column. */
export function quartersHeld(source: HistorySource): string[] {
  const trusted = trustLedger(source.facts);
  if (trusted.ok) return trusted.ledger.blocks.map((block) => block.quarter);
  const { sheet, headerRow, rowCount } = source;
  const column = locateColumns(headerRow).get('quarter');
  if (!sheet || column === undefined || rowCount < 1) return [];
  const labels = new Set<string>();
  for (const [label] of sheet.getSheetValues(2, column + 1, rowCount, 1)) {
    if (typeof label === 'string' && label.trim() !== '') labels.add(label.trim());
  }
  return [...labels].sort(compareQuarterLabels);
}

/**
 * The quarters with a snapshot, oldest first, for a list the user picks from or reads: from
 * the ledger while it fits the sheet (two calls), else from the Quarter column.
 */
export function quartersInHistory(spreadsheet: Spreadsheet, properties: Readonly<Record<string, string>>): string[] {
  const sheet = spreadsheet.getSheetByName(SHEET.history);
  if (!sheet) return [];
  const facts: HistoryFacts = {
    version: properties[HISTORY_VERSION_KEY] ?? '0',
    ledgerText: properties[HISTORY_LEDGER_KEY],
    lastRow: sheet.getLastRow(),
  };
  const trusted = trustLedger(facts);
  if (trusted.ok) return trusted.ledger.blocks.map((block) => block.quarter);
  const lastRow = facts.lastRow ?? 0;
  const source = {
    spreadsheet,
    sheet,
    facts,
    headerRow: lastRow ? readHeaderRow(sheet) : [],
    rowCount: Math.max(lastRow - 1, 0),
  };
  return quartersHeld(source);
}
