import { isBlank } from '../cellValue';
import { fail, ok, type Result } from '../result';
import { type ColumnMapping, columnsByField, remapped } from './columnMapping';
import { MAPPING_SUBJECT, type SourceTable } from './findTable';
import {
  FIELD_LABELS,
  type ImportField,
  STRATEGY_COLUMN,
  STRATEGY_FALLBACK,
  TACTIC_COLUMN,
  TACTIC_FALLBACK,
  TEXT_FIELDS,
} from './importFields';
import { quotedSheet } from './sourceCells';
import { rowKindOf } from './statusWords';

/**
 * How the plan is laid out, recognised from the mapping and the rows:
 * - `same-row`: a strategy and a tactic on each row; each distinct strategy text is one strategy;
 * - `carried-down`: a strategy written once (a merged cell), blank on the rows of its tactics below;
 * - `type-column`: a column saying which rows are strategies and which tactics, over one text column;
 * - `strategies-only` and `tactics-only`: one kind of item.
 */
export type Layout = 'same-row' | 'carried-down' | 'type-column' | 'strategies-only' | 'tactics-only';

export const LAYOUT_TEXT: Readonly<Record<Layout, string>> = {
  'same-row': 'strategies and tactics on the same row',
  'carried-down': 'each strategy written once, above the rows of its tactics',
  'type-column': 'a type column telling strategies from tactics, each tactic under the strategy above it',
  'strategies-only': 'strategies only',
  'tactics-only': 'tactics only, with no strategy',
};

export interface Recognised {
  readonly layout: Layout;
  /** The mapping as the layout reads it: a lone text column as the strategy, a type column of other words ignored. */
  readonly mapping: readonly ColumnMapping[];
}

function cellAt(row: { readonly cells: readonly unknown[] }, column: number | undefined): unknown {
  return column === undefined ? '' : row.cells[column];
}

/** A type column counts when at least half its filled cells are kind words (Objective, Task…). */
function readsAsKinds(table: SourceTable, column: number): boolean {
  let filled = 0;
  let kinds = 0;
  for (const row of table.rows) {
    const cell = row.cells[column];
    if (isBlank(cell)) continue;
    filled += 1;
    if (typeof cell === 'string' && rowKindOf(cell) !== undefined) kinds += 1;
  }
  return kinds > 0 && kinds * 2 >= filled;
}

/** True when some row names a tactic with its strategy cell blank, below a row that names one. */
function carriesDown(table: SourceTable, strategy: number, tactic: number): boolean {
  let seen = false;
  for (const row of table.rows) {
    const named = !isBlank(cellAt(row, strategy));
    if (named) seen = true;
    else if (seen && !isBlank(cellAt(row, tactic))) return true;
  }
  return false;
}

function noItemColumn(sheet: string, mapping: readonly ColumnMapping[]): Result<never> {
  const found = mapping.filter((entry) => entry.field !== 'ignore').map((entry) => entry.header || entry.field);
  const what =
    found.length === 0 ? 'no column the import knows' : `only ${found.map((h) => JSON.stringify(h)).join(', ')}`;
  return fail(
    'not-found',
    `No column of ${quotedSheet(sheet)} holds strategies or tactics (it has ${what}). Head the column of strategies Strategy or Objective and the column of tactics Tactic or Initiative, or choose them in the mapping editor.`,
    MAPPING_SUBJECT,
  );
}

/** The layout of the table under `mapping`, or why no strategy or tactic can be read from it. */
export function recogniseLayout(
  table: SourceTable,
  sheet: string,
  given: readonly ColumnMapping[],
): Result<Recognised> {
  let mapping = [...given];
  const at = (field: ImportField) => columnsByField(mapping).get(field);
  const kind = at('kind');
  if (kind !== undefined && !readsAsKinds(table, kind)) {
    mapping = remapped(mapping, kind, 'ignore', 'its cells are not strategy or tactic words');
  }
  const hasText = ['statement', 'strategy', 'tactic', 'keyResult'].some(
    (field) => at(field as ImportField) !== undefined,
  );
  if (at('kind') !== undefined && hasText) return ok({ layout: 'type-column', mapping });

  const statement = at('statement');
  if (statement !== undefined) {
    mapping =
      at('strategy') === undefined
        ? remapped(mapping, statement, 'strategy', 'read as the strategy: there is no type column')
        : remapped(mapping, statement, 'ignore', `a second text column; ${FIELD_LABELS.strategy} is read`);
  }
  const keyResult = at('keyResult');
  if (keyResult !== undefined && at('tactic') !== undefined) {
    // Objective, key result and initiative on one row: the key result measures the objective.
    mapping =
      at('metric') === undefined
        ? remapped(
            mapping,
            keyResult,
            'metric',
            "read as the strategy's metric: the tactics have a column of their own",
          )
        : remapped(mapping, keyResult, 'ignore', `a second measure; ${FIELD_LABELS.metric} is read`);
  } else if (at('strategy') === undefined && keyResult !== undefined) {
    // Key results with a baseline or target are the outcomes measured: strategies. Without, they are work.
    const measured = at('baseline') !== undefined || at('target') !== undefined;
    mapping = measured
      ? remapped(mapping, keyResult, 'strategy', 'read as the strategy: key results with targets, no objective column')
      : remapped(mapping, keyResult, 'tactic', 'read as the tactic: key results with no target and no objective');
  }
  const strategy = at('strategy');
  const tactic = at('tactic') ?? at('keyResult');
  if (strategy !== undefined && tactic !== undefined) {
    return ok({ layout: carriesDown(table, strategy, tactic) ? 'carried-down' : 'same-row', mapping });
  }
  if (strategy !== undefined) return ok({ layout: 'strategies-only', mapping: withoutPlace(mapping, 'strategy') });
  if (tactic !== undefined) return ok({ layout: 'tactics-only', mapping: withoutPlace(mapping, 'tactic') });
  return noItemColumn(sheet, mapping);
}

/**
 * With one kind of item, a column that kind has no place for is ignored, saying why: a
 * tactic keeps no baseline, unit or confidence; a strategy names stakeholder groups, and
 * takes an owner column as its stakeholders only when there is no column of them.
 */
function withoutPlace(mapping: readonly ColumnMapping[], kind: 'strategy' | 'tactic'): ColumnMapping[] {
  const columns = kind === 'strategy' ? STRATEGY_COLUMN : TACTIC_COLUMN;
  const fallbacks = kind === 'strategy' ? STRATEGY_FALLBACK : TACTIC_FALLBACK;
  const mapped = columnsByField(mapping);
  let result = [...mapping];
  for (const entry of mapping) {
    const field = entry.field;
    if (field === 'ignore' || TEXT_FIELDS.includes(field) || field === 'kind' || columns[field] !== undefined) continue;
    const fallback = fallbacks[field];
    if (fallback !== undefined && !mapped.has(fallback)) {
      result = remapped(
        result,
        entry.column,
        fallback,
        `a ${kind} has no ${FIELD_LABELS[field]} column, so this one stands for it`,
      );
    } else {
      const also = fallback === undefined ? '' : `, and ${FIELD_LABELS[fallback]} is read from its own column`;
      result = remapped(result, entry.column, 'ignore', `a ${kind} has no ${FIELD_LABELS[field]} column${also}`);
    }
  }
  return result;
}
