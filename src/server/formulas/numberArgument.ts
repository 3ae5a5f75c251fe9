import { asNumber, describeValue, isDate, type PlainValue } from '../../domain/cellValue';
import { RegisterError } from '../../domain/errors';
import { type CellContext, positionInRange } from './cellGrid';

/**
 * A numeric formula argument, or a sentence naming the formula, argument, row and value
 * (a date as the day the spreadsheet shows, so the zone is read only for that sentence).
 */
export function numberArgument(value: unknown, argName: string, at: CellContext, timeZone: () => string): number {
  const number = asNumber(value);
  if (number !== undefined) return number;
  const shown = isDate(value) ? describeValue(value, timeZone()) : describeValue(value as PlainValue);
  throw new RegisterError('bad-argument', `${at.formula}: ${argName}${positionInRange(at)} is ${shown}, not a number.`);
}
