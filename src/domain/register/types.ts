import type { ReviewDecisionLabel, StrategyStatus, TacticStatus } from './schema';

/**
 * Typed rows of the register. A field that was blank is null (or '' for text); a field
 * whose cell held a value of the wrong kind is null too, and the parse result carries a
 * `bad-value` finding naming the cell.
 */

export interface Strategy {
  /** 1-based row in the Strategies sheet. */
  readonly row: number;
  /** '' when the ID cell is blank (the add-on assigns one). */
  readonly id: string;
  readonly statement: string;
  readonly metric: string;
  readonly unit: string;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly current: number | null;
  /** As typed: groups separated by commas, semicolons or new lines. */
  readonly stakeholders: string;
  readonly start: Date | null;
  readonly due: Date | null;
  readonly status: StrategyStatus | null;
  readonly confidence: number | null;
  readonly lastReviewed: Date | null;
  readonly learning: string;
  /** The last quarterly review's decision. */
  readonly decision: ReviewDecisionLabel | null;
  /** The ID of the strategy this one supports, as typed; '' when it supports none (or the column is absent). */
  readonly parent: string;
  /** Its weight among its parent's supporters; null when blank (counts as 1) or unreadable. */
  readonly weight: number | null;
}

export interface Tactic {
  /** 1-based row in the Tactics sheet. */
  readonly row: number;
  readonly id: string;
  readonly strategyId: string;
  readonly statement: string;
  readonly stakeholders: string;
  readonly owner: string;
  readonly status: TacticStatus | null;
  readonly indicator: string;
  readonly target: number | null;
  readonly actual: number | null;
  readonly start: Date | null;
  readonly due: Date | null;
  readonly lastReviewed: Date | null;
  readonly learning: string;
}

/** Where a finding or an error points: a sheet, a 1-based row and a header name. */
export interface CellRef {
  readonly sheet: string;
  readonly row: number;
  /** The header of the column, or undefined when the finding is about the whole row. */
  readonly column?: string;
  /** 0-based column, for a header the sheet does not have (a missing column). */
  readonly index?: number;
}

/** The lint's rules; a missing column comes first, as the rules that read it could not run. */
export const RULE_IDS = [
  'missing-column',
  'reads-like-tactic',
  'no-strategy',
  'individual-scope',
  'no-tactics',
  'overdue-review',
  'duplicate-id',
  'bad-value',
  'stale-check-in',
  'bad-parent',
] as const;

export type RuleId = (typeof RULE_IDS)[number];

/** One health-check finding: rule, place, item and a plain sentence for the user. */
export interface Finding {
  readonly rule: RuleId;
  readonly at: CellRef;
  /** The item's ID, '' when it has none yet. */
  readonly id: string;
  readonly message: string;
  /** Blocking findings stop a snapshot (duplicate IDs, tactics without a strategy). */
  readonly blocking: boolean;
}

/** The team's settings, kept in document properties. */
export interface Settings {
  /** 1 = January. The fiscal year is named after the calendar year in which it ends. */
  readonly fiscalYearStartMonth: number;
  /** Months between reviews; the method asks for at least quarterly (3). */
  readonly reviewCadenceMonths: 1 | 3;
  /** Names the team uses for its stakeholder groups, so "Sales Ops" is never read as a person. */
  readonly stakeholderGroups: readonly string[];
  /** Days an active item may go without a check-in before the health check calls it stale. */
  readonly checkInCadenceDays: number;
}

export const DEFAULT_SETTINGS: Settings = {
  fiscalYearStartMonth: 1,
  reviewCadenceMonths: 3,
  stakeholderGroups: [],
  checkInCadenceDays: 14,
};
