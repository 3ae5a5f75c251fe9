import { isBlank, isDate } from '../cellValue';
import { isoDay } from '../isoDay';
import { columnLetter } from '../register/columns';
import type { SourceTable } from './findTable';
import { fieldOfHeader, fieldOfNumbersHeader } from './headerSynonyms';
import { type ColumnChoice, FIELD_LABELS } from './importFields';
import { readSourceNumber } from './sourceValues';

/**
 * Which register field each column of the source table fills. Headers are matched through
 * the synonym table; the mapping editor may choose instead. A field is filled from one
 * column: a second column for it is listed as ignored, with the column that is read.
 */
export interface ColumnMapping {
  /** 0-based column of the source sheet. */
  readonly column: number;
  /** The header as the sheet shows it; '' when the header cell is blank. */
  readonly header: string;
  /** What the import does with the column. */
  readonly field: ColumnChoice;
  /** What the header names by the synonym table: the editor's suggestion. */
  readonly found: ColumnChoice;
  /** Why the column is ignored, or how it is read when that is not plain from its field. */
  readonly note?: string;
}

/** A header cell as text: a date Sheets made of a typed header is the day it shows. */
export function headerText(cell: unknown, timeZone: string): string {
  if (isBlank(cell)) return '';
  if (typeof cell === 'string') return cell.trim();
  if (isDate(cell)) return Number.isNaN(cell.getTime()) ? '' : isoDay(cell, timeZone);
  return String(cell);
}

function holdsData(table: SourceTable, column: number): boolean {
  return table.rows.some((row) => !isBlank(row.cells[column]));
}

/** Whether most filled cells of the column read as numbers (`1,250` and `25%` typed as text too). */
function holdsNumbers(table: SourceTable, column: number, timeZone: string): boolean {
  let filled = 0;
  let numbers = 0;
  for (const row of table.rows) {
    const cell = row.cells[column];
    if (isBlank(cell)) continue;
    filled += 1;
    const reading = readSourceNumber(cell, timeZone);
    if (reading.ok && reading.value !== null) numbers += 1;
  }
  return filled > 0 && numbers * 2 > filled;
}

/** What the header names, its column's cells deciding for a header such as "Goal". */
function foundField(table: SourceTable, column: number, header: string, timeZone: string): ColumnChoice {
  const overNumbers = fieldOfNumbersHeader(header);
  if (overNumbers !== undefined && holdsNumbers(table, column, timeZone)) return overNumbers;
  return fieldOfHeader(header) ?? 'ignore';
}

/**
 * The mapping of every column that has a header or data (`chosen`, by column, overrides
 * the synonyms). A column with neither is not the plan's and is left out.
 */
export function mapColumns(
  table: SourceTable,
  timeZone: string,
  chosen?: readonly (ColumnChoice | null)[],
): ColumnMapping[] {
  const taken = new Map<ColumnChoice, number>();
  const mapping: ColumnMapping[] = [];
  for (let column = 0; column < table.width; column++) {
    const header = headerText(table.header[column], timeZone);
    if (header === '' && !holdsData(table, column)) continue;
    const found = foundField(table, column, header, timeZone);
    const wanted = chosen?.[column] ?? found;
    const first = taken.get(wanted);
    if (wanted !== 'ignore' && first !== undefined) {
      const note = `a second ${FIELD_LABELS[wanted]} column; column ${columnLetter(first)} is read`;
      mapping.push({ column, header, field: 'ignore', found, note });
      continue;
    }
    taken.set(wanted, column);
    if (wanted !== 'ignore') mapping.push({ column, header, field: wanted, found });
    else if (chosen?.[column] === 'ignore') mapping.push({ column, header, field: wanted, found, note: 'ignored' });
    else {
      const note = header === '' ? 'no header' : 'not a header the import knows';
      mapping.push({ column, header, field: wanted, found, note });
    }
  }
  return mapping;
}

/** The 0-based column each used field is read from. */
export function columnsByField(mapping: readonly ColumnMapping[]): Map<ColumnChoice, number> {
  return new Map(mapping.filter((entry) => entry.field !== 'ignore').map((entry) => [entry.field, entry.column]));
}

/** The mapping with one column read as another field (or ignored), with a note saying why. */
export function remapped(
  mapping: readonly ColumnMapping[],
  column: number,
  field: ColumnChoice,
  note: string,
): ColumnMapping[] {
  return mapping.map((entry) => (entry.column === column ? { ...entry, field, note } : entry));
}
