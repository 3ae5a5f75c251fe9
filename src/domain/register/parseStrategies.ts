import {
  readDate,
  readNumber,
  readNumberInRange,
  readPositiveNumber,
  readStatus,
  readText,
  unreadableIdText,
} from './cells';
import { CORE_STRATEGY_COLUMNS } from './columnNeeds';
import {
  CONFIDENCE_RANGE,
  OPTIONAL_STRATEGY_HEADERS,
  REVIEW_DECISIONS,
  SHEET,
  STRATEGY_HEADERS,
  STRATEGY_STATUSES,
} from './schema';
import { parseGrid, type SheetParse } from './sheetGrid';
import type { Strategy } from './types';

// Progress is the add-on's own formula column: a row holding only a progress value is still blank.
// Optional columns are never missed.
const CONSIDERED = STRATEGY_HEADERS.filter(
  (header) => header !== 'Progress' && !OPTIONAL_STRATEGY_HEADERS.includes(header),
);

/** Typed strategies from the Strategies sheet's values (row 0 = headers), with a finding per unreadable cell. */
export function parseStrategies(grid: unknown, timeZone: string): SheetParse<Strategy> {
  return parseGrid(
    SHEET.strategies,
    grid,
    timeZone,
    STRATEGY_HEADERS,
    CORE_STRATEGY_COLUMNS,
    CONSIDERED,
    (cells, row) => {
      const id = cells.field('ID', readText, unreadableIdText(cells.raw('ID')));
      cells.setId(id);
      return {
        row,
        id,
        statement: cells.field('Strategy', readText, ''),
        metric: cells.field('Metric', readText, ''),
        unit: cells.field('Unit', readText, ''),
        baseline: cells.field('Baseline', readNumber, null),
        target: cells.field('Target', readNumber, null),
        current: cells.field('Current', readNumber, null),
        stakeholders: cells.field('Stakeholders', readText, ''),
        start: cells.field('Start', readDate, null),
        due: cells.field('Due', readDate, null),
        status: cells.field('Status', (value, zone) => readStatus(value, zone, STRATEGY_STATUSES), null),
        confidence: cells.field(
          'Confidence',
          (value, zone) => readNumberInRange(value, zone, CONFIDENCE_RANGE.min, CONFIDENCE_RANGE.max),
          null,
        ),
        lastReviewed: cells.field('Last reviewed', readDate, null),
        learning: cells.field('Learning', readText, ''),
        decision: cells.field('Decision', (value, zone) => readStatus(value, zone, REVIEW_DECISIONS, 'decision'), null),
        parent: cells.field('Parent', readText, ''),
        weight: cells.field('Weight', readPositiveNumber, null),
      };
    },
  );
}
