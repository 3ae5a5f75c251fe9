import { fail, ok, type Result } from '../result';

/**
 * The `Snapshot History` sheet: long format, one row per strategy or tactic per snapshot.
 *
 * Columns shared by both kinds hold each kind's own field:
 * - `Statement` holds a strategy's `Strategy` text or a tactic's `Tactic` text.
 * - `Current` holds a strategy's `Current` or a tactic's `Actual`.
 * - `Strategy ID` holds a tactic's strategy, and a strategy's own ID (so one filter shows
 *   a strategy with its tactics).
 * - Fields a kind does not have are blank: tactics have no metric, unit, baseline,
 *   progress, confidence or decision; strategies have no owner or indicator.
 * - A history written before a column existed (Decision, Weight, Parent) gets its header
 *   at the right on the next snapshot; its older rows read that field as blank.
 * - `Forecast` is the item's STRATEGY_FORECAST on the day the snapshot was taken, and
 *   `Check-ins` how many check-ins it had in the snapshot's quarter; both are blank in
 *   snapshots taken before they existed (`late`: a number column of the team's own beside
 *   them is never taken for one whose header was lost).
 * - `Superseded` is blank on live rows. When a quarter is snapshotted again, the older
 *   rows of that quarter get the `Taken at` of the replacing snapshot here, and readers
 *   skip them.
 */

export const HISTORY_FIELDS = [
  { key: 'quarter', header: 'Quarter', type: 'text', aliases: ['Snapshot', 'Period'] },
  { key: 'takenAt', header: 'Taken at', type: 'dateTime', aliases: ['Taken', 'Snapshot date'] },
  { key: 'kind', header: 'Kind', type: 'text', aliases: ['Type'] },
  { key: 'id', header: 'ID', type: 'text', aliases: [] },
  { key: 'strategyId', header: 'Strategy ID', type: 'text', aliases: [] },
  { key: 'statement', header: 'Statement', type: 'text', aliases: ['Strategy', 'Tactic', 'Wording'] },
  { key: 'metric', header: 'Metric', type: 'text', aliases: [] },
  { key: 'unit', header: 'Unit', type: 'text', aliases: [] },
  { key: 'baseline', header: 'Baseline', type: 'number', aliases: [] },
  { key: 'target', header: 'Target', type: 'number', aliases: [] },
  { key: 'current', header: 'Current', type: 'number', aliases: ['Actual'] },
  { key: 'progress', header: 'Progress', type: 'number', aliases: [] },
  { key: 'status', header: 'Status', type: 'text', aliases: [] },
  { key: 'stakeholders', header: 'Stakeholders', type: 'text', aliases: [] },
  { key: 'owner', header: 'Owner', type: 'text', aliases: [] },
  { key: 'indicator', header: 'Indicator', type: 'text', aliases: [] },
  { key: 'start', header: 'Start', type: 'date', aliases: [] },
  { key: 'due', header: 'Due', type: 'date', aliases: [] },
  { key: 'confidence', header: 'Confidence', type: 'number', aliases: [] },
  { key: 'lastReviewed', header: 'Last reviewed', type: 'date', aliases: ['Reviewed', 'Last review'] },
  { key: 'learning', header: 'Learning', type: 'text', aliases: ['Learnings'] },
  { key: 'decision', header: 'Decision', type: 'text', aliases: [] },
  // Parent beside Forecast: the variance reads its compared columns in one run, without Weight.
  { key: 'weight', header: 'Weight', type: 'number', aliases: [] },
  { key: 'parent', header: 'Parent', type: 'text', aliases: [] },
  { key: 'forecast', header: 'Forecast', type: 'number', aliases: ['Forecast progress'], late: true },
  { key: 'checkIns', header: 'Check-ins', type: 'number', aliases: ['Check-ins in quarter'], late: true },
  { key: 'superseded', header: 'Superseded', type: 'dateTime', aliases: [] },
] as const;

export type HistoryFieldSpec = (typeof HISTORY_FIELDS)[number];
export type HistoryFieldKey = HistoryFieldSpec['key'];
export type HistoryFieldType = HistoryFieldSpec['type'];

export const HISTORY_HEADERS: readonly string[] = HISTORY_FIELDS.map((field) => field.header);

export const HISTORY_KINDS = ['Strategy', 'Tactic'] as const;
export type HistoryKind = (typeof HISTORY_KINDS)[number];

/** Sheets number formats per column type: `@` (plain text) keeps `=1+1` or `-2` typed as text. */
export const NUMBER_FORMAT = {
  text: '@',
  number: 'General',
  percent: '0.0%',
  date: 'yyyy-mm-dd',
  dateTime: 'yyyy-mm-dd hh:mm:ss',
} as const;

function formatOf(field: HistoryFieldSpec): string {
  if (field.key === 'progress' || field.key === 'forecast') return NUMBER_FORMAT.percent;
  return NUMBER_FORMAT[field.type];
}

/** One number format per history column, in header order, for a single setNumberFormats call. */
export const HISTORY_COLUMN_FORMATS: readonly string[] = HISTORY_FIELDS.map(formatOf);

/** 0-based indexes of the history columns that hold text (written with the `@` format). */
export const HISTORY_TEXT_COLUMNS: readonly number[] = HISTORY_FIELDS.flatMap((field, index) =>
  field.type === 'text' ? [index] : [],
);

/** The column index (0-based) of a field in the default header order. */
export function defaultColumnOf(key: HistoryFieldKey): number {
  return HISTORY_FIELDS.findIndex((field) => field.key === key);
}

export type FieldLookup = Result<HistoryFieldSpec>;

function normaliseName(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, ' ');
}

const FIELD_BY_NAME = new Map<string, HistoryFieldSpec>();
for (const field of HISTORY_FIELDS) {
  FIELD_BY_NAME.set(normaliseName(field.header), field);
  FIELD_BY_NAME.set(normaliseName(field.key), field);
  for (const alias of field.aliases) FIELD_BY_NAME.set(normaliseName(alias), field);
}

/** The fields a user may ask for by name (Superseded is bookkeeping, not a field of an item). */
export const USER_FIELD_HEADERS: readonly string[] = HISTORY_FIELDS.filter((f) => f.key !== 'superseded').map(
  (f) => f.header,
);

/**
 * Finds a field by its header, ignoring case, spaces and underscores; accepts aliases such
 * as `Actual` (= `Current`) and `Tactic` (= `Statement`). Unknown names get a sentence
 * listing the fields that exist.
 */
export function findField(name: string): FieldLookup {
  const field = FIELD_BY_NAME.get(normaliseName(name));
  if (field && field.key !== 'superseded') return ok(field);
  return fail(
    'not-found',
    `There is no field ${JSON.stringify(name)} in Snapshot History; the fields are ${USER_FIELD_HEADERS.join(', ')} (Actual is another name for Current).`,
  );
}

/** Finds the column of each field in a header row by name, ignoring case; absent fields are missing. */
export function locateColumns(headerRow: readonly unknown[]): Map<HistoryFieldKey, number> {
  const found = new Map<HistoryFieldKey, number>();
  headerRow.forEach((cell, index) => {
    if (typeof cell !== 'string') return;
    const field = HISTORY_FIELDS.find((f) => normaliseName(f.header) === normaliseName(cell));
    if (field && !found.has(field.key)) found.set(field.key, index);
  });
  return found;
}

/**
 * The fields read back from history by snapshots, the variance and the history formulas;
 * the others (owner, learning…) are only written, and read only when a formula asks for one.
 */
export const CORE_HISTORY_FIELDS: readonly HistoryFieldKey[] = [
  'quarter',
  'takenAt',
  'kind',
  'id',
  'strategyId',
  'statement',
  'baseline',
  'target',
  'current',
  'progress',
  'status',
  'lastReviewed',
  'superseded',
  'forecast',
  'checkIns',
];
