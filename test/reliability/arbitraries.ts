import fc from 'fast-check';
import { HISTORY_HEADERS } from '../../src/domain/history/historySchema';
import {
  REVIEW_DECISIONS,
  STRATEGY_HEADERS,
  STRATEGY_STATUSES,
  TACTIC_HEADERS,
  TACTIC_STATUSES,
} from '../../src/domain/register/schema';
import type { Strategy, Tactic } from '../../src/domain/register/types';

/** Text a hostile or careless user may type; long ones are built once, so runs stay fast. */
export const HOSTILE_TEXT: readonly string[] = [
  '=1+1',
  '+SUM(A1:A9)',
  '-2+3',
  '@INDIRECT("A1")',
  '=IMPORTXML("http://example.com","//a")',
  '<img src=x onerror=alert(1)>',
  '</script><script>alert(1)</script>',
  '<!--',
  "'; DROP TABLE strategies; --",
  'الاستراتيجية: خفض التكلفة',
  '\u202Egnirts desrever\u202C',
  '🚀 Grow 👩‍👩‍👧 revenue 🇳🇿',
  'a\u0000b\u0007c',
  'line one\nline two\r\nline three',
  '   ',
  'x'.repeat(50_000),
  '🚀'.repeat(20_000),
];

export const ERROR_STRINGS = ['#N/A', '#REF!', '#VALUE!', '#DIV/0!', '#NAME?', '#NUM!', '#NULL!', '#ERROR!'] as const;

const ALL_HEADERS = [...new Set([...STRATEGY_HEADERS, ...TACTIC_HEADERS, ...HISTORY_HEADERS])];

/** Any value a cell (or a custom-function argument, or a broken caller) could hand over. */
export const anyCell: fc.Arbitrary<unknown> = fc.oneof(
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 12 }),
  fc.constantFrom(...HOSTILE_TEXT),
  fc.constantFrom(...ERROR_STRINGS),
  fc.constantFrom(...STRATEGY_STATUSES, ...TACTIC_STATUSES, 'active ', 'DONE', 'Strategy', 'Tactic', 'tactic'),
  fc.constantFrom('S1', 'S2', 's1', 'T1', 'T2', '2026-Q2', '2026-Q3', 'FY2027-Q1', '25%', '2026-03-31', '1,000'),
  fc.constantFrom(...ALL_HEADERS),
  fc.double(),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, -0, 1e308, 11, -1),
  fc.integer({ min: -5, max: 50_000 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constant(new Date(Number.NaN)),
  fc.constantFrom('', null, undefined),
);

/** A header row: some known headers in any order, maybe repeated, blank or unknown ones mixed in. */
export function headerRow(known: readonly string[]): fc.Arbitrary<unknown[]> {
  return fc
    .tuple(
      fc.oneof(fc.constant([...known]), fc.shuffledSubarray([...known])),
      fc.array(fc.oneof(fc.constantFrom(...known, '', 'Notes', ' ID '), anyCell), { maxLength: 3 }),
      fc.boolean(),
    )
    .map(([chosen, extra, extraFirst]) => (extraFirst ? [...extra, ...chosen] : [...chosen, ...extra]));
}

/** A grid as getValues might give it, but ragged and with any values (row 0 = headers). */
export function anyGrid(known: readonly string[]): fc.Arbitrary<unknown[][]> {
  return fc
    .tuple(headerRow(known), fc.array(fc.array(anyCell, { maxLength: 24 }), { maxLength: 8 }))
    .map(([header, rows]) => [header, ...rows]);
}

/** Things that are not grids at all: a caller passing the wrong shape must not crash the parser. */
export const notAGrid: fc.Arbitrary<unknown> = fc.constantFrom(
  undefined,
  null,
  '',
  'text',
  42,
  [],
  [[]],
  [null],
  [undefined, ['ID']],
);

const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 16 }), fc.constantFrom(...HOSTILE_TEXT.slice(0, 14)));
// Sheets keeps no negative zero, so a register never holds one.
const amount = fc.option(
  fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((n) => n + 0),
  { nil: null },
);
const day = fc.option(fc.date({ noInvalidDate: true, min: new Date('1990-01-01'), max: new Date('2100-01-01') }), {
  nil: null,
});

/** The fields of a parsed strategy, any values a sheet can hold. */
export const strategyFields = fc.record({
  statement: text,
  metric: text,
  unit: text,
  baseline: amount,
  target: amount,
  current: amount,
  stakeholders: text,
  start: day,
  due: day,
  status: fc.option(fc.constantFrom(...STRATEGY_STATUSES), { nil: null }),
  confidence: fc.option(fc.integer({ min: 0, max: 10 }), { nil: null }),
  lastReviewed: day,
  learning: text,
  decision: fc.option(fc.constantFrom(...REVIEW_DECISIONS), { nil: null }),
  parent: fc.oneof(fc.constant(''), fc.constantFrom('S1', 'S2', 's3'), text),
  weight: fc.option(fc.double({ noNaN: true, noDefaultInfinity: true, min: 0.001, max: 1e6 }), { nil: null }),
});

/** The fields of a parsed tactic, any values a sheet can hold. */
export const tacticFields = fc.record({
  statement: text,
  stakeholders: text,
  owner: text,
  status: fc.option(fc.constantFrom(...TACTIC_STATUSES), { nil: null }),
  indicator: text,
  target: amount,
  actual: amount,
  start: day,
  due: day,
  lastReviewed: day,
  learning: text,
});

/** A parsed register with unique IDs (S…, T…) and every tactic under one of its strategies. */
export const anyRegister: fc.Arbitrary<{ strategies: Strategy[]; tactics: Tactic[] }> = fc
  .tuple(fc.integer({ min: 1, max: 8 }), fc.integer({ min: 0, max: 12 }))
  .chain(([strategyCount, tacticCount]) =>
    fc.tuple(
      fc.tuple(
        ...Array.from({ length: strategyCount }, (_, i) =>
          strategyFields.map((fields): Strategy => ({ row: i + 2, id: `S${i + 1}`, ...fields })),
        ),
      ),
      fc.tuple(
        ...Array.from({ length: tacticCount }, (_, i) =>
          fc
            .tuple(tacticFields, fc.integer({ min: 1, max: strategyCount }))
            .map(([fields, owner]): Tactic => ({ row: i + 2, id: `T${i + 1}`, strategyId: `S${owner}`, ...fields })),
        ),
      ),
    ),
  )
  .map(([strategies, tactics]) => ({ strategies, tactics }));

export const TIME_ZONES = [
  'Etc/UTC',
  'America/Los_Angeles',
  'America/St_Johns',
  'Europe/Berlin',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Australia/Lord_Howe',
  'Pacific/Chatham',
  'Pacific/Apia',
  'Pacific/Kiritimati',
] as const;
