import { checkInsByItem } from '../../domain/checkins/checkInIndex';
import type { CheckIn } from '../../domain/checkins/checkInSchema';
import { type CheckInLog, NO_CHECK_INS, parseCheckIns } from '../../domain/checkins/parseCheckIns';
import type { Register } from '../../domain/register/register';
import { ok, type Result } from '../../domain/result';
import { type CalendarDate, zonedDateParts } from '../../domain/timeZone';
import { type CheckInSheet, readCheckInSheet } from '../../sheets/checkInSheet';
import type { Spreadsheet } from '../../sheets/types';

/** The Check-ins sheet parsed against the register, on today in the spreadsheet's zone. */
export interface ParsedCheckIns {
  /** The log, or why it cannot be read (Date, ID or Value missing), in the missing column's sentence. */
  readonly log: Result<CheckInLog>;
  /** The check-ins counted, per item (by `idKey`), oldest first. */
  readonly byItem: ReadonlyMap<string, readonly CheckIn[]>;
  readonly today: CalendarDate;
}

/** The sheet's cells (null when there is no Check-ins sheet) parsed against `register`. */
export function parseCheckInSheet(
  grid: readonly (readonly unknown[])[] | null,
  register: Register,
  timeZone: string,
  now: Date,
): ParsedCheckIns {
  const today = zonedDateParts(now, timeZone);
  const log = grid === null ? ok(NO_CHECK_INS) : parseCheckIns(grid, timeZone, register, today);
  return { log, byItem: checkInsByItem(log.ok ? log.value.checkIns : []), today };
}

/** The Check-ins sheet read, with where it is for a save. */
export interface LoadedCheckIns extends ParsedCheckIns {
  readonly found: CheckInSheet;
}

/** Reads the Check-ins sheet (one read) and parses it against `register`. */
export function loadCheckIns(
  spreadsheet: Spreadsheet,
  register: Register,
  timeZone: string,
  now: Date,
): LoadedCheckIns {
  const found = readCheckInSheet(spreadsheet);
  return { found, ...parseCheckInSheet(found.sheet ? found.grid : null, register, timeZone, now) };
}
