import { fail, ok, type Result } from '../result';
import { type ColumnMapping, mapColumns } from './columnMapping';
import { findHeaderRow, tableUnder } from './findTable';
import { type PlannedStrategy, type PlannedTactic, planItems } from './itemPlan';
import { type Layout, recogniseLayout } from './layout';
import type { MappingChoice } from './mappingSchema';
import type { ImportFinding, SourceContext } from './rowReading';
import { quotedSheet } from './sourceCells';

/**
 * The import's pipeline over a source sheet's values (`getValues()`, row 0 = sheet row 1):
 * find the table, map its headers, recognise the layout, read the rows into strategies
 * and tactics. Pure: the sheet is only read, and nothing here knows the register.
 */
export interface ImportReading {
  readonly sheet: string;
  /** 1-based row of the headers. */
  readonly headerRow: number;
  /** 1-based rows of the table under them (first > last when it has none). */
  readonly firstRow: number;
  readonly lastRow: number;
  readonly layout: Layout;
  readonly mapping: readonly ColumnMapping[];
  readonly strategies: readonly PlannedStrategy[];
  readonly tactics: readonly PlannedTactic[];
  /** Cells and rows that could not be read or placed, in sheet order. */
  readonly findings: readonly ImportFinding[];
}

function rowsOf(grid: unknown): readonly unknown[] {
  return Array.isArray(grid) ? grid : [];
}

/**
 * Reads the plan in `grid`, as found by the headers or as the mapping editor `chosen`;
 * fails with a sentence when no table, or no column of strategies or tactics, is found.
 */
export function readPlan(grid: unknown, source: SourceContext, chosen?: MappingChoice): Result<ImportReading> {
  const rows = rowsOf(grid);
  const header = chosen ? ok(chosen.headerRow - 1) : findHeaderRow(rows, source.sheet);
  if (!header.ok) return header;
  const table = tableUnder(rows, header.value);
  if (table.rows.length === 0) {
    return fail(
      'not-found',
      `The table under the headers in row ${table.headerRow} of ${quotedSheet(source.sheet)} has no rows: the row below it is blank.`,
    );
  }
  const mapping = mapColumns(table, source.timeZone, chosen?.columns);
  const recognised = recogniseLayout(table, source.sheet, mapping);
  if (!recognised.ok) return recognised;
  const items = planItems(table, recognised.value.mapping, recognised.value.layout, source);
  const lastRow = table.rows[table.rows.length - 1]?.row ?? table.headerRow;
  const next = table.nextTable;
  const secondTable: ImportFinding[] =
    next === undefined
      ? []
      : [
          {
            row: next.startRow,
            message: `Another table starts at row ${next.startRow} of ${quotedSheet(source.sheet)} (headers in row ${next.headerRow}): it and the rows below it are not imported. To import that table, choose row ${next.headerRow} as the header row in the mapping editor.`,
          },
        ];
  return ok({
    sheet: source.sheet,
    headerRow: table.headerRow,
    firstRow: table.headerRow + 1,
    lastRow,
    layout: recognised.value.layout,
    mapping: recognised.value.mapping.map((entry) => {
      const note = items.columnNotes.get(entry.column);
      return note === undefined ? entry : { ...entry, note };
    }),
    strategies: items.strategies,
    tactics: items.tactics,
    findings: [...items.findings, ...secondTable],
  });
}
