import { MONTH_NAMES } from '../monthNames';
import {
  compareQuarters,
  parseCalendarLabel,
  parseQuarterLabel,
  type Quarter,
  quarterLabel,
  quarterOf,
} from '../quarter';
import { fail, ok, type Result } from '../result';

/**
 * Quarter labels as history stores them (`2026-Q3`, `FY2027-Q1`) and as users type them.
 * Stored labels carry no fiscal start month, so they are ordered by fiscal year then
 * quarter; labels that are not quarters sort after all quarters, alphabetically. A typed
 * label is read in the register's own calendar only, so one history never mixes two.
 */

const CALENDAR_START = 1;

/** The canonical form of a label (`fy 2027 q1` → `FY2027-Q1`), or the trimmed text when it names no quarter. */
export function canonicalQuarter(label: string): string {
  const parsed = parseQuarterLabel(label, CALENDAR_START);
  if (!parsed) return label.trim();
  const prefix = /FY/i.test(label) ? 'FY' : '';
  return `${prefix}${String(parsed.fiscalYear).padStart(4, '0')}-Q${parsed.quarter}`;
}

/** Sorts quarter labels oldest first. */
export function compareQuarterLabels(a: string, b: string): number {
  const first = parseQuarterLabel(a, CALENDAR_START);
  const second = parseQuarterLabel(b, CALENDAR_START);
  if (first && second) return compareQuarters(first, second) || a.localeCompare(b);
  if (first) return -1;
  if (second) return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Quarters for a sentence: all of them, or the first and last of a long history. */
export function listQuarters(quarters: readonly string[]): string {
  if (quarters.length <= 6) return quarters.join(', ');
  return `${quarters[0]} to ${quarters[quarters.length - 1]} (${quarters.length} quarters)`;
}

/** A register's quarter calendar at a moment: its fiscal start month and the quarter now falls in. */
export interface QuarterCalendar {
  readonly fiscalYearStartMonth: number;
  readonly current: Quarter;
}

export function quarterCalendar(now: Date, timeZone: string, fiscalYearStartMonth: number): QuarterCalendar {
  return { fiscalYearStartMonth, current: quarterOf(now, timeZone, fiscalYearStartMonth) };
}

/** A label read for a register: its canonical form and quarter, or the sentence refusing it. */
export type QuarterReading = Result<ReadQuarter>;

/** A quarter label as read: its canonical form and the quarter it names. */
export interface ReadQuarter {
  readonly label: string;
  readonly quarter: Quarter;
}

/**
 * A quarter label typed for this register, valid only in its own calendar (`2026-Q3` when
 * the fiscal year starts in January, `FY2027-Q1` otherwise). The refusal gives the form
 * and the current quarter.
 */
export function readRegisterQuarter(text: string, calendar: QuarterCalendar): QuarterReading {
  const quarter = parseCalendarLabel(text, calendar.fiscalYearStartMonth);
  if (quarter) return ok({ label: quarterLabel(quarter), quarter });
  const month = MONTH_NAMES[calendar.fiscalYearStartMonth - 1];
  const refused =
    text.trim() === ''
      ? "No quarter was given: this register's fiscal year"
      : `${JSON.stringify(text.trim())} is not a quarter of this register: its fiscal year`;
  return fail(
    'bad-quarter',
    `${refused} starts in ${month}, so quarters are written like ${quarterLabel(calendar.current)} (the current quarter).`,
  );
}

/** A quarter to snapshot: one of the register's calendar, and the current quarter or one that has ended. */
export function readSnapshotQuarter(text: string, calendar: QuarterCalendar): QuarterReading {
  const read = readRegisterQuarter(text, calendar);
  if (!read.ok || compareQuarters(read.value.quarter, calendar.current) <= 0) return read;
  return fail(
    'bad-quarter',
    `${read.value.label} has not begun yet: a snapshot is for the current quarter (${quarterLabel(calendar.current)}) or one that has ended.`,
  );
}

/**
 * Why a label already in history cannot stand in this register's calendar (another
 * calendar's, or a quarter that has not begun), if it cannot: such rows predate the check.
 */
export function storedLabelProblem(label: string, calendar: QuarterCalendar): string | undefined {
  const read = readRegisterQuarter(label, calendar);
  const current = quarterLabel(calendar.current);
  if (!read.ok) {
    const month = MONTH_NAMES[calendar.fiscalYearStartMonth - 1];
    return `Snapshot History holds a snapshot labelled ${label}, which is not a quarter of this register (its fiscal year starts in ${month}, so quarters are written like ${current}).`;
  }
  if (compareQuarters(read.value.quarter, calendar.current) > 0) {
    return `Snapshot History holds a snapshot labelled ${label}, a quarter that has not begun yet (the current quarter is ${current}).`;
  }
  return undefined;
}

/** Two quarters earlier first, whatever order they came in. */
export function earlierFirst(a: ReadQuarter, b: ReadQuarter): [string, string] {
  return compareQuarters(a.quarter, b.quarter) <= 0 ? [a.label, b.label] : [b.label, a.label];
}

/**
 * Two labels typed as `2026-Q1 2026-Q3`, `2026 Q1, 2026 Q3` or `2026-Q1 → 2026-Q3`: split at
 * an arrow, comma, semicolon or "to" when there is one, else at spaces; undefined unless two.
 */
export function splitQuarterPair(text: string): [string, string] | undefined {
  const parts = (separator: RegExp) => text.split(separator).filter((part) => part.trim() !== '');
  const marked = parts(/→|->|,|;|\bto\b/i);
  const labels = marked.length > 1 ? marked : parts(/\s+/);
  if (labels.length !== 2) return undefined;
  return [(labels[0] as string).trim(), (labels[1] as string).trim()];
}
