import { isBlank } from '../../domain/cellValue';
import { type HistoryIndex, qoqChange } from '../../domain/history/historyIndex';
import { findField } from '../../domain/history/historySchema';
import { canonicalQuarter } from '../../domain/history/quarterOrder';
import { sentence } from '../../domain/result';
import { mapCells } from './cellGrid';
import type { CustomFunctionDoc } from './customFunctionDoc';
import { spreadsheetTimeZoneOnce } from './dateArgument';
import {
  argumentCells,
  culpritOf,
  indexOrThrow,
  isLeftOut,
  quartersNamedIn,
  type RowOutcome,
  rowProblem,
  settle,
  textArgument,
} from './historyCell';
import { historyIndexOnce, type QuartersNeeded } from './historyIndexSource';

const FORMULA = 'QOQ_CHANGE';
const ARGS = ['id', 'field', 'from_quarter', 'to_quarter'] as const;

export const QOQ_CHANGE_DOC: CustomFunctionDoc = {
  summary:
    'How much a numeric field of a strategy or tactic changed between two quarterly snapshots (the later minus the earlier, in whichever order they are given), from the Snapshot History sheet. Without quarters it compares the two latest snapshots; with only to_quarter, the snapshot before it. Blank ID rows give blanks. An unknown ID, field or quarter is an error naming what exists; in a range only that row shows the sentence. Sheets recalculates only when an input changes: name the quarters (from cells you update) to follow new snapshots.',
  params: [
    { name: 'id', type: 'string|Array<Array<string>>', description: 'The strategy or tactic ID, or a column of them.' },
    {
      name: 'field',
      type: 'string|Array<Array<string>>',
      description: 'A numeric column: Current (or Actual), Target, Baseline, Progress or Confidence.',
    },
    {
      name: 'from_quarter',
      type: 'string|Array<Array<string>>',
      description: 'The earlier snapshot, such as 2026-Q2; defaults to the one before to_quarter.',
      optional: true,
    },
    {
      name: 'to_quarter',
      type: 'string|Array<Array<string>>',
      description: 'The later snapshot, such as 2026-Q3; defaults to the latest.',
      optional: true,
    },
  ],
  returns: {
    type: 'number|Array<Array<number>>',
    description: 'The value in the later quarter minus the value in the earlier one.',
  },
  example: 'QOQ_CHANGE(A2:A, "Current", "2026-Q2", "2026-Q3")',
};

/** With only to_quarter given, the change is measured from the snapshot just before it. */
function quarterBefore(index: HistoryIndex, to: string): RowOutcome<string | undefined> {
  const position = index.quarters.indexOf(canonicalQuarter(to));
  // An unknown to_quarter is reported by the domain lookup, with the quarters that exist.
  if (position < 0) return { ok: true, value: undefined };
  const before = index.quarters[position - 1];
  if (before !== undefined) return { ok: true, value: before };
  return rowProblem(
    ARGS[3],
    `${JSON.stringify(to)} is the first snapshot in Snapshot History, so there is nothing earlier to compare it with.`,
  );
}

function optionalQuarter(value: unknown, argument: string, timeZone: () => string): RowOutcome<string | undefined> {
  return isLeftOut(value) ? { ok: true, value: undefined } : textArgument(value, argument, timeZone);
}

function lookUp(index: HistoryIndex, cells: readonly unknown[], timeZone: () => string): RowOutcome<number> {
  const id = textArgument(cells[0], ARGS[0], timeZone);
  if (!id.ok) return id;
  const field = textArgument(cells[1], ARGS[1], timeZone);
  if (!field.ok) return field;
  const to = optionalQuarter(cells[3], ARGS[3], timeZone);
  if (!to.ok) return to;
  let from = optionalQuarter(cells[2], ARGS[2], timeZone);
  if (!from.ok) return from;
  if (from.value === undefined && to.value !== undefined) {
    from = quarterBefore(index, to.value);
    if (!from.ok) return from;
  }
  const change = qoqChange(index, id.value, field.value, from.value, to.value);
  if (change.ok) return change;
  const spec = findField(field.value);
  const fieldFits = spec.ok && spec.value.type === 'number';
  // With one snapshot in history the default from_quarter is what is missing.
  const noEarlier = from.value === undefined && index.quarters.length < 2 && index.items.has(id.value) && fieldFits;
  const sameQuarter =
    from.value !== undefined &&
    canonicalQuarter(from.value) === canonicalQuarter(to.value ?? index.quarters[index.quarters.length - 1] ?? '');
  const argument = noEarlier
    ? ARGS[2]
    : sameQuarter && index.items.has(id.value) && fieldFits
      ? ARGS[3]
      : culpritOf(index, id.value, fieldFits, [
          [ARGS[3], to.value],
          [ARGS[2], from.value],
        ]);
  return rowProblem(argument, sentence(change));
}

/**
 * The quarters a call compares: those its rows name, the snapshot before each named
 * to_quarter, and the two latest when some row leaves to_quarter out. Only these are read.
 */
function quartersCompared(fromQuarter: unknown, toQuarter: unknown): QuartersNeeded {
  const froms = quartersNamedIn(fromQuarter);
  const tos = argumentCells(toQuarter).map((cell) => quartersNamedIn(cell)[0]);
  return (all) => {
    const wanted = new Set(froms);
    for (const to of tos) {
      const position = all.indexOf(to ?? all[all.length - 1] ?? '');
      for (const quarter of [all[position], all[position - 1]]) if (quarter !== undefined) wanted.add(quarter);
    }
    return [...wanted];
  };
}

/** `=QOQ_CHANGE(id, field, [from_quarter], [to_quarter])` over single values or same-shaped ranges, reading history once. */
export function qoqChangeFormula(id: unknown, field: unknown, fromQuarter?: unknown, toQuarter?: unknown): unknown {
  const history = historyIndexOnce(field, quartersCompared(fromQuarter, toQuarter));
  const timeZone = spreadsheetTimeZoneOnce();
  return mapCells(FORMULA, ARGS, [id, field, fromQuarter, toQuarter], (cells, at) => {
    if (isBlank(cells[0])) return '';
    return settle(lookUp(indexOrThrow(FORMULA, history()), cells, timeZone), at);
  });
}
