import { buildHistoryIndex, qoqChange, snapshotValue, strategyDriftOf } from '../../../src/domain/history/historyIndex';
import { CHUNK_SIZE, deserialiseIndex, serialiseIndex } from '../../../src/domain/history/indexCache';
import { Q3_TAKEN, strategy, viewOf } from './fixtures';
import { afterEdits, beforeEdits } from './scenario';

const index = buildHistoryIndex(viewOf(beforeEdits, afterEdits));

describe('SNAPSHOT_VALUE lookups', () => {
  it('returns a field of an item in a quarter, by any spelling of field and quarter', () => {
    expect(snapshotValue(index, 'S2', 'current', '2026-Q2')).toEqual({ ok: true, value: 8 });
    expect(snapshotValue(index, 'T1', 'Actual', '2026 q3')).toEqual({ ok: true, value: 7 });
    expect(snapshotValue(index, 'S1', 'Statement', '2026-Q2')).toEqual({ ok: true, value: 'Grow EMEA revenue' });
    expect(snapshotValue(index, 'S1', 'Taken at', '2026-Q3')).toEqual({ ok: true, value: Q3_TAKEN });
    expect(snapshotValue(index, 'T1', 'Confidence', '2026-Q3')).toEqual({ ok: true, value: '' });
  });

  it('names what exists when the ID, field or quarter is unknown', () => {
    expect(snapshotValue(index, 'S99', 'Target', '2026-Q3')).toEqual({
      ok: false,
      problems: [
        {
          code: 'not-found',
          message:
            'SNAPSHOT_VALUE: no strategy or tactic has the ID "S99" in Snapshot History; it holds 10 IDs, such as S1, S2, S3, T1, T2 and 5 more.',
        },
      ],
    });
    expect(snapshotValue(index, 'S1', 'Budget', '2026-Q3')).toMatchObject({
      ok: false,
      problems: [
        {
          code: 'not-found',
          message: expect.stringMatching(
            /^SNAPSHOT_VALUE: There is no field "Budget" in Snapshot History; the fields are Quarter, /,
          ),
        },
      ],
    });
    expect(snapshotValue(index, 'S1', 'Target', '2025-Q1')).toEqual({
      ok: false,
      problems: [
        {
          code: 'not-found',
          message:
            'SNAPSHOT_VALUE: there is no snapshot for the quarter "2025-Q1"; Snapshot History holds 2026-Q2, 2026-Q3.',
        },
      ],
    });
    expect(snapshotValue(index, 'S4', 'Target', '2026-Q2')).toEqual({
      ok: false,
      problems: [
        { code: 'not-found', message: 'SNAPSHOT_VALUE: S4 is not in the 2026-Q2 snapshot; it is in 2026-Q3.' },
      ],
    });
    expect(snapshotValue(buildHistoryIndex(viewOf()), 'S1', 'Target', '2026-Q2')).toEqual({
      ok: false,
      problems: [
        {
          code: 'not-found',
          message: 'SNAPSHOT_VALUE: Snapshot History holds no snapshots yet; take a quarterly snapshot first.',
        },
      ],
    });
  });
});

describe('QOQ_CHANGE lookups', () => {
  it('compares the two latest snapshots by default', () => {
    expect(qoqChange(index, 'S2', 'Current')).toEqual({ ok: true, value: -1.5 });
    expect(qoqChange(index, 'S1', 'target', '2026-Q2', '2026-Q3')).toEqual({ ok: true, value: 50 });
  });

  it('measures the later snapshot minus the earlier one whichever order the quarters come in', () => {
    expect(qoqChange(index, 'S1', 'target', '2026-Q3', '2026-Q2')).toEqual({ ok: true, value: 50 });
    expect(qoqChange(index, 'S1', 'target', '2026-Q3', '2026 q3')).toEqual({
      ok: false,
      problems: [
        {
          code: 'bad-argument',
          message: 'QOQ_CHANGE: from_quarter and to_quarter are both 2026-Q3; name two different quarters.',
        },
      ],
    });
  });

  it('refuses text fields, missing values and a history of one snapshot', () => {
    expect(qoqChange(index, 'S1', 'Status')).toEqual({
      ok: false,
      problems: [
        {
          code: 'bad-argument',
          message:
            'QOQ_CHANGE: Status is not a number field; use one of Baseline, Target, Current, Progress, Confidence, Weight, Forecast, Check-ins.',
        },
      ],
    });
    expect(qoqChange(index, 'S4', 'Current')).toEqual({
      ok: false,
      problems: [{ code: 'not-found', message: 'QOQ_CHANGE: S4 is not in the 2026-Q2 snapshot.' }],
    });
    expect(qoqChange(index, 'T1', 'Baseline')).toEqual({
      ok: false,
      problems: [{ code: 'not-found', message: 'QOQ_CHANGE: T1 has no Baseline in the 2026-Q2 snapshot.' }],
    });
    expect(qoqChange(buildHistoryIndex(viewOf(beforeEdits)), 'S1', 'Current')).toEqual({
      ok: false,
      problems: [
        {
          code: 'not-found',
          message: 'QOQ_CHANGE: a change needs a snapshot before 2026-Q2; Snapshot History holds 2026-Q2.',
        },
      ],
    });
  });
});

describe('STRATEGY_DRIFT lookups', () => {
  it('gives the drift from first to latest snapshot, and explains tactics', () => {
    expect(strategyDriftOf(index, 'S1')).toEqual({ ok: true, value: 0.46 });
    expect(strategyDriftOf(index, 'S3')).toEqual({ ok: true, value: 0 });
    expect(strategyDriftOf(index, 'T1')).toEqual({
      ok: false,
      problems: [{ code: 'not-found', message: 'STRATEGY_DRIFT: "T1" is a tactic; drift is measured for strategies.' }],
    });
  });
});

describe('the cached index', () => {
  it('round-trips through chunks, keeping dates and non-ASCII text', () => {
    const chunks = serialiseIndex(index, 'v1');
    const restored = deserialiseIndex(chunks, 'v1');
    expect(restored).toEqual({ ok: true, value: index });
  });

  it('splits large indexes into ASCII chunks of at most 100 000 characters', () => {
    const long = 'Réduire le churn 📉 '.repeat(3000);
    const big = buildHistoryIndex(
      viewOf({ ...beforeEdits, strategies: [strategy({ id: 'S1', statement: long, learning: long })] }),
    );
    const chunks = serialiseIndex(big, 'v2');
    expect(chunks.length).toBe(Math.ceil(chunks.join('').length / CHUNK_SIZE));
    expect(chunks.length).toBeGreaterThan(1);
    expect(chunks.every((chunk) => chunk.length <= CHUNK_SIZE && /^[\x20-\x7e]*$/.test(chunk))).toBe(true);
    const restored = deserialiseIndex(chunks, 'v2');
    expect(restored.ok && snapshotValue(restored.value, 'S1', 'Learning', '2026-Q2')).toEqual({
      ok: true,
      value: long,
    });
  });

  it('refuses another version or unreadable chunks', () => {
    const chunks = serialiseIndex(index, 'v1');
    expect(deserialiseIndex(chunks, 'v2')).toEqual({
      ok: false,
      problems: [{ code: 'unreadable', message: 'The cached history index is of another version.' }],
    });
    expect(
      deserialiseIndex(
        chunks.map((c) => c.slice(1)),
        'v1',
      ).ok,
    ).toBe(false);
  });
});
