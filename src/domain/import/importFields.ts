/**
 * What a column of a team's own plan can be to the import: one register field, or the
 * text and type that tell strategies from tactics. A field lands in Strategies or Tactics
 * depending on which item the row's values go to (see `itemPlan.ts`).
 */

export const IMPORT_FIELDS = [
  'strategy',
  'tactic',
  'keyResult',
  'statement',
  'kind',
  'metric',
  'indicator',
  'unit',
  'baseline',
  'target',
  'current',
  'stakeholders',
  'owner',
  'start',
  'due',
  'status',
  'confidence',
  'learning',
] as const;

export type ImportField = (typeof IMPORT_FIELDS)[number];

/** What the user may choose for a column in the mapping editor. */
export type ColumnChoice = ImportField | 'ignore';

/** The choices in the order the mapping editor offers them, with their labels. */
export const FIELD_LABELS: Readonly<Record<ColumnChoice, string>> = {
  strategy: 'Strategy',
  tactic: 'Tactic',
  keyResult: 'Key result (metric or tactic)',
  statement: 'Item text (with a type column)',
  kind: 'Type (strategy or tactic)',
  metric: 'Metric',
  indicator: 'Indicator',
  unit: 'Unit',
  baseline: 'Baseline',
  target: 'Target',
  current: 'Current / Actual',
  stakeholders: 'Stakeholders',
  owner: 'Owner',
  start: 'Start',
  due: 'Due',
  status: 'Status',
  confidence: 'Confidence',
  learning: 'Learning (notes)',
  ignore: 'Ignore',
};

const CHOICES: ReadonlySet<string> = new Set(Object.keys(FIELD_LABELS));

export function isColumnChoice(value: unknown): value is ColumnChoice {
  return typeof value === 'string' && CHOICES.has(value);
}

/** Fields whose text names an item: a row without any of them holds no strategy or tactic. */
export const TEXT_FIELDS: readonly ImportField[] = ['strategy', 'tactic', 'keyResult', 'statement'];

export type FieldKind = 'text' | 'number' | 'date' | 'status' | 'kind';

export const FIELD_KINDS: Readonly<Record<ImportField, FieldKind>> = {
  strategy: 'text',
  tactic: 'text',
  keyResult: 'text',
  statement: 'text',
  kind: 'kind',
  metric: 'text',
  indicator: 'text',
  unit: 'text',
  baseline: 'number',
  target: 'number',
  current: 'number',
  stakeholders: 'text',
  owner: 'text',
  start: 'date',
  due: 'date',
  status: 'status',
  confidence: 'number',
  learning: 'text',
};

/**
 * Where a field lands on each sheet. A field a sheet has no column for is absent: a tactic
 * keeps no baseline, unit or confidence, a strategy no owner of its own.
 */
export const STRATEGY_COLUMN: Readonly<Partial<Record<ImportField, string>>> = {
  metric: 'Metric',
  unit: 'Unit',
  baseline: 'Baseline',
  target: 'Target',
  current: 'Current',
  stakeholders: 'Stakeholders',
  start: 'Start',
  due: 'Due',
  status: 'Status',
  confidence: 'Confidence',
  learning: 'Learning',
};

export const TACTIC_COLUMN: Readonly<Partial<Record<ImportField, string>>> = {
  indicator: 'Indicator',
  target: 'Target',
  current: 'Actual',
  stakeholders: 'Stakeholders',
  owner: 'Owner',
  start: 'Start',
  due: 'Due',
  status: 'Status',
  learning: 'Learning',
};

/**
 * A field that has no column of its own on a sheet but a near one: a strategy's owner
 * goes to its stakeholders, a strategy's indicator is its metric and a tactic's metric its
 * indicator, each only when the row has nothing for that column itself.
 */
export const STRATEGY_FALLBACK: Readonly<Partial<Record<ImportField, ImportField>>> = {
  owner: 'stakeholders',
  indicator: 'metric',
};

export const TACTIC_FALLBACK: Readonly<Partial<Record<ImportField, ImportField>>> = {
  metric: 'indicator',
};
