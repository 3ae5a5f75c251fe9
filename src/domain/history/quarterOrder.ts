import { RegisterError } from '../errors';
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

/** A quarter label as typed by a user, in its canonical form, or a sentence saying how to write one. */
export function assertQuarterLabel(label: string): string {
  const quarter = canonicalQuarter(label);
  if (!/^(FY)?\d{4}-Q[1-4]$/.test(quarter)) {
    throw new RegisterError(
      'bad-argument',
      `${JSON.stringify(label)} is not a quarter; write it like 2026-Q3 or FY2027-Q1.`,
    );
  }
  return quarter;
}

/** Two quarter labels typed as `2026-Q1 2026-Q3`, `2026-Q1, 2026-Q3` or `2026-Q1 → 2026-Q3`; undefined unless exactly two. */
export function parseQuarterPair(text: string): [string, string] | undefined {
  const labels = text.split(/\s*(?:→|->|,|;|\bto\b|\s)\s*/i).filter((part) => part !== '');
  if (labels.length !== 2) return undefined;
  return [assertQuarterLabel(labels[0] as string), assertQuarterLabel(labels[1] as string)];
}
