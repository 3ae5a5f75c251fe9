/** The register's sheets and columns, as the public contract names them. */

export const SHEET = {
  strategies: 'Strategies',
  tactics: 'Tactics',
  history: 'Snapshot History',
  variance: 'QoQ Variance',
  healthCheck: 'Health check',
  checkIns: 'Check-ins',
  rollup: 'Roll-up',
} as const;

/** Default column order of Strategies; code finds columns by header, users may reorder. */
export const STRATEGY_HEADERS = [
  'ID',
  'Strategy',
  'Metric',
  'Unit',
  'Baseline',
  'Target',
  'Current',
  'Stakeholders',
  'Start',
  'Due',
  'Status',
  'Confidence',
  'Last reviewed',
  'Learning',
  'Decision',
  'Progress',
  'Parent',
  'Weight',
  'Source',
] as const;

export const TACTIC_HEADERS = [
  'ID',
  'Strategy ID',
  'Tactic',
  'Stakeholders',
  'Owner',
  'Status',
  'Indicator',
  'Target',
  'Actual',
  'Start',
  'Due',
  'Last reviewed',
  'Learning',
  'Source',
] as const;

export type StrategyHeader = (typeof STRATEGY_HEADERS)[number];
export type TacticHeader = (typeof TACTIC_HEADERS)[number];

/** What a register column holds, so a column whose header was lost can be recognised by its cells. */
export type ColumnKind = 'text' | 'number' | 'date';

const NUMBER_COLUMNS: ReadonlySet<string> = new Set([
  'Baseline',
  'Target',
  'Current',
  'Confidence',
  'Actual',
  'Progress',
  'Weight',
]);
const DATE_COLUMNS: ReadonlySet<string> = new Set(['Start', 'Due', 'Last reviewed']);

export function columnKind(header: string): ColumnKind {
  if (NUMBER_COLUMNS.has(header)) return 'number';
  return DATE_COLUMNS.has(header) ? 'date' : 'text';
}

/** Strategies' own formula column: set up by the add-on, read by nothing, so never missed. */
export const COMPUTED_STRATEGY_HEADERS: readonly StrategyHeader[] = ['Progress'];

/**
 * Columns a register may do without, used when present; their absence is never a missing
 * column, and only a header spelt like one of them is taken for it when lost. Strategies:
 * the roll-up's `Parent` (the ID of the strategy this one supports) and `Weight`; both
 * sheets: `Source`, the row of the sheet an item was imported from (`Q3 plan!7`), which
 * Set up register and the import add at the right.
 */
export const OPTIONAL_STRATEGY_HEADERS: readonly StrategyHeader[] = ['Parent', 'Weight', 'Source'];
export const OPTIONAL_TACTIC_HEADERS: readonly TacticHeader[] = ['Source'];

export function isOptionalHeader(header: string): boolean {
  return (
    (OPTIONAL_STRATEGY_HEADERS as readonly string[]).includes(header) ||
    (OPTIONAL_TACTIC_HEADERS as readonly string[]).includes(header)
  );
}

export const STRATEGY_STATUSES = ['Active', 'On hold', 'Achieved', 'Retired'] as const;
export const TACTIC_STATUSES = ['Planned', 'In progress', 'Done', 'Dropped'] as const;

export type StrategyStatus = (typeof STRATEGY_STATUSES)[number];
export type TacticStatus = (typeof TACTIC_STATUSES)[number];

/** The quarterly review's decision for a strategy, kept in its `Decision` column and in history. */
export const REVIEW_DECISIONS = ['Keep', 'Adjust', 'Pivot', 'Retire'] as const;

export type ReviewDecisionLabel = (typeof REVIEW_DECISIONS)[number];

export const CONFIDENCE_RANGE = { min: 0, max: 10 } as const;
