import { MENU_LABELS } from '../menuLabels';
import { previousQuarter, quarterLabel, quarterOf, quarterStart } from '../quarter';
import type { Register } from '../register/register';
import type { Finding } from '../register/types';
import { type Failure, fail } from '../result';

/** Days into a quarter during which a snapshot most likely closes the quarter that just ended. */
export const CLOSING_DAYS = 21;

const DAY_MS = 86_400_000;

export interface QuarterChoice {
  readonly current: string;
  readonly previous: string;
  /** The previous quarter in its first CLOSING_DAYS days, else the current one. */
  readonly suggested: string;
}

/** Which quarter a snapshot taken at `now` belongs to, in the spreadsheet's time zone and fiscal year. */
export function chooseSnapshotQuarter(now: Date, timeZone: string, fiscalYearStartMonth: number): QuarterChoice {
  const quarter = quarterOf(now, timeZone, fiscalYearStartMonth);
  const previous = previousQuarter(quarter);
  const closing = now.getTime() - quarterStart(quarter, timeZone).getTime() < CLOSING_DAYS * DAY_MS;
  const current = quarterLabel(quarter);
  const previousLabel = quarterLabel(previous);
  return { current, previous: previousLabel, suggested: closing ? previousLabel : current };
}

const LISTED = 10;

/** The sentence that refuses a snapshot while the register has blocking findings. */
export function describeBlockingFindings(findings: readonly Finding[]): string {
  const listed = findings
    .slice(0, LISTED)
    .map((finding) => `${finding.at.sheet} row ${finding.at.row}: ${finding.message}`);
  const more =
    findings.length > LISTED ? ` …and ${findings.length - LISTED} more (see ${MENU_LABELS.runHealthCheck}).` : '';
  const problems = findings.length === 1 ? 'one problem' : `${findings.length} problems`;
  return `The snapshot was not taken, because ${problems} would make the history ambiguous. Fix ${findings.length === 1 ? 'it' : 'them'} first: ${listed.join(' ')}${more}`;
}

export const NOTHING_TO_SNAPSHOT =
  'There is nothing to snapshot yet: the Strategies and Tactics sheets hold no strategies or tactics. Add a strategy, then take the snapshot.';

/**
 * Why this register cannot be snapshotted in any quarter, if it cannot: it is empty, or
 * findings would make the history ambiguous. Other findings never block.
 */
export function snapshotRefusal(register: Register, findings: readonly Finding[]): Failure | undefined {
  if (register.strategies.length === 0 && register.tactics.length === 0) {
    return fail('nothing-to-snapshot', NOTHING_TO_SNAPSHOT);
  }
  const blocking = findings.filter((finding) => finding.blocking);
  return blocking.length > 0 ? fail('blocking-findings', describeBlockingFindings(blocking)) : undefined;
}

/** The toast that ends a snapshot: `Snapshot 2026-Q3 taken: 12 strategies, 41 tactics`. */
export function describeSnapshot(quarter: string, strategies: number, tactics: number, replaced: boolean): string {
  return `Snapshot ${quarter} ${replaced ? 'replaced' : 'taken'}: ${count(strategies, 'strategy', 'strategies')}, ${count(tactics, 'tactic', 'tactics')}`;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
