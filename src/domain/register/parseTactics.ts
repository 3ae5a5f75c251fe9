import { readDate, readNumber, readStatus, readText, unreadableIdText } from './cells';
import { CORE_TACTIC_COLUMNS } from './columnNeeds';
import { OPTIONAL_TACTIC_HEADERS, SHEET, TACTIC_HEADERS, TACTIC_STATUSES } from './schema';
import { parseGrid, type SheetParse } from './sheetGrid';
import type { Tactic } from './types';

// Optional columns are never missed.
const CONSIDERED = TACTIC_HEADERS.filter((header) => !OPTIONAL_TACTIC_HEADERS.includes(header));

/** Typed tactics from the Tactics sheet's values (row 0 = headers), with a finding per unreadable cell. */
export function parseTactics(grid: unknown, timeZone: string): SheetParse<Tactic> {
  return parseGrid(SHEET.tactics, grid, timeZone, TACTIC_HEADERS, CORE_TACTIC_COLUMNS, CONSIDERED, (cells, row) => {
    const id = cells.field('ID', readText, unreadableIdText(cells.raw('ID')));
    cells.setId(id);
    return {
      row,
      id,
      strategyId: cells.field('Strategy ID', readText, ''),
      statement: cells.field('Tactic', readText, ''),
      stakeholders: cells.field('Stakeholders', readText, ''),
      owner: cells.field('Owner', readText, ''),
      status: cells.field('Status', (value, zone) => readStatus(value, zone, TACTIC_STATUSES), null),
      indicator: cells.field('Indicator', readText, ''),
      target: cells.field('Target', readNumber, null),
      actual: cells.field('Actual', readNumber, null),
      start: cells.field('Start', readDate, null),
      due: cells.field('Due', readDate, null),
      lastReviewed: cells.field('Last reviewed', readDate, null),
      learning: cells.field('Learning', readText, ''),
    };
  });
}
