import { CHECK_IN_LAYOUT } from '../checkins/checkInLayout';
import {
  CONFIDENCE_RANGE,
  REVIEW_DECISIONS,
  SHEET,
  STRATEGY_HEADERS,
  STRATEGY_STATUSES,
  TACTIC_HEADERS,
  TACTIC_STATUSES,
} from '../register/schema';

/** A conditional format: colour a cell of the column when its value meets the condition. */
export interface Highlight {
  readonly when:
    | { readonly kind: 'textEquals'; readonly value: string }
    | { readonly kind: 'numberAtLeast'; readonly value: number }
    | { readonly kind: 'numberBelow'; readonly value: number };
  readonly background: string;
  readonly fontColor?: string;
}

const GOOD = '#e6f4ea';
const BAD = '#fce8e6';
const MUTED = '#f1f3f4';
const WARN = '#fef7e0';

/** How Set up register dresses each column it creates. */
export interface ColumnLayout {
  readonly header: string;
  /** Width in pixels. */
  readonly width: number;
  readonly numberFormat?: string;
  readonly validation?:
    | { readonly kind: 'list'; readonly values: readonly string[] }
    | { readonly kind: 'number'; readonly min: number; readonly max: number };
  readonly highlights?: readonly Highlight[];
  /** Filled by one array formula in row 2 (see `progressFormula`), never typed by users. */
  readonly computed?: true;
}

export interface SheetLayout {
  readonly name: string;
  readonly columns: readonly ColumnLayout[];
  /** An append-only log is warning-protected when created, with this description. */
  readonly guard?: string;
}

export const DATE_FORMAT = 'yyyy-mm-dd';

const STATEMENT_WIDTH = 320;
const TEXT_WIDTH = 160;
const NARROW_WIDTH = 90;
const SOURCE_WIDTH = 110;

const STRATEGY_COLUMNS: Record<(typeof STRATEGY_HEADERS)[number], Omit<ColumnLayout, 'header'>> = {
  ID: { width: 60 },
  Strategy: { width: STATEMENT_WIDTH },
  Metric: { width: TEXT_WIDTH },
  Unit: { width: 60 },
  Baseline: { width: NARROW_WIDTH },
  Target: { width: NARROW_WIDTH },
  Current: { width: NARROW_WIDTH },
  Stakeholders: { width: TEXT_WIDTH },
  Start: { width: NARROW_WIDTH, numberFormat: DATE_FORMAT },
  Due: { width: NARROW_WIDTH, numberFormat: DATE_FORMAT },
  Status: {
    width: NARROW_WIDTH,
    validation: { kind: 'list', values: STRATEGY_STATUSES },
    highlights: [
      { when: { kind: 'textEquals', value: 'Achieved' }, background: GOOD },
      { when: { kind: 'textEquals', value: 'On hold' }, background: WARN },
      { when: { kind: 'textEquals', value: 'Retired' }, background: MUTED, fontColor: '#5f6368' },
    ],
  },
  // No number format: a confidence of 6.5 shows as 6.5, never rounded to 7.
  Confidence: {
    width: NARROW_WIDTH,
    validation: { kind: 'number', min: CONFIDENCE_RANGE.min, max: CONFIDENCE_RANGE.max },
  },
  'Last reviewed': { width: 100, numberFormat: DATE_FORMAT },
  Learning: { width: STATEMENT_WIDTH },
  Decision: { width: NARROW_WIDTH, validation: { kind: 'list', values: REVIEW_DECISIONS } },
  Progress: {
    width: NARROW_WIDTH,
    numberFormat: '0%',
    computed: true,
    highlights: [
      { when: { kind: 'numberAtLeast', value: 1 }, background: GOOD },
      { when: { kind: 'numberBelow', value: 0 }, background: BAD },
    ],
  },
  Parent: { width: 70 },
  Weight: { width: 70 },
  Source: { width: SOURCE_WIDTH },
};

const TACTIC_COLUMNS: Record<(typeof TACTIC_HEADERS)[number], Omit<ColumnLayout, 'header'>> = {
  ID: { width: 60 },
  'Strategy ID': { width: NARROW_WIDTH },
  Tactic: { width: STATEMENT_WIDTH },
  Stakeholders: { width: TEXT_WIDTH },
  Owner: { width: TEXT_WIDTH },
  Status: {
    width: 100,
    validation: { kind: 'list', values: TACTIC_STATUSES },
    highlights: [
      { when: { kind: 'textEquals', value: 'Done' }, background: GOOD },
      { when: { kind: 'textEquals', value: 'Dropped' }, background: MUTED, fontColor: '#5f6368' },
    ],
  },
  Indicator: { width: TEXT_WIDTH },
  Target: { width: NARROW_WIDTH },
  Actual: { width: NARROW_WIDTH },
  Start: { width: NARROW_WIDTH, numberFormat: DATE_FORMAT },
  Due: { width: NARROW_WIDTH, numberFormat: DATE_FORMAT },
  'Last reviewed': { width: 100, numberFormat: DATE_FORMAT },
  Learning: { width: STATEMENT_WIDTH },
  Source: { width: SOURCE_WIDTH },
};

function layout<H extends string>(
  name: string,
  headers: readonly H[],
  columns: Record<H, Omit<ColumnLayout, 'header'>>,
) {
  return { name, columns: headers.map((header) => ({ header, ...columns[header] })) };
}

export const REGISTER_LAYOUTS: readonly SheetLayout[] = [
  layout(SHEET.strategies, STRATEGY_HEADERS, STRATEGY_COLUMNS),
  layout(SHEET.tactics, TACTIC_HEADERS, TACTIC_COLUMNS),
  CHECK_IN_LAYOUT,
];
