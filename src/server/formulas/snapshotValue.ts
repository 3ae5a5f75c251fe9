import { isBlank } from '../../domain/cellValue';
import { type HistoryIndex, snapshotValue as snapshotValueIn } from '../../domain/history/historyIndex';
import { findField } from '../../domain/history/historySchema';
import { sentence } from '../../domain/result';
import { mapCells } from './cellGrid';
import type { CustomFunctionDoc } from './customFunctionDoc';
import { spreadsheetTimeZoneOnce } from './dateArgument';
import {
  culpritOf,
  indexOrThrow,
  quartersNamedIn,
  type RowOutcome,
  rowProblem,
  settle,
  textArgument,
} from './historyCell';
import { historyIndexOnce } from './historyIndexSource';

const FORMULA = 'SNAPSHOT_VALUE';
const ARGS = ['id', 'field', 'quarter'] as const;

export const SNAPSHOT_VALUE_DOC: CustomFunctionDoc = {
  summary:
    'The value a field of a strategy or tactic had in a quarterly snapshot, from the Snapshot History sheet (Actual is another name for Current). Blank ID rows give blanks. An unknown ID, field or quarter is an error naming what exists; in a range only that row shows the sentence.',
  params: [
    { name: 'id', type: 'string|Array<Array<string>>', description: 'The strategy or tactic ID, or a column of them.' },
    {
      name: 'field',
      type: 'string|Array<Array<string>>',
      description: 'A Snapshot History column such as Target, Current, Actual, Status or Statement.',
    },
    {
      name: 'quarter',
      type: 'string|Array<Array<string>>',
      description: 'The snapshot quarter, such as 2026-Q3 or FY2027-Q1.',
    },
  ],
  returns: {
    type: 'number|string|Date|Array<Array<number|string|Date>>',
    description: 'The value in that snapshot, blank where it was blank.',
  },
  example: 'SNAPSHOT_VALUE(A2:A, "Current", "2026-Q2")',
};

function lookUp(
  index: HistoryIndex,
  cells: readonly unknown[],
  timeZone: () => string,
): RowOutcome<string | number | Date> {
  const id = textArgument(cells[0], ARGS[0], timeZone);
  if (!id.ok) return id;
  const field = textArgument(cells[1], ARGS[1], timeZone);
  if (!field.ok) return field;
  const quarter = textArgument(cells[2], ARGS[2], timeZone);
  if (!quarter.ok) return quarter;
  const found = snapshotValueIn(index, id.value, field.value, quarter.value);
  if (found.ok) return found;
  const argument = culpritOf(index, id.value, findField(field.value).ok, [[ARGS[2], quarter.value]]);
  return rowProblem(argument, sentence(found));
}

/** `=SNAPSHOT_VALUE(id, field, quarter)` over single values or same-shaped ranges, reading history once. */
export function snapshotValue(id: unknown, field: unknown, quarter: unknown): unknown {
  const history = historyIndexOnce(field, () => quartersNamedIn(quarter));
  const timeZone = spreadsheetTimeZoneOnce();
  return mapCells(FORMULA, ARGS, [id, field, quarter], (cells, at) => {
    if (isBlank(cells[0])) return '';
    return settle(lookUp(indexOrThrow(FORMULA, history()), cells, timeZone), at);
  });
}
