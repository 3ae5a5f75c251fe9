import { describeValue } from '../cellValue';
import { failAll, ok, type Result } from '../result';
import type { Finding } from './types';

/**
 * Finds the register's columns by header name, so users may reorder columns, add their
 * own and leave headers empty. Matching trims and ignores case. When a known header
 * appears twice the first column wins and a `bad-value` finding points at the second.
 */

/** 0-based column index of each known header present in the header row. */
export type ColumnMap<H extends string> = Partial<Record<H, number>>;

export type ColumnsResult<H extends string> = Result<{
  readonly columns: ColumnMap<H>;
  readonly findings: readonly Finding[];
}>;

/** A header cell as the add-on matches it: trimmed, inner spaces single, case ignored. */
export function headerKey(cell: unknown): string {
  return typeof cell === 'string' ? cell.trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

/** Column letters as Sheets shows them: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

export function findColumns<H extends string>(
  sheet: string,
  headerRow: unknown,
  known: readonly H[],
  required: readonly H[],
): ColumnsResult<H> {
  const cells: readonly unknown[] = Array.isArray(headerRow) ? headerRow : [];
  const byKey = new Map<string, H>(known.map((header) => [headerKey(header), header]));
  const columns: ColumnMap<H> = {};
  const findings: Finding[] = [];
  cells.forEach((cell, index) => {
    const header = byKey.get(headerKey(cell));
    if (header === undefined) return;
    const first = columns[header];
    if (first === undefined) {
      columns[header] = index;
      return;
    }
    findings.push({
      rule: 'bad-value',
      at: { sheet, row: 1, column: header },
      id: '',
      message: `${sheet} has a second ${describeValue(header)} column (${columnLetter(index)}); the add-on reads column ${columnLetter(first)} and ignores this one.`,
      blocking: false,
    });
  });
  const missing = required.filter((header) => columns[header] === undefined);
  if (missing.length > 0) {
    return failAll(
      missing.map((header) => ({
        code: 'missing-header',
        message: `${sheet} has no ${describeValue(header)} column: add a header cell reading ${describeValue(header)} in row 1.`,
        subject: header,
      })),
    );
  }
  return ok({ columns, findings });
}
