import { isBlank } from '../../domain/cellValue';
import { RegisterError } from '../../domain/errors';
import { onTrack as onTrackState } from '../../domain/onTrack';
import { type CalendarDate, zonedDateParts } from '../../domain/timeZone';
import { type CellContext, mapCells, positionInRange } from './cellGrid';
import type { CustomFunctionDoc } from './customFunctionDoc';
import { dateArgument, describeDay, spreadsheetTimeZoneOnce } from './dateArgument';
import { numberArgument } from './numberArgument';

const ARGS = ['progress', 'start', 'due', 'as_of'] as const;

export const ON_TRACK_DOC: CustomFunctionDoc = {
  summary:
    'On track, At risk or Off track: compares progress with the share of the time from start to due that has passed (on track at 95% of it or more, at risk at 75% or more); Done at progress 1. Without as_of it uses today, but Sheets only recalculates when an input changes: pass TODAY() as as_of, as in ON_TRACK(P2:P, I2:I, J2:J, TODAY()), for a value that stays current.',
  params: [
    {
      name: 'progress',
      type: 'number|Array<Array<number>>',
      description: 'Progress from 0 to 1 (such as STRATEGY_PROGRESS), or a column of them.',
    },
    { name: 'start', type: 'Date|Array<Array<Date>>', description: 'The start date, or a column of them.' },
    { name: 'due', type: 'Date|Array<Array<Date>>', description: 'The due date, or a column of them.' },
    {
      name: 'as_of',
      type: 'Date|Array<Array<Date>>',
      description: 'The day to judge on; defaults to today in the spreadsheet time zone.',
      optional: true,
    },
  ],
  returns: {
    type: 'string|Array<Array<string>>',
    description: 'On track, At risk, Off track or Done; blank where an input is blank.',
  },
  example: 'ON_TRACK(P2:P, I2:I, J2:J, TODAY())',
};

function dueBeforeStart(at: CellContext, start: CalendarDate, due: CalendarDate): RegisterError {
  return new RegisterError(
    'bad-argument',
    `${at.formula}: due${positionInRange(at)} is ${describeDay(due)}, which comes before start (${describeDay(start)}).`,
  );
}

/** `=ON_TRACK(progress, start, due, [as_of])` over single values or same-shaped ranges. */
export function onTrackFormula(progress: unknown, start: unknown, due: unknown, asOf?: unknown): unknown {
  const timeZone = spreadsheetTimeZoneOnce();
  // Read once so every row of one call is judged against the same day.
  const now = new Date();
  return mapCells('ON_TRACK', ARGS, [progress, start, due, asOf], (cells, at) => {
    if (cells.some((cell, index) => isBlank(cell) && !(index === 3 && cell === undefined))) return '';
    const value = numberArgument(cells[0], ARGS[0], at, timeZone);
    const startDay = dateArgument(cells[1], ARGS[1], at, timeZone);
    const dueDay = dateArgument(cells[2], ARGS[2], at, timeZone);
    const asOfDay =
      cells[3] === undefined ? zonedDateParts(now, timeZone()) : dateArgument(cells[3], ARGS[3], at, timeZone);
    const result = onTrackState(value, startDay, dueDay, asOfDay);
    if (!result.ok) throw dueBeforeStart(at, startDay, dueDay);
    return result.value;
  });
}
