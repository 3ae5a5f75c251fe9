import { parseA1 } from '../emulator/a1';
import type { ConditionalFormat } from './sheetAccess';

/**
 * The colours a sheet's conditional format rules give a cell, as Sheets draws them: the
 * first rule whose range holds the cell and whose condition the value meets. Conditions the
 * preview does not know give no colour.
 */

export interface CellColours {
  readonly background?: string;
  readonly fontColor?: string;
}

type Test = (value: unknown, args: readonly unknown[]) => boolean;

const asNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;

function numeric(compare: (value: number, a: number, b: number) => boolean): Test {
  return (value, args) => {
    const n = asNumber(value);
    const a = asNumber(args[0]);
    return n !== undefined && a !== undefined && compare(n, a, asNumber(args[1]) ?? a);
  };
}

const isEmpty = (value: unknown): boolean => value === '' || value === null || value === undefined;
const text = (value: unknown): string => (isEmpty(value) ? '' : String(value));

const TESTS: Readonly<Record<string, Test>> = {
  NUMBER_GREATER_THAN: numeric((n, a) => n > a),
  NUMBER_GREATER_THAN_OR_EQUAL_TO: numeric((n, a) => n >= a),
  NUMBER_LESS_THAN: numeric((n, a) => n < a),
  NUMBER_LESS_THAN_OR_EQUAL_TO: numeric((n, a) => n <= a),
  NUMBER_EQUAL_TO: numeric((n, a) => n === a),
  NUMBER_NOT_EQUAL_TO: numeric((n, a) => n !== a),
  NUMBER_BETWEEN: numeric((n, a, b) => n >= Math.min(a, b) && n <= Math.max(a, b)),
  NUMBER_NOT_BETWEEN: numeric((n, a, b) => n < Math.min(a, b) || n > Math.max(a, b)),
  TEXT_EQUAL_TO: (value, args) => !isEmpty(value) && text(value) === text(args[0]),
  TEXT_CONTAINS: (value, args) => !isEmpty(value) && text(value).includes(text(args[0])),
  TEXT_DOES_NOT_CONTAIN: (value, args) => !text(value).includes(text(args[0])),
  TEXT_STARTS_WITH: (value, args) => !isEmpty(value) && text(value).startsWith(text(args[0])),
  TEXT_ENDS_WITH: (value, args) => !isEmpty(value) && text(value).endsWith(text(args[0])),
  CELL_EMPTY: (value) => isEmpty(value),
  CELL_NOT_EMPTY: (value) => !isEmpty(value),
};

function holds(a1: string, row: number, column: number): boolean {
  const area = parseA1(a1);
  if (!area) return false;
  const inRows = row >= area.row && (area.numRows === undefined || row < area.row + area.numRows);
  const inColumns = column >= area.col && (area.numCols === undefined || column < area.col + area.numCols);
  return inRows && inColumns;
}

/** The colours of the cell at `row`, `column` (1-based) holding `value`. */
export function conditionalColours(
  rules: readonly ConditionalFormat[],
  row: number,
  column: number,
  value: unknown,
): CellColours {
  for (const rule of rules) {
    if (!rule.ranges.some((a1) => holds(a1, row, column))) continue;
    const test = TESTS[rule.criteria];
    if (!test?.(value, rule.values)) continue;
    return {
      ...(rule.background ? { background: rule.background } : {}),
      ...(rule.fontColor ? { fontColor: rule.fontColor } : {}),
    };
  }
  return {};
}
