import { isBlank } from '../../domain/cellValue';
import { forecastItemOf, unreadableCells } from '../../domain/checkins/checkInIndex';
import { type CheckInTarget, checkInTargets } from '../../domain/checkins/checkInRules';
import type { CheckIn } from '../../domain/checkins/checkInSchema';
import { forecastProgress } from '../../domain/checkins/forecast';
import { RegisterError } from '../../domain/errors';
import { idKey } from '../../domain/register/ids';
import { sentence } from '../../domain/result';
import type { CalendarDate } from '../../domain/timeZone';
import { readCheckInSheet } from '../../sheets/checkInSheet';
import { parseCheckInSheet } from '../checkins/checkInLog';
import { loadRegister } from '../register/loadRegister';
import { mapCells } from './cellGrid';
import type { CustomFunctionDoc } from './customFunctionDoc';
import { dateArgument } from './dateArgument';
import { isLeftOut, type RowOutcome, rowProblem, settle, textArgument } from './historyCell';

const FORMULA = 'STRATEGY_FORECAST';
const ARGS = ['id', 'as_of'] as const;

export const STRATEGY_FORECAST_DOC: CustomFunctionDoc = {
  summary:
    "The progress a strategy or tactic is projected to reach on its Due day: a least-squares line through its start (Start, Baseline; a tactic's from 0) and each of its check-ins dated on or before as_of, read on Due, as progress toward its target (1 = the target). Reads the Strategies, Tactics and Check-ins sheets once per call. An item with fewer than two points (no check-in with a value yet) is an error naming it; in a range only that row shows the sentence. Sheets recalculates only when an input changes: pass TODAY() as as_of for a value that follows new check-ins.",
  params: [
    { name: 'id', type: 'string|Array<Array<string>>', description: 'The strategy or tactic ID, or a column of them.' },
    {
      name: 'as_of',
      type: 'Date|Array<Array<Date>>',
      description: 'Count the check-ins dated on or before this day; defaults to today in the spreadsheet time zone.',
      optional: true,
    },
  ],
  returns: { type: 'number|Array<Array<number>>', description: 'The forecast progress; blank where the ID is blank.' },
  example: 'STRATEGY_FORECAST(A2:A, TODAY())',
};

/** What every row of one call reads: the register's items and their check-ins, read once. */
interface ForecastSource {
  readonly targets: ReadonlyMap<string, CheckInTarget>;
  readonly byItem: ReadonlyMap<string, readonly CheckIn[]>;
  readonly unreadable: ReadonlyMap<string, string>;
  readonly timeZone: string;
  readonly today: CalendarDate;
}

/** The register and Check-ins, one read of each sheet; a sheet or column the formula cannot do without is its sentence. */
function readSource(): ForecastSource {
  const spreadsheet = SpreadsheetApp.getActiveSpreadsheet();
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const now = new Date();
  try {
    const { register } = loadRegister(spreadsheet, timeZone);
    const found = readCheckInSheet(spreadsheet);
    const { log, byItem, today } = parseCheckInSheet(found.sheet ? found.grid : null, register, timeZone, now);
    if (!log.ok) throw new RegisterError('missing-header', sentence(log));
    return { targets: checkInTargets(register), byItem, unreadable: unreadableCells(register), timeZone, today };
  } catch (error) {
    if (error instanceof RegisterError) throw new RegisterError(error.code, `${FORMULA}: ${error.message}`);
    throw error;
  }
}

function forecastOf(source: ForecastSource, cells: readonly unknown[], asOf: CalendarDate): RowOutcome<number> {
  const id = textArgument(cells[0], ARGS[0], () => source.timeZone);
  if (!id.ok) return id;
  const key = idKey(id.value);
  const target = source.targets.get(key);
  if (!target) return rowProblem(ARGS[0], `no strategy or tactic has the ID ${JSON.stringify(id.value)}.`);
  const item = forecastItemOf(target, source.unreadable, source.timeZone);
  const forecast = forecastProgress(item, source.byItem.get(key) ?? [], asOf);
  return forecast.ok ? forecast : rowProblem(ARGS[0], sentence(forecast));
}

/** `=STRATEGY_FORECAST(id, [as_of])` over a single ID or a column of them, reading each sheet once. */
export function strategyForecast(id: unknown, asOf?: unknown): unknown {
  let source: ForecastSource | undefined;
  const read = () => {
    source ??= readSource();
    return source;
  };
  return mapCells(FORMULA, ARGS, [id, asOf], (cells, at) => {
    if (isBlank(cells[0])) return '';
    const known = read();
    const day = isLeftOut(cells[1]) ? known.today : dateArgument(cells[1], ARGS[1], at, () => known.timeZone);
    return settle(forecastOf(known, cells, day), at);
  });
}
