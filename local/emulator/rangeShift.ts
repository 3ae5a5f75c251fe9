import { RangeImpl } from './range';
import type { SheetImpl } from './sheet';

export type Axis = 'rows' | 'columns';

/** A span (start, size) after inserting `count` lines before `at` (count > 0) or deleting them from `at` (count < 0). */
function shiftSpan(start: number, size: number, at: number, count: number): [number, number] | undefined {
  const end = start + size - 1;
  if (count > 0) {
    if (at <= start) return [start + count, size];
    return at <= end ? [start, size + count] : [start, size];
  }
  const deleted = -count;
  const deletedEnd = at + deleted - 1;
  if (deletedEnd < start) return [start - deleted, size];
  if (at > end) return [start, size];
  const lost = Math.min(end, deletedEnd) - Math.max(start, at) + 1;
  return lost >= size ? undefined : [Math.min(start, at), size - lost];
}

/** Where a range of `sheet` lands after rows or columns move; undefined when all its cells were deleted. */
export function shiftRange(
  range: RangeImpl,
  sheet: SheetImpl,
  axis: Axis,
  at: number,
  count: number,
): RangeImpl | undefined {
  if (range.sheet !== sheet) return range;
  const span =
    axis === 'rows' ? shiftSpan(range.row, range.numRows, at, count) : shiftSpan(range.col, range.numCols, at, count);
  if (!span) return undefined;
  const [start, size] = span;
  return axis === 'rows'
    ? new RangeImpl(sheet, start, range.col, size, range.numCols)
    : new RangeImpl(sheet, range.row, start, range.numRows, size);
}

/** Moves everything that names cells of `sheet` (merges, protections, rules, charts, named ranges, selection). */
export function shiftSheetReferences(sheet: SheetImpl, axis: Axis, at: number, count: number): void {
  const move = (range: RangeImpl) => shiftRange(range, sheet, axis, at, count);
  const kept = (ranges: readonly RangeImpl[]) => ranges.map(move).filter((range) => range !== undefined);
  sheet.merges = kept(sheet.merges);
  sheet.protections = sheet.protections.filter((protection) => {
    if (protection.type === 'SHEET') return true;
    const moved = move(protection.range);
    if (moved) protection.range = moved;
    return moved !== undefined;
  });
  sheet.conditionalFormatRules = sheet.conditionalFormatRules.filter((rule) => {
    rule.state = { ...rule.state, ranges: kept(rule.state.ranges) };
    return rule.state.ranges.length > 0;
  });
  for (const chart of sheet.charts) chart.state = { ...chart.state, ranges: kept(chart.state.ranges) };
  const spreadsheet = sheet.spreadsheet;
  for (const [name, range] of spreadsheet.namedRanges) {
    const moved = move(range);
    if (moved) spreadsheet.namedRanges.set(name, moved);
    else spreadsheet.namedRanges.delete(name);
  }
  if (spreadsheet.activeRange)
    spreadsheet.activeRange = move(spreadsheet.activeRange) ?? new RangeImpl(sheet, 1, 1, 1, 1);
}
