import { type ColumnMap, findColumns } from '../register/columns';
import { missingColumns } from '../register/missingColumns';
import { SHEET } from '../register/schema';
import { failAll, ok, type Result } from '../result';
import type { CheckIn } from './checkInSchema';
import { CHECK_IN_FORMATS, CHECK_IN_HEADERS, type CheckInHeader, CORE_CHECK_IN_COLUMNS } from './checkInSchema';

/** Where a save writes in the Check-ins sheet, from its header row alone. */
export interface CheckInColumns {
  readonly header: readonly unknown[];
  readonly columns: ColumnMap<CheckInHeader>;
}

/**
 * The Check-ins columns a save of `needed` writes into, found in the sheet's header row;
 * a header it lacks refuses the save with the missing column's sentence, as every
 * operation that needs a column does. An empty header row is a new sheet: the default one.
 */
export function checkInColumns(
  headerRow: readonly unknown[],
  needed: readonly CheckInHeader[],
  timeZone: string,
): Result<CheckInColumns> {
  const header = headerRow.length === 0 ? [...CHECK_IN_HEADERS] : headerRow;
  const found = findColumns(SHEET.checkIns, header, CHECK_IN_HEADERS, []);
  const columns = found.ok ? found.value.columns : {};
  const wanted = [...new Set([...CORE_CHECK_IN_COLUMNS, ...needed])];
  const missing = missingColumns(SHEET.checkIns, [header], wanted, columns, timeZone);
  if (missing.length > 0) {
    return failAll(
      missing.map((column) => ({ code: 'missing-header', message: column.message, subject: column.header })),
    );
  }
  return ok({ header, columns });
}

/** The columns a batch of check-ins fills: Date, ID and Value always, the others when any check-in gives them. */
export function columnsFilled(checkIns: readonly CheckIn[]): CheckInHeader[] {
  const filled: CheckInHeader[] = [...CORE_CHECK_IN_COLUMNS];
  if (checkIns.some((checkIn) => checkIn.confidence !== null)) filled.push('Confidence');
  if (checkIns.some((checkIn) => checkIn.note !== '')) filled.push('Note');
  if (checkIns.some((checkIn) => checkIn.by !== '')) filled.push('By');
  return filled;
}

/** The rows of a batch in the sheet's column order (the team's own columns left blank), and one format per column. */
export function checkInRows(
  checkIns: readonly CheckIn[],
  where: CheckInColumns,
  dayOf: (checkIn: CheckIn) => Date,
): { rows: unknown[][]; formats: string[] } {
  const width = where.header.length;
  const formats = Array.from({ length: width }, () => '@');
  for (const header of CHECK_IN_HEADERS) {
    const index = where.columns[header];
    if (index !== undefined) formats[index] = CHECK_IN_FORMATS[header];
  }
  const rows = checkIns.map((checkIn) => {
    const row: unknown[] = new Array(width).fill('');
    const put = (header: CheckInHeader, value: unknown) => {
      const index = where.columns[header];
      if (index !== undefined) row[index] = value;
    };
    put('Date', dayOf(checkIn));
    put('ID', checkIn.id);
    put('Value', checkIn.value ?? '');
    put('Confidence', checkIn.confidence ?? '');
    put('Note', checkIn.note);
    put('By', checkIn.by);
    return row;
  });
  return { rows, formats };
}
