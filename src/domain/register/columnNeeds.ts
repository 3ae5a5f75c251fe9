import type { MissingColumn } from './missingColumns';
import {
  COMPUTED_STRATEGY_HEADERS,
  isOptionalHeader,
  OPTIONAL_TACTIC_HEADERS,
  SHEET,
  STRATEGY_HEADERS,
  type StrategyHeader,
  TACTIC_HEADERS,
  type TacticHeader,
} from './schema';

/**
 * Which register columns each operation reads, written down once. An operation whose
 * columns are all there runs; one that needs a missing column refuses with that column's
 * sentence, instead of reading the sheet as if the column were blank. Columns nothing
 * reads (the add-on's own Progress) and optional ones (`Source`) are never missed.
 *
 * Saves and the review need the columns they write, and only those: they are checked
 * where the write is planned (`registerColumns` in the server), so a save that touches
 * Target is refused without Target, and one that does not is not.
 */
export interface ColumnNeed {
  readonly [SHEET.strategies]?: readonly StrategyHeader[];
  readonly [SHEET.tactics]?: readonly TacticHeader[];
}

/**
 * Without these no item can be told apart or linked, so every operation needs them and the
 * sheets cannot be read at all: the ID links tactics and snapshots, the statement is the
 * item, and without its Strategy ID every tactic would be orphaned.
 */
export const CORE_STRATEGY_COLUMNS: readonly StrategyHeader[] = ['ID', 'Strategy'];
export const CORE_TACTIC_COLUMNS: readonly TacticHeader[] = ['ID', 'Strategy ID', 'Tactic'];

// Optional columns (Parent, Weight) are kept by a snapshot when present, and never needed.
const STRATEGY_COLUMNS = STRATEGY_HEADERS.filter(
  (header) => !COMPUTED_STRATEGY_HEADERS.includes(header) && !isOptionalHeader(header),
);
const TACTIC_COLUMNS = TACTIC_HEADERS.filter((header) => !OPTIONAL_TACTIC_HEADERS.includes(header));

const PROGRESS: readonly StrategyHeader[] = ['Baseline', 'Target', 'Current'];

export const COLUMNS_NEEDED = {
  /** A snapshot keeps every field of every item. */
  snapshot: { [SHEET.strategies]: STRATEGY_COLUMNS, [SHEET.tactics]: TACTIC_COLUMNS },

  // The sidebar's strategy cards and tactic lines: each part needs its own columns.
  progress: { [SHEET.strategies]: PROGRESS },
  onTrack: { [SHEET.strategies]: [...PROGRESS, 'Start', 'Due'] },
  confidence: { [SHEET.strategies]: ['Confidence'] },
  strategyReview: { [SHEET.strategies]: ['Status', 'Last reviewed', 'Start'] },
  tacticReview: { [SHEET.tactics]: ['Status', 'Last reviewed', 'Start'] },

  // The health check's rules: a rule whose columns are missing is not run.
  readsLikeTactic: { [SHEET.strategies]: ['Metric', 'Target'] },
  individualScope: { [SHEET.strategies]: ['Stakeholders'] },
  noTactics: { [SHEET.strategies]: ['Status'], [SHEET.tactics]: ['Status'] },
  strategyOverdue: { [SHEET.strategies]: ['Status', 'Last reviewed', 'Start'] },
  tacticOverdue: { [SHEET.tactics]: ['Status', 'Last reviewed', 'Start'] },
} as const satisfies Record<string, ColumnNeed>;

export type Operation = keyof typeof COLUMNS_NEEDED;

/** The missing columns an operation needs, in sheet order (empty: it can run). */
export function missingFor(need: ColumnNeed, missing: readonly MissingColumn[]): MissingColumn[] {
  return missing.filter((column) => {
    const headers: readonly string[] | undefined = need[column.sheet as keyof ColumnNeed];
    return headers?.includes(column.header) ?? false;
  });
}

/** The refusal of an operation that needs missing columns: their sentences, or undefined when it can run. */
export function refusalFor(need: ColumnNeed, missing: readonly MissingColumn[]): string | undefined {
  const lacking = missingFor(need, missing);
  return lacking.length === 0 ? undefined : lacking.map((column) => column.message).join(' ');
}
