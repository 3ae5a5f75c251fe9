import { readDate, readNumber, readText, unreadableIdText } from '../register/cells';
import type { MissingColumn } from '../register/missingColumns';
import type { Register } from '../register/register';
import { type ColumnKind, SHEET } from '../register/schema';
import { parseGrid } from '../register/sheetGrid';
import type { Finding } from '../register/types';
import { failAll, ok, type Problem, type Result } from '../result';
import { type CalendarDate, zonedDateParts } from '../timeZone';
import {
  type CheckInPlace,
  checkInProblem,
  checkInTargets,
  dayProblem,
  emptyProblem,
  readConfidence,
  targetOf,
} from './checkInRules';
import { CHECK_IN_HEADERS, type CheckIn, CORE_CHECK_IN_COLUMNS } from './checkInSchema';

/**
 * Rows typed into the Check-ins sheet count as check-ins, by the same rules as the
 * sidebar's: a row whose cells cannot be read, or that names no item, a retired one or a
 * day to come, is a `bad-value` finding naming the row and the value, and is left out of
 * everything (forecasts, trends, the stale rule). It never changes the register.
 */
export interface CheckInLog {
  /** The rows every rule accepts, in sheet order. */
  readonly checkIns: readonly CheckIn[];
  /** Rows holding anything, accepted or not: the stale rule applies once there is one. */
  readonly rowCount: number;
  readonly findings: readonly Finding[];
  readonly missingColumns: readonly MissingColumn[];
}

/** The log of a spreadsheet without a Check-ins sheet (or with nothing in it). */
export const NO_CHECK_INS: CheckInLog = { checkIns: [], rowCount: 0, findings: [], missingColumns: [] };

const KINDS: Readonly<Record<string, ColumnKind>> = { Date: 'date', Value: 'number', Confidence: 'number' };
const kindOf = (header: string): ColumnKind => KINDS[header] ?? 'text';

interface Row {
  readonly row: number;
  readonly id: string;
  readonly date: Date | null;
  readonly value: number | null;
  readonly confidence: number | null;
  readonly note: string;
  readonly by: string;
}

function finding(problem: Problem, row: number, id: string): Finding {
  return {
    rule: 'bad-value',
    at: { sheet: SHEET.checkIns, row, ...(problem.subject ? { column: problem.subject } : {}) },
    id,
    message: problem.message,
    blocking: false,
  };
}

/**
 * Parses the Check-ins sheet's `getValues()` (row 0 = headers) against the register, on
 * `today` in the spreadsheet's `timeZone`. Fails only when Date, ID or Value is missing.
 */
export function parseCheckIns(
  grid: unknown,
  timeZone: string,
  register: Register,
  today: CalendarDate,
): Result<CheckInLog> {
  const parsed = parseGrid(
    SHEET.checkIns,
    grid,
    timeZone,
    CHECK_IN_HEADERS,
    CORE_CHECK_IN_COLUMNS,
    CHECK_IN_HEADERS,
    (cells, row): Row => {
      const id = cells.field('ID', readText, unreadableIdText(cells.raw('ID')));
      cells.setId(id);
      return {
        row,
        id,
        date: cells.field('Date', readDate, null),
        value: cells.field('Value', readNumber, null),
        confidence: cells.field('Confidence', readNumber, null),
        note: cells.field('Note', readText, ''),
        by: cells.field('By', readText, ''),
      };
    },
    kindOf,
  );
  if (!parsed.ok) return failAll(parsed.problems);
  const { records, findings: cellFindings, missingColumns } = parsed.value;
  const unreadable = new Set(cellFindings.map((cell) => cell.at.row));
  const targets = checkInTargets(register);
  const findings: Finding[] = [...cellFindings];
  const checkIns: CheckIn[] = [];
  for (const record of records) {
    if (unreadable.has(record.row)) continue;
    const place: CheckInPlace = { row: record.row, id: record.id };
    const problems: Problem[] = [];
    let day: CalendarDate | undefined;
    if (record.date === null) problems.push(checkInProblem('Date', place, 'a blank', '; type the day of the check-in'));
    else {
      day = zonedDateParts(record.date, timeZone);
      const late = dayProblem(place, day, today);
      if (late) problems.push(late);
    }
    const target = targetOf(targets, place, day ?? today, timeZone);
    if (!target.ok) problems.push(...target.problems);
    const confidence = record.confidence === null ? ok(null) : readConfidence(place, record.confidence);
    if (!confidence.ok) problems.push(...confidence.problems);
    if (record.value === null && record.confidence === null && record.note === '') problems.push(emptyProblem(place));
    if (problems.length > 0 || !target.ok || day === undefined) {
      for (const problem of problems) findings.push(finding(problem, record.row, record.id));
      continue;
    }
    checkIns.push({
      row: record.row,
      day,
      id: target.value.id,
      kind: target.value.kind,
      value: record.value,
      confidence: record.confidence,
      note: record.note,
      by: record.by,
    });
  }
  return ok({ checkIns, rowCount: records.length, findings, missingColumns });
}
