import { isBlank } from '../cellValue';
import { failAll, ok, type Result, sentence } from '../result';
import type { CellReader } from './cells';
import { type ColumnMap, findColumns } from './columns';
import { type MissingColumn, missingColumns } from './missingColumns';
import { shownId } from './naming';
import { type ColumnKind, isOptionalHeader } from './schema';
import type { Finding } from './types';

/**
 * What parsing a register sheet gives: typed records, the cells that could not be read and
 * the register columns the sheet lacks (their fields read as blank: an operation that needs
 * one must refuse with its sentence).
 */
export type SheetParse<R> = Result<ParsedSheet<R>>;

export interface ParsedSheet<R> {
  readonly records: readonly R[];
  readonly findings: readonly Finding[];
  readonly missingColumns: readonly MissingColumn[];
}

/** Reads fields of one row by header, collecting a `bad-value` finding per unreadable cell. */
export class RowReader<H extends string> {
  private cells: readonly unknown[] = [];
  private row = 0;
  private id = '';

  constructor(
    private readonly sheet: string,
    private readonly columns: ColumnMap<H>,
    private readonly findings: Finding[],
    private readonly timeZone: string,
  ) {}

  /** Points the reader at a row; `row` is the 1-based sheet row. */
  moveTo(cells: readonly unknown[], row: number): void {
    this.cells = cells;
    this.row = row;
    this.id = '';
  }

  /** The item's ID, used to name it in findings from the rest of the row. */
  setId(id: string): void {
    this.id = id;
  }

  raw(header: H): unknown {
    const index = this.columns[header];
    return index === undefined ? '' : this.cells[index];
  }

  field<T>(header: H, reader: CellReader<T>, fallback: T): T {
    const value = this.raw(header);
    const reading = reader(value, this.timeZone);
    if (reading.ok) return reading.value;
    const item = this.id === '' ? `row ${this.row}` : `${shownId(this.id)} (row ${this.row})`;
    this.findings.push({
      rule: 'bad-value',
      at: { sheet: this.sheet, row: this.row, column: header },
      id: this.id,
      message: `${header} of ${item} in ${this.sheet} is ${sentence(reading)}.`,
      blocking: false,
    });
    return fallback;
  }

  /** True when every register column of the row is blank; user columns and computed ones are ignored. */
  isBlankRow(considered: readonly H[]): boolean {
    for (const header of considered) {
      const index = this.columns[header];
      if (index !== undefined && !isBlank(this.cells[index])) return false;
    }
    return true;
  }
}

/**
 * Parses a sheet's `getValues()` (row 0 holds the headers) with a per-row builder; dates
 * read as text are the day they show in the spreadsheet's `timeZone`.
 * Never throws on odd grids: ragged rows, non-array rows and any cell value are read as
 * blanks or bad values. Rows blank in every register column are skipped. `considered` are
 * the columns users fill (all but computed ones); a sheet lacking a `required` one cannot
 * be read at all, and fails with the missing column's sentence. An optional one (Parent,
 * Weight) is never missing: its fields read as blank. `kindOf` tells what each column
 * holds, to recognise one whose header was lost (the register's columns by default).
 */
export function parseGrid<H extends string, R>(
  sheet: string,
  grid: unknown,
  timeZone: string,
  known: readonly H[],
  required: readonly H[],
  considered: readonly H[],
  build: (reader: RowReader<H>, row: number) => R,
  kindOf?: (header: string) => ColumnKind,
): SheetParse<R> {
  const rows: readonly unknown[] = Array.isArray(grid) ? grid : [];
  const found = findColumns(sheet, rows[0], known, []);
  if (!found.ok) return found;
  const wanted = considered.filter((header) => !isOptionalHeader(header));
  const missing = missingColumns(sheet, rows, wanted, found.value.columns, timeZone, kindOf);
  const fatal = missing.filter((column) => required.includes(column.header as H));
  if (fatal.length > 0) {
    return failAll(
      fatal.map((column) => ({ code: 'missing-header', message: column.message, subject: column.header })),
    );
  }
  const findings: Finding[] = [...found.value.findings];
  const records: R[] = [];
  const reader = new RowReader<H>(sheet, found.value.columns, findings, timeZone);
  const noCells: readonly unknown[] = [];
  for (let index = 1; index < rows.length; index++) {
    const cells = rows[index];
    reader.moveTo(Array.isArray(cells) ? cells : noCells, index + 1);
    if (reader.isBlankRow(considered)) continue;
    records.push(build(reader, index + 1));
  }
  return ok({ records, findings, missingColumns: missing });
}
