import { describeValue, isBlank, isDate, type PlainValue } from '../../domain/cellValue';
import { RegisterError } from '../../domain/errors';
import type { HistoryIndex } from '../../domain/history/historyIndex';
import { canonicalQuarter } from '../../domain/history/quarterOrder';
import { MENU_LABELS, menuPath } from '../../domain/menuLabels';
import { SHEET } from '../../domain/register/schema';
import { type Failure, fail, ok, type Result } from '../../domain/result';
import { type CellContext, positionInRange } from './cellGrid';
import type { LoadedHistory } from './indexCacheStore';

/**
 * What the history formulas share. A problem with the whole call (no snapshots yet,
 * unreadable history, ranges of different shapes) throws, so Sheets shows #ERROR! with
 * the sentence. A problem with one row (an unknown ID, field or quarter) throws only when
 * the formula was given single values; inside a range that row's cell holds the sentence
 * and every other row keeps its value, as one unknown ID should not blank a whole column.
 */

/** A row's answer, or its problem; the problem's `subject` is the argument it is about. */
export type RowOutcome<T> = Result<T>;

/** A row's problem about `argument`. */
export function rowProblem(argument: string, error: string): Failure {
  return fail('not-found', error, argument);
}

/** The sentence for a row problem, naming the formula, argument, row and (through the domain's words) value. */
export function rowSentence(at: CellContext, argument: string, error: string): string {
  const prefix = `${at.formula}: `;
  const reason = error.startsWith(prefix) ? error.slice(prefix.length) : error;
  // "There is no field…" reads on after a colon in lower case; field names, IDs and quarters keep their case.
  const flowing = reason.startsWith('There ') ? `t${reason.slice(1)}` : reason;
  return `${at.formula} (${argument}${positionInRange(at)}): ${flowing}`;
}

/** A row's result: its value, or its sentence in the cell (ranges) or thrown (single values). */
export function settle<T>(outcome: RowOutcome<T>, at: CellContext): T | string {
  if (outcome.ok) return outcome.value;
  const problem = outcome.problems[0];
  const sentence = rowSentence(at, problem?.subject ?? '', problem?.message ?? '');
  if (at.row === undefined) throw new RegisterError('not-found', sentence);
  return sentence;
}

/**
 * An ID, field or quarter argument as text: numbers are read as their digits (a quarter
 * typed as 2026 is then simply not found). Dates and booleans name nothing in history.
 */
export function textArgument(value: unknown, argument: string, timeZone: () => string): RowOutcome<string> {
  if (typeof value === 'string') return ok(value.trim());
  if (typeof value === 'number' && Number.isFinite(value)) return ok(String(value));
  if (isDate(value)) {
    const hint = '; quarters are written like 2026-Q3, as FISCAL_QUARTER gives them';
    return fail(
      'bad-argument',
      `${describeValue(value, timeZone())} is not text naming an ID, a field or a quarter${hint}.`,
      argument,
    );
  }
  return fail(
    'bad-argument',
    `${describeValue(value as PlainValue)} is not text naming an ID, a field or a quarter.`,
    argument,
  );
}

/** True when an optional argument was left out or its cell is blank. */
export function isLeftOut(value: unknown): boolean {
  return value === undefined || isBlank(value);
}

/**
 * The index, or a thrown sentence when no row of the call could be answered: history
 * unreadable, or no snapshot taken yet.
 */
export function indexOrThrow(formula: string, loaded: LoadedHistory): HistoryIndex {
  if (loaded.unreadable !== undefined) throw new RegisterError('missing-header', `${formula}: ${loaded.unreadable}`);
  if (loaded.index.quarters.length === 0) {
    throw new RegisterError(
      'missing-sheet',
      `${formula}: there are no snapshots yet in ${SHEET.history}. Take one with ${menuPath(MENU_LABELS.takeSnapshot)}`,
    );
  }
  return loaded.index;
}

/**
 * Which argument a failed lookup is about, so the sentence can name it: the ID when no
 * item has it, the field when it is unknown (or unfit), a quarter with no snapshot, and
 * otherwise the ID again (the item is missing from a snapshot that exists).
 */
export function culpritOf(
  index: HistoryIndex,
  id: string,
  fieldFits: boolean,
  quarters: readonly (readonly [argument: string, label: string | undefined])[],
): string {
  if (!index.items.has(id)) return 'id';
  if (!fieldFits) return 'field';
  for (const [argument, label] of quarters) {
    if (label !== undefined && !index.quarters.includes(canonicalQuarter(label))) return argument;
  }
  return 'id';
}

/** The cells of an argument: a range's, row by row, or the single value. */
export function argumentCells(argument: unknown): unknown[] {
  return Array.isArray(argument) ? argument.flat() : [argument];
}

/** The canonical labels of the quarters an argument names (blank and non-text cells name none). */
export function quartersNamedIn(argument: unknown): string[] {
  return argumentCells(argument).flatMap((cell) =>
    typeof cell === 'string' && cell.trim() !== '' ? [canonicalQuarter(cell)] : [],
  );
}
