import { idKey } from '../register/ids';
import type { Register } from '../register/register';
import { SHEET } from '../register/schema';
import type { Strategy } from '../register/types';
import { type CalendarDate, daysBetween, zonedDateParts } from '../timeZone';
import type { CheckInTarget } from './checkInRules';
import type { CheckIn } from './checkInSchema';
import type { ForecastItem } from './forecast';

/** Each item's check-ins by ID key (see `idKey`), oldest day first; a day's rows in sheet order. */
export function checkInsByItem(checkIns: readonly CheckIn[]): Map<string, CheckIn[]> {
  const byItem = new Map<string, CheckIn[]>();
  for (const checkIn of checkIns) {
    const key = idKey(checkIn.id);
    const list = byItem.get(key);
    if (list) list.push(checkIn);
    else byItem.set(key, [checkIn]);
  }
  for (const list of byItem.values()) list.sort((a, b) => daysBetween(b.day, a.day) || a.row - b.row);
  return byItem;
}

/** The register's sentence for each cell it could not read, by sheet, row and header. */
export function unreadableCells(register: Register): Map<string, string> {
  const cells = new Map<string, string>();
  for (const finding of register.parseFindings) {
    if (finding.rule !== 'bad-value' || finding.at.column === undefined) continue;
    cells.set(`${finding.at.sheet}!${finding.at.row}!${finding.at.column}`, finding.message);
  }
  return cells;
}

const day = (date: Date | null, timeZone: string): CalendarDate | null =>
  date === null ? null : zonedDateParts(date, timeZone);

/** What the forecast reads of a strategy or a tactic, with the register's sentence for any cell it cannot read. */
export function forecastItemOf(
  target: CheckInTarget,
  unreadable: ReadonlyMap<string, string>,
  timeZone: string,
): ForecastItem {
  const { item, kind } = target;
  const sheet = kind === 'strategy' ? SHEET.strategies : SHEET.tactics;
  const problem = (header: string) => unreadable.get(`${sheet}!${item.row}!${header}`);
  const sentences = {
    start: problem('Start'),
    due: problem('Due'),
    baseline: kind === 'strategy' ? problem('Baseline') : undefined,
    target: problem('Target'),
  };
  const found = Object.fromEntries(Object.entries(sentences).filter(([, sentence]) => sentence !== undefined));
  return {
    kind,
    id: target.id,
    start: day(item.start, timeZone),
    due: day(item.due, timeZone),
    baseline: kind === 'strategy' ? (item as Strategy).baseline : 0,
    target: item.target,
    ...(Object.keys(found).length > 0 ? { unreadable: found } : {}),
  };
}
