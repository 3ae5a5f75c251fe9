import { isBlank } from '../../domain/cellValue';
import { type HistoryIndex, strategyDriftOf } from '../../domain/history/historyIndex';
import { sentence } from '../../domain/result';
import { mapCells } from './cellGrid';
import type { CustomFunctionDoc } from './customFunctionDoc';
import { spreadsheetTimeZoneOnce } from './dateArgument';
import { indexOrThrow, type RowOutcome, rowProblem, settle, textArgument } from './historyCell';
import { driftIndexOnce } from './historyIndexSource';

const FORMULA = 'STRATEGY_DRIFT';
const ARGS = ['id'] as const;

export const STRATEGY_DRIFT_DOC: CustomFunctionDoc = {
  summary:
    "How far a strategy has moved from its first snapshot to its latest, from 0 (as first planned) to 1: 40% wording, 30% target change, 30% tactics added, dropped or moved. Reads the Snapshot History sheet. Blank ID rows give blanks. An unknown ID or a tactic's ID is an error naming what exists; in a range only that row shows the sentence. Sheets recalculates only when an input changes: after a new snapshot, re-enter the formula to refresh it.",
  params: [{ name: 'id', type: 'string|Array<Array<string>>', description: 'The strategy ID, or a column of them.' }],
  returns: { type: 'number|Array<Array<number>>', description: 'The drift, 0 to 1.' },
  example: 'STRATEGY_DRIFT(A2:A)',
};

function lookUp(index: HistoryIndex, cells: readonly unknown[], timeZone: () => string): RowOutcome<number> {
  const id = textArgument(cells[0], ARGS[0], timeZone);
  if (!id.ok) return id;
  const drift = strategyDriftOf(index, id.value);
  return drift.ok ? drift : rowProblem(ARGS[0], sentence(drift));
}

/** `=STRATEGY_DRIFT(id)` over a single ID or a range of them, reading history once. */
export function strategyDrift(id: unknown): unknown {
  const history = driftIndexOnce();
  const timeZone = spreadsheetTimeZoneOnce();
  return mapCells(FORMULA, ARGS, [id], (cells, at) => {
    if (isBlank(cells[0])) return '';
    return settle(lookUp(indexOrThrow(FORMULA, history()), cells, timeZone), at);
  });
}
