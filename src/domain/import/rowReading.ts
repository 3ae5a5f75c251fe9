import { describeValue, isBlank, isDate } from '../cellValue';
import { CONFIDENCE_RANGE } from '../register/schema';
import type { ColumnMapping } from './columnMapping';
import type { SourceRow } from './findTable';
import {
  FIELD_KINDS,
  FIELD_LABELS,
  type ImportField,
  STRATEGY_COLUMN,
  STRATEGY_FALLBACK,
  TACTIC_COLUMN,
  TACTIC_FALLBACK,
} from './importFields';
import { quotedSheet, sourceCell } from './sourceCells';
import { type CellValue, readSourceDay, readSourceNumber, readSourceText, type SourceReading } from './sourceValues';
import { KNOWN_STATUSES, strategyStatusOf, tacticStatusOf } from './statusWords';

/** A cell or row of the source the import could not read or place, in a sentence naming the cell. */
export interface ImportFinding {
  /** 1-based row of the source sheet. */
  readonly row: number;
  /** 0-based column; absent when the finding is about the whole row. */
  readonly column?: number;
  readonly message: string;
}

/** Where the rows come from, for sentences and for dates. */
export interface SourceContext {
  readonly sheet: string;
  readonly timeZone: string;
  /** The sheet's number formats, by row and column as its values: a `%` format marks a percentage. */
  readonly numberFormats?: readonly (readonly unknown[])[];
}

interface Read {
  readonly column: number;
  readonly raw: unknown;
  /** The value, or null when blank or unreadable. */
  readonly value: CellValue | null;
  /** Typed as a percentage: `25%` as text, or a number in a `%` format. */
  readonly percent: boolean;
}

/** The register cells of one item being built, by header, and where they came from. */
export interface ItemCells {
  readonly kind: 'strategy' | 'tactic';
  readonly sourceRow: number;
  readonly cells: Record<string, CellValue>;
  /** Set when a status word was not understood: the cell stays blank rather than take the default. */
  statusRefused: boolean;
  /** Set when a number of the metric was a percentage (`25%`, or a `%` cell): a strategy without a Unit gets `%`. */
  typedAsPercent?: boolean;
}

/** The metric's numbers: typed as `25%`, they tell a strategy its unit. */
const METRIC_NUMBERS: ReadonlySet<ImportField> = new Set(['baseline', 'target', 'current']);

function sameValue(a: CellValue, b: CellValue): boolean {
  if (isDate(a) && isDate(b)) return a.getTime() === b.getTime();
  return a === b;
}

function reader(field: ImportField): (value: unknown, timeZone: string) => SourceReading<CellValue> {
  const kind = FIELD_KINDS[field];
  if (kind === 'number') return readSourceNumber;
  if (kind === 'date') return readSourceDay;
  return readSourceText;
}

/**
 * One source row's mapped cells, each read once by its field's rule. A cell that cannot be
 * read becomes a finding naming it, and its field is blank.
 */
export class RowReading {
  private readonly values = new Map<ImportField, Read>();

  constructor(
    readonly row: SourceRow,
    mapping: readonly ColumnMapping[],
    private readonly context: SourceContext,
    private readonly findings: ImportFinding[],
  ) {
    for (const entry of mapping) {
      if (entry.field === 'ignore') continue;
      const raw = row.cells[entry.column];
      const reading = reader(entry.field)(raw, context.timeZone);
      if (!reading.ok)
        this.report(entry.column, `${reading.problems[0]?.message}; ${FIELD_LABELS[entry.field]} is left blank.`);
      const format = context.numberFormats?.[row.row - 1]?.[entry.column];
      const percent =
        (typeof raw === 'string' && raw.trim().endsWith('%')) ||
        (typeof raw === 'number' && typeof format === 'string' && format.includes('%'));
      this.values.set(entry.field, { column: entry.column, raw, value: reading.ok ? reading.value : null, percent });
    }
  }

  /** The field's value, null when blank, unreadable or not mapped. */
  value(field: ImportField): CellValue | null {
    return this.values.get(field)?.value ?? null;
  }

  /** The field's text ('' when blank or not text). */
  text(field: ImportField): string {
    const value = this.value(field);
    return typeof value === 'string' ? value : '';
  }

  /** A sentence about one cell of this row. */
  report(column: number, text: string): void {
    const cell = sourceCell(this.context.sheet, this.row.row, column);
    this.findings.push({ row: this.row.row, column, message: `${cell} ${text}` });
  }

  /** A sentence about the whole row. */
  reportRow(text: string): void {
    this.findings.push({
      row: this.row.row,
      message: `Row ${this.row.row} of ${quotedSheet(this.context.sheet)} ${text}`,
    });
  }

  /**
   * Puts the row's `fields` into an item's cells, each in the column it has on the item's
   * sheet (or its fallback). `keepFirst` names the row an existing item came from: a value
   * it already has stays, and a different one is reported. `reportNoPlace` reports values
   * the item has no column for.
   */
  land(
    item: ItemCells,
    fields: readonly ImportField[],
    options: { keepFirst?: number; reportNoPlace?: boolean } = {},
  ): void {
    const columns = item.kind === 'strategy' ? STRATEGY_COLUMN : TACTIC_COLUMN;
    const fallbacks = item.kind === 'strategy' ? STRATEGY_FALLBACK : TACTIC_FALLBACK;
    for (const field of fields) {
      const read = this.values.get(field);
      if (read === undefined || read.value === null) continue;
      const fallback = fallbacks[field];
      const header =
        columns[field] ?? (fallback !== undefined && this.value(fallback) === null ? columns[fallback] : undefined);
      if (header === undefined) {
        if (options.reportNoPlace) {
          const shown = describeValue(read.raw, this.context.timeZone);
          this.report(
            read.column,
            `holds ${shown}, a ${FIELD_LABELS[field].toLowerCase()}: a ${item.kind} has no ${FIELD_LABELS[field]} column, so it is not imported.`,
          );
        }
        continue;
      }
      const value = this.registerValue(item, field, read);
      if (value === undefined) continue;
      const had = item.cells[header];
      if (had === undefined) {
        item.cells[header] = value;
        if (METRIC_NUMBERS.has(field) && read.percent) item.typedAsPercent = true;
      } else if (options.keepFirst !== undefined && !sameValue(had, value)) {
        const shown = describeValue(read.raw, this.context.timeZone);
        this.report(
          read.column,
          `holds ${shown}; the ${item.kind} keeps ${describeValue(had, this.context.timeZone)} from row ${options.keepFirst} as its ${header}.`,
        );
      }
    }
  }

  /** A read value as its register column takes it: a status in the register's words, a confidence within 0–10. */
  private registerValue(item: ItemCells, field: ImportField, read: Read): CellValue | undefined {
    const { value } = read;
    if (field === 'status' && typeof value === 'string') {
      const status = item.kind === 'strategy' ? strategyStatusOf(value) : tacticStatusOf(value);
      if (status !== undefined) return status;
      item.statusRefused = true;
      const allowed = KNOWN_STATUSES[item.kind].join(', ');
      this.report(
        read.column,
        `holds ${describeValue(value)}, a status the import does not know for a ${item.kind} (${allowed}, or words like On track, Complete, Not started); Status is left blank.`,
      );
      return undefined;
    }
    if (field === 'confidence' && typeof value === 'number') {
      if (value >= CONFIDENCE_RANGE.min && value <= CONFIDENCE_RANGE.max) return value;
      this.report(
        read.column,
        `holds ${value}, outside the confidence scale of ${CONFIDENCE_RANGE.min}–${CONFIDENCE_RANGE.max}; Confidence is left blank.`,
      );
      return undefined;
    }
    return value ?? undefined;
  }

  /** True when any cell of the row holds something, mapped or not. */
  holdsAnything(width: number): boolean {
    for (let column = 0; column < width; column++) if (!isBlank(this.row.cells[column])) return true;
    return false;
  }
}
