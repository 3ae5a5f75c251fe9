import type { Register } from '../register/register';
import { SHEET } from '../register/schema';
import type { Finding } from '../register/types';
import type { Result } from '../result';
import { itemKey } from '../rollup/groupTable';
import type { CalendarDate } from '../timeZone';
import type { CheckIn } from './checkInSchema';
import type { CheckInLog } from './parseCheckIns';
import { staleCheckIns } from './staleCheckIns';

/**
 * What the health check finds in the Check-ins sheet: a missing column (Date, ID or Value
 * stop the log being read at all, so they block a snapshot, which keeps each item's
 * forecast), and every row a rule refuses, as `bad-value` naming the row and the value.
 */
export function checkInLogFindings(log: Result<CheckInLog>): Finding[] {
  if (!log.ok) {
    return log.problems.map((problem) => ({
      rule: 'missing-column',
      at: { sheet: SHEET.checkIns, row: 1, ...(problem.subject ? { column: problem.subject } : {}) },
      id: '',
      message: problem.message,
      blocking: true,
    }));
  }
  const missing: Finding[] = log.value.missingColumns.map((column) => ({
    rule: 'missing-column',
    at: { sheet: SHEET.checkIns, row: 1, column: column.header, index: column.index },
    id: '',
    message: column.message,
    blocking: false,
  }));
  return [...missing, ...log.value.findings];
}

/**
 * Every finding about check-ins: the log's own, then `stale-check-in` for each active item
 * past the cadence (judged only on a log that can be read).
 */
export function checkInHealth(
  log: Result<CheckInLog>,
  byItem: ReadonlyMap<string, readonly CheckIn[]>,
  register: Register,
  today: CalendarDate,
  timeZone: string,
  cadenceDays: number,
): Finding[] {
  const stale = log.ok ? staleCheckIns(register, byItem, log.value.rowCount, today, timeZone, cadenceDays) : [];
  return [...checkInLogFindings(log), ...stale];
}

/**
 * `Sheet!row` of every item the stale-check-in rule flags among `findings`, as the group
 * table counts them; undefined while the rule cannot be judged (a log that cannot be read,
 * or one with no row yet), so the table leaves its column off.
 */
export function staleItemKeys(log: Result<CheckInLog>, findings: readonly Finding[]): ReadonlySet<string> | undefined {
  if (!log.ok || log.value.rowCount === 0) return undefined;
  return new Set(findings.filter((f) => f.rule === 'stale-check-in').map((f) => itemKey(f.at.sheet, f.at.row)));
}
