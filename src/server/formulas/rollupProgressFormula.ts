import { describeValue, isBlank, isDate, type PlainValue } from '../../domain/cellValue';
import { RegisterError } from '../../domain/errors';
import { COLUMNS_NEEDED, refusalFor } from '../../domain/register/columnNeeds';
import { parseStrategies } from '../../domain/register/parseStrategies';
import { SHEET } from '../../domain/register/schema';
import { fail, ok, sentence } from '../../domain/result';
import { hasParentColumn, type RegisterRollup, registerRollup, rollupOfId } from '../../domain/rollup/registerRollup';
import { describeMissingSheet } from '../../sheets/registerSheets';
import { readUsedValues } from '../../sheets/sheetValues';
import { mapCells } from './cellGrid';
import type { CustomFunctionDoc } from './customFunctionDoc';
import { type RowOutcome, rowProblem, settle } from './historyCell';

const FORMULA = 'ROLLUP_PROGRESS';
const ARGS = ['id'] as const;

export const ROLLUP_PROGRESS_DOC: CustomFunctionDoc = {
  summary:
    'Roll-up progress of a strategy: the mean progress of the strategies whose Parent is this ID, weighted by their Weight (1 when blank). A supporting strategy with no progress of its own counts with its own roll-up. Blank when nothing supports the ID. Reads the Strategies sheet once per call. An unknown ID, a cycle of Parents or an unreadable Weight is an error naming it; in a range only that row shows the sentence. Sheets recalculates only when an input changes: re-enter the formula, or run Build roll-up, after editing the register.',
  params: [{ name: 'id', type: 'string|Array<Array<string>>', description: 'The strategy ID, or a column of them.' }],
  returns: {
    type: 'number|Array<Array<number>>',
    description: 'The roll-up progress; blank where nothing supports the ID.',
  },
  example: 'ROLLUP_PROGRESS(A2:A)',
};

/** Reads and rolls up the Strategies sheet once, at the first ID that needs it. */
function rollupOnce(): () => RegisterRollup {
  let rollup: RegisterRollup | undefined;
  return () => {
    rollup ??= readRollup();
    return rollup;
  };
}

function readRollup(): RegisterRollup {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const sheet = spreadsheet.getSheetByName(SHEET.strategies);
  if (!sheet)
    throw new RegisterError('missing-sheet', `${FORMULA}: ${describeMissingSheet(spreadsheet, SHEET.strategies)}`);
  const grid = readUsedValues(sheet);
  const parsed = parseStrategies(grid, spreadsheet.getSpreadsheetTimeZone());
  if (!parsed.ok) throw new RegisterError('missing-header', `${FORMULA}: ${sentence(parsed)}`);
  if (!hasParentColumn(grid[0])) {
    throw new RegisterError(
      'missing-header',
      `${FORMULA}: ${SHEET.strategies} has no "Parent" column, so no strategy supports another yet: run Set up register to add it, and write in it the ID of the strategy each one supports.`,
    );
  }
  const missing = refusalFor(COLUMNS_NEEDED.progress, parsed.value.missingColumns);
  if (missing !== undefined) throw new RegisterError('missing-header', `${FORMULA}: ${missing}`);
  return registerRollup(parsed.value.records, parsed.value.findings);
}

function idArgument(value: unknown): RowOutcome<string> {
  if (typeof value === 'string') return ok(value.trim());
  if (typeof value === 'number' && Number.isFinite(value)) return ok(String(value));
  const shown = isDate(value) ? 'a date' : describeValue(value as PlainValue);
  return fail('bad-argument', `${shown} is not a strategy ID.`, ARGS[0]);
}

/** `=ROLLUP_PROGRESS(id)` over one ID or a range of them, reading Strategies once. */
export function rollupProgressFormula(id: unknown): unknown {
  const rollup = rollupOnce();
  return mapCells(FORMULA, ARGS, [id], (cells, at) => {
    if (isBlank(cells[0])) return '';
    const named = idArgument(cells[0]);
    if (!named.ok) return settle(named, at);
    const value = rollupOfId(rollup(), named.value);
    if (!value.ok) return settle(rowProblem(ARGS[0], sentence(value)), at);
    return value.value ?? '';
  });
}
