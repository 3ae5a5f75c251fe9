import { isoDayOf } from '../isoDay';
import { MENU_LABELS, menuPath } from '../menuLabels';
import { idKey } from '../register/ids';
import { itemName } from '../register/naming';
import type { Register } from '../register/register';
import { isActiveStrategy, isActiveTactic } from '../register/rules/activity';
import { SHEET } from '../register/schema';
import type { Finding } from '../register/types';
import { type CalendarDate, daysBetween, zonedDateParts } from '../timeZone';
import type { CheckIn } from './checkInSchema';

/**
 * `stale-check-in`: once the Check-ins sheet holds any row, every active strategy and
 * tactic is checked in at least every `cadenceDays` days (Settings). An item with no
 * check-in yet is counted from its Start, so one begun this week is not stale; one with
 * neither is stale at once.
 */

/** Days since an item was last checked in (or began), for the rule and the sidebar; null when never and no Start. */
export function daysWithoutCheckIn(
  checkIns: readonly CheckIn[] | undefined,
  start: Date | null,
  today: CalendarDate,
  timeZone: string,
): number | null {
  const last = checkIns?.[checkIns.length - 1];
  if (last) return daysBetween(last.day, today);
  return start === null ? null : daysBetween(zonedDateParts(start, timeZone), today);
}

/** True when an item that went `days` without a check-in is past the cadence (null: never checked in, no Start). */
export function isStale(days: number | null, cadenceDays: number): boolean {
  return days === null || days > cadenceDays;
}

function every(cadenceDays: number): string {
  return cadenceDays === 1 ? 'every day' : `every ${cadenceDays} days`;
}

/** The stale-check-in findings, one per active item past the cadence; none while the log is empty. */
export function staleCheckIns(
  register: Register,
  byItem: ReadonlyMap<string, readonly CheckIn[]>,
  logRows: number,
  today: CalendarDate,
  timeZone: string,
  cadenceDays: number,
): Finding[] {
  if (logRows === 0) return [];
  const findings: Finding[] = [];
  const check = (
    kind: 'strategy' | 'tactic',
    sheet: string,
    item: { row: number; id: string; statement: string; start: Date | null },
  ) => {
    if (item.id.trim() === '') return;
    const checkIns = byItem.get(idKey(item.id));
    const days = daysWithoutCheckIn(checkIns, item.start, today, timeZone);
    if (!isStale(days, cadenceDays)) return;
    const last = checkIns?.[checkIns.length - 1];
    const when = last ? `was last checked in on ${isoDayOf(last.day)}, ${days} days ago` : 'has no check-in yet';
    findings.push({
      rule: 'stale-check-in',
      at: { sheet, row: item.row, column: 'ID' },
      id: item.id,
      message: `${itemName(kind, item)} is active and ${when}; the team checks in ${every(cadenceDays)} (Settings). Check in with ${menuPath(MENU_LABELS.checkIn)}`,
      blocking: false,
    });
  };
  for (const strategy of register.strategies)
    if (isActiveStrategy(strategy)) check('strategy', SHEET.strategies, strategy);
  for (const tactic of register.tactics) if (isActiveTactic(tactic)) check('tactic', SHEET.tactics, tactic);
  return findings;
}
