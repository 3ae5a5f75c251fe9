import { shownId } from './naming';
import type { Finding } from './types';

/**
 * IDs: `S<n>` for strategies, `T<n>` for tactics. IDs compare trimmed and ignoring case,
 * so 's1' and 'S1' are the same ID (a user reading the sheet could not tell them apart
 * in a formula or a conversation).
 */

export interface IdAssignment {
  /** 1-based sheet row whose ID cell is blank. */
  readonly row: number;
  readonly id: string;
}

interface Identified {
  readonly row: number;
  readonly id: string;
}

/** The form IDs are compared in. */
export function idKey(id: string): string {
  return id.trim().toUpperCase();
}

function largestNumber(items: readonly Identified[], prefix: string): number {
  const pattern = new RegExp(`^${prefix}(\\d{1,15})$`, 'i');
  let largest = 0;
  for (const item of items) {
    const digits = pattern.exec(item.id.trim())?.[1];
    if (digits !== undefined) largest = Math.max(largest, Number(digits));
  }
  return largest;
}

/**
 * IDs for the rows whose ID is blank, in row order, numbered after the largest existing
 * `<prefix><n>`; the adapter writes them in one batch. Existing IDs are never changed.
 */
export function planIds(items: readonly Identified[], prefix: 'S' | 'T'): IdAssignment[] {
  let next = largestNumber(items, prefix) + 1;
  const assignments: IdAssignment[] = [];
  for (const item of items) {
    if (item.id.trim() !== '') continue;
    assignments.push({ row: item.row, id: `${prefix}${next}` });
    next += 1;
  }
  return assignments;
}

/** A blocking `duplicate-id` finding for every item whose ID an earlier row already uses. */
export function duplicateIdFindings(items: readonly Identified[], sheet: string, kind: string): Finding[] {
  const firstRow = new Map<string, number>();
  const findings: Finding[] = [];
  for (const item of items) {
    const key = idKey(item.id);
    if (key === '') continue;
    const earlier = firstRow.get(key);
    if (earlier === undefined) {
      firstRow.set(key, item.row);
      continue;
    }
    findings.push({
      rule: 'duplicate-id',
      at: { sheet, row: item.row, column: 'ID' },
      id: item.id,
      message: `The ${kind} in row ${item.row} has ID ${shownId(item.id)}, already used in row ${earlier}; give each ${kind} its own ID.`,
      blocking: true,
    });
  }
  return findings;
}
