import { compareQuarters, parseQuarterLabel } from '../quarter';

/**
 * Quarter labels as history stores them (`2026-Q3`, `FY2027-Q1`). Labels carry no fiscal
 * start month, so they are ordered by fiscal year then quarter; labels that are not
 * quarters sort after all quarters, alphabetically.
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
