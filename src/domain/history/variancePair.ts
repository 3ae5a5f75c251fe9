import { MENU_LABELS, menuPath } from '../menuLabels';
import { codeOf, type Failure, fail, ok, type ProblemCode, type Result, sentence } from '../result';
import {
  earlierFirst,
  listQuarters,
  type QuarterCalendar,
  readRegisterQuarter,
  storedLabelProblem,
} from './quarterOrder';

/**
 * Which two snapshots a variance compares: always an earlier quarter with a later one,
 * two different quarters that both have a snapshot. `held` is every quarter with a
 * snapshot, oldest first.
 */

export type VariancePair = Result<{ readonly from: string; readonly to: string }>;

export const NO_SNAPSHOTS = `There are no snapshots yet: take one with ${menuPath(MENU_LABELS.takeSnapshot)}`;

/** The sentence when history holds too few snapshots for any comparison, else undefined. */
export function tooFewSnapshots(held: readonly string[]): string | undefined {
  if (held.length === 0) return NO_SNAPSHOTS;
  if (held.length === 1) {
    return `Snapshot History holds one snapshot (${held[0]}), so there is nothing to compare yet: the variance needs the snapshot of a second quarter.`;
  }
  return undefined;
}

const refuse = (message: string, code: ProblemCode = 'not-found'): Failure => fail(code, message);

function checkedStored(from: string, to: string, calendar: QuarterCalendar): VariancePair {
  const problem = storedLabelProblem(from, calendar) ?? storedLabelProblem(to, calendar);
  if (problem === undefined) return ok({ from, to });
  return refuse(`${problem} Name the two quarters to compare, or delete that snapshot's rows.`, 'bad-quarter');
}

/**
 * The pair Build QoQ variance… compares: the two quarters asked for, in either order,
 * or the two latest snapshots.
 */
export function chooseVariancePair(
  held: readonly string[],
  asked: readonly [string, string] | undefined,
  calendar: QuarterCalendar,
): VariancePair {
  const few = tooFewSnapshots(held);
  if (few !== undefined && (asked === undefined || held.length === 0)) return refuse(few, 'too-few-snapshots');
  if (asked === undefined)
    return checkedStored(held[held.length - 2] as string, held[held.length - 1] as string, calendar);
  const first = readRegisterQuarter(asked[0], calendar);
  if (!first.ok) return first;
  const second = readRegisterQuarter(asked[1], calendar);
  if (!second.ok) return second;
  if (first.value.label === second.value.label) {
    return refuse(
      `Both quarters are ${first.value.label}: name two different quarters to compare; Snapshot History holds ${listQuarters(held)}.`,
      'bad-quarter',
    );
  }
  const [from, to] = earlierFirst(first.value, second.value);
  const missing = [from, to].filter((quarter) => !held.includes(quarter));
  if (missing.length > 0) {
    return refuse(
      missing
        .map(
          (quarter) =>
            `There is no snapshot for ${JSON.stringify(quarter)}; Snapshot History holds ${listQuarters(held)}.`,
        )
        .join(' '),
    );
  }
  return ok({ from, to });
}

/** The toast's second sentence when a snapshot is the only one, so nothing is compared. */
export const ONLY_SNAPSHOT = 'It is the only snapshot, so QoQ Variance has nothing to compare it with yet.';

/**
 * The pair a snapshot of `quarter` rebuilds: the snapshot before it, or for a quarter
 * snapshotted before the earliest, the one after it.
 */
export function pairAfterSnapshot(held: readonly string[], quarter: string, calendar: QuarterCalendar): VariancePair {
  const position = held.indexOf(quarter);
  const before = held[position - 1];
  const after = held[position + 1];
  if (position < 0 || (before === undefined && after === undefined)) return refuse(ONLY_SNAPSHOT, 'too-few-snapshots');
  const pair =
    before === undefined ? checkedStored(quarter, after as string, calendar) : checkedStored(before, quarter, calendar);
  return pair.ok ? pair : refuse(`QoQ Variance was not rebuilt: ${sentence(pair)}`, codeOf(pair));
}
