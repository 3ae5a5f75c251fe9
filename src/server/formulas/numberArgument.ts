import { asNumber, describeValue } from '../../domain/cellValue';
import { RegisterError } from '../../domain/errors';
import { type CellContext, positionInRange } from './cellGrid';

/** A numeric formula argument, or a sentence naming the formula, argument, row and value. */
export function numberArgument(value: unknown, argName: string, at: CellContext): number {
  const number = asNumber(value);
  if (number !== undefined) return number;
  throw new RegisterError(
    'bad-argument',
    `${at.formula}: ${argName}${positionInRange(at)} is ${describeValue(value)}, not a number.`,
  );
}
