import { type HistoryLedger, serialiseLedger } from '../../../src/domain/history/historyLedger';
import { CORE_HISTORY_FIELDS } from '../../../src/domain/history/historySchema';
import {
  BLOCK_CHECK_FIELDS,
  COMPARISON_FIELDS,
  DRIFT_FIELDS,
  EARLIER_FIELDS,
  type HistoryFacts,
  planDriftRead,
  planQuartersRead,
  planSnapshotRead,
  planVarianceRead,
  quartersToRead,
  trustLedger,
} from '../../../src/domain/history/readPlan';
import { fail, ok } from '../../../src/domain/result';

const LEDGER: HistoryLedger = {
  version: 'v7',
  lastRow: 16,
  blocks: [
    { quarter: '2026-Q1', takenAt: 1, firstRow: 2, rows: 5 },
    { quarter: '2026-Q2', takenAt: 2, firstRow: 7, rows: 5 },
    { quarter: '2026-Q3', takenAt: 3, firstRow: 12, rows: 5 },
  ],
};
const [Q1, Q2, Q3] = LEDGER.blocks;

function facts(change: Partial<HistoryFacts> = {}): HistoryFacts {
  return { version: 'v7', ledgerText: serialiseLedger(LEDGER), lastRow: 16, ...change };
}

const whole = (reason: string, fields = CORE_HISTORY_FIELDS) => ({ kind: 'whole', reason, fields: [...fields] });

describe('the history read plan trusts a ledger only while it describes the sheet', () => {
  it('reads the whole history without a ledger, with one of another version, or with rows moved under it', () => {
    expect(trustLedger(facts({ ledgerText: undefined }))).toEqual({ ok: false, reason: 'no-ledger' });
    expect(trustLedger(facts({ version: 'edited 1700000000000' }))).toEqual({ ok: false, reason: 'stale-ledger' });
    expect(trustLedger(facts({ ledgerText: '{not json' }))).toEqual({ ok: false, reason: 'stale-ledger' });
    expect(trustLedger(facts({ lastRow: 17 }))).toEqual({ ok: false, reason: 'rows-moved' });
    expect(trustLedger(facts({ lastRow: null }))).toEqual({ ok: false, reason: 'rows-moved' });
    expect(planSnapshotRead(facts({ lastRow: 15 }), '2026-Q4')).toEqual(whole('rows-moved', COMPARISON_FIELDS));
    expect(trustLedger(facts())).toEqual({ ok: true, ledger: LEDGER });
  });
});

describe('a snapshot reads', () => {
  it('the block of the quarter before it and the digest, for a new quarter', () => {
    expect(planSnapshotRead(facts(), '2026-Q4')).toEqual({
      kind: 'blocks',
      ledger: LEDGER,
      blocks: [{ block: Q3, fields: EARLIER_FIELDS }],
      digest: true,
    });
  });

  it('also the replaced block, in the fields that identify its rows, when the newest quarter is taken again', () => {
    expect(planSnapshotRead(facts(), '2026-Q3')).toEqual({
      kind: 'blocks',
      ledger: LEDGER,
      blocks: [
        { block: Q2, fields: EARLIER_FIELDS },
        { block: Q3, fields: BLOCK_CHECK_FIELDS },
      ],
      digest: true,
    });
  });

  it('only the digest for the first snapshot after a kept empty ledger', () => {
    const empty = { ...LEDGER, lastRow: 1, blocks: [] };
    expect(planSnapshotRead(facts({ ledgerText: serialiseLedger(empty), lastRow: 1 }), '2026-Q1')).toEqual({
      kind: 'blocks',
      ledger: empty,
      blocks: [],
      digest: true,
    });
  });

  it('the whole history for a quarter older than the newest, whose digest cannot be advanced', () => {
    expect(planSnapshotRead(facts(), '2026-Q2')).toEqual(whole('older-quarter', COMPARISON_FIELDS));
    expect(planSnapshotRead(facts(), '2025-Q4')).toEqual(whole('older-quarter', COMPARISON_FIELDS));
  });
});

describe('a variance reads', () => {
  const latest = (held: readonly string[]) =>
    ok({
      from: held[held.length - 2] ?? '',
      to: held[held.length - 1] ?? '',
    });

  it('the two compared blocks, the later one with its review dates, and the digest', () => {
    expect(planVarianceRead(facts(), latest)).toEqual({
      plan: {
        kind: 'blocks',
        ledger: LEDGER,
        blocks: [
          { block: Q2, fields: EARLIER_FIELDS },
          { block: Q3, fields: COMPARISON_FIELDS },
        ],
        digest: true,
      },
    });
    expect(EARLIER_FIELDS).not.toContain('lastReviewed');
    expect(COMPARISON_FIELDS).toContain('parent');
  });

  it('nothing when the pair is refused, and hands the refusal back', () => {
    const refusal = fail('too-few-snapshots', 'no');
    expect(planVarianceRead(facts(), () => refusal)).toEqual({ refused: refusal });
  });

  it('the whole history when the ledger cannot be trusted, choosing the pair from what it holds', () => {
    expect(planVarianceRead(facts({ version: 'v8' }), latest)).toEqual({
      plan: whole('stale-ledger', COMPARISON_FIELDS),
    });
  });
});

describe('a history formula reads', () => {
  it('the blocks of the quarters it names that have a snapshot, in the fields it names', () => {
    expect(quartersToRead(LEDGER, ['2026-Q3', '2026-Q1', '2026-Q3', '2030-Q1'])).toEqual(['2026-Q1', '2026-Q3']);
    expect(planQuartersRead(facts(), ['2026-Q3', '2026-Q1'], ['current'])).toEqual({
      kind: 'blocks',
      ledger: LEDGER,
      blocks: [
        { block: Q1, fields: [...BLOCK_CHECK_FIELDS, 'current'] },
        { block: Q3, fields: [...BLOCK_CHECK_FIELDS, 'current'] },
      ],
      digest: false,
    });
  });

  it('the whole history, with any field it names beyond the core ones, when it names no quarter with a snapshot', () => {
    expect(planQuartersRead(facts(), ['2030-Q1'], ['owner'])).toEqual(
      whole('no-ledger', [...CORE_HISTORY_FIELDS, 'owner']),
    );
    expect(planQuartersRead(facts(), undefined, [])).toEqual(whole('no-ledger'));
    expect(planQuartersRead(facts({ lastRow: 3 }), ['2026-Q1'], [])).toEqual(whole('rows-moved'));
  });

  it('for drift, the blocks where the digest last saw each strategy, once each', () => {
    expect(planDriftRead(LEDGER, ['2026-Q3', '2026-Q1', '2026-Q3'])).toEqual({
      kind: 'blocks',
      ledger: LEDGER,
      blocks: [
        { block: Q1, fields: DRIFT_FIELDS },
        { block: Q3, fields: DRIFT_FIELDS },
      ],
      digest: false,
    });
  });
});
