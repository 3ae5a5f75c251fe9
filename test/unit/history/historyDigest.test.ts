import {
  advanceDigest,
  digestOfView,
  type HistoryDigest,
  type StrategyDigest,
  trendOf,
} from '../../../src/domain/history/historyDigest';
import { parseHistory, supersedeRows } from '../../../src/domain/history/historyRead';
import { buildHistoryView, type QuarterSnapshot } from '../../../src/domain/history/historyView';
import { progressChartOf } from '../../../src/domain/history/progressChart';
import { varianceFromSnapshots, varianceOfView } from '../../../src/domain/history/variance';
import {
  historyGrid,
  Q2_TAKEN,
  Q3_TAKEN,
  REVIEW_RULES,
  type RegisterState,
  strategy,
  tactic,
  viewOf,
} from './fixtures';
import { afterEdits, beforeEdits } from './scenario';

const Q1_TAKEN = new Date('2026-03-31T17:00:00Z');
const Q4_TAKEN = new Date('2026-12-31T17:00:00Z');

/** S3 is in Q1, missing from Q2 (it was taken out of the register), and back in Q3. */
const withS3: RegisterState = {
  quarter: '2026-Q1',
  takenAt: Q1_TAKEN,
  strategies: [strategy({ id: 'S3', statement: 'Open the Nordics', baseline: 0, target: 10, current: 2 })],
  tactics: [tactic({ id: 'T4', strategyId: 'S3' }), tactic({ id: 'T7', strategyId: 'S3', status: 'Dropped' })],
};
const withoutS3: RegisterState = {
  quarter: '2026-Q2',
  takenAt: Q2_TAKEN,
  strategies: [strategy({ id: 'S1', statement: 'Grow EMEA revenue', baseline: 100, target: 200, current: 120 })],
  tactics: [tactic({ id: 'T1', strategyId: 'S1' })],
};
const s3Back: RegisterState = {
  quarter: '2026-Q3',
  takenAt: Q3_TAKEN,
  strategies: [
    strategy({ id: 'S1', statement: 'Grow EMEA revenue', baseline: 100, target: 200, current: null }),
    strategy({ id: 'S3', statement: 'Open Norway', baseline: 0, target: 10, current: 5 }),
  ],
  tactics: [tactic({ id: 'T1', strategyId: 'S1' })],
};
/** A quarter whose register held tactics but no strategy rows. */
const tacticsOnly: RegisterState = {
  quarter: '2026-Q4',
  takenAt: Q4_TAKEN,
  strategies: [],
  tactics: [tactic({ id: 'T1', strategyId: 'S1' })],
};

function snapshotOf(state: RegisterState): QuarterSnapshot {
  const snapshot = viewOf(state).snapshots.get(state.quarter);
  if (!snapshot) throw new Error(`no snapshot for ${state.quarter}`);
  return snapshot;
}

/** The digest as plain nested arrays, so comparisons also check the order of maps. */
function plain(digest: HistoryDigest | undefined): unknown {
  if (!digest) return digest;
  return {
    quarters: digest.quarters.map((q) => [q.quarter, q.takenAt?.getTime() ?? null]),
    strategies: [...digest.strategies].map(([id, s]) => [id, s.firstQuarter, s.first, [...s.progress]]),
  };
}

const s1First: StrategyDigest['first'] = {
  statement: 'Grow EMEA revenue',
  baseline: 100,
  target: 200,
  tacticIds: ['T1', 'T2', 'T6'],
};

describe('digestOfView', () => {
  const digest = digestOfView(viewOf(beforeEdits, afterEdits));

  it('lists every quarter oldest first with its Taken at', () => {
    expect(digest.quarters).toEqual([
      { quarter: '2026-Q2', takenAt: Q2_TAKEN },
      { quarter: '2026-Q3', takenAt: Q3_TAKEN },
    ]);
  });

  it('keeps each strategy as its first snapshot held it, with live tactics only', () => {
    expect([...digest.strategies.keys()]).toEqual(['S1', 'S2', 'S3', 'S4']);
    expect(digest.strategies.get('S1')).toEqual({
      firstQuarter: '2026-Q2',
      first: s1First,
      progress: new Map([
        ['2026-Q2', 0.2],
        ['2026-Q3', 0.4],
      ]),
    });
  });

  it('keeps the progress of a decreasing metric as it was stored', () => {
    expect(digest.strategies.get('S2')).toEqual({
      firstQuarter: '2026-Q2',
      first: { statement: 'Cut churn', baseline: 8, target: 5, tacticIds: ['T3'] },
      progress: new Map([
        ['2026-Q2', 0],
        ['2026-Q3', 0.5],
      ]),
    });
  });

  it('starts a strategy that joins later at the quarter it joined', () => {
    expect(digest.strategies.get('S4')).toEqual({
      firstQuarter: '2026-Q3',
      first: { statement: 'Win public sector deals', baseline: 0, target: 5, tacticIds: [] },
      progress: new Map([['2026-Q3', 0.2]]),
    });
    expect(trendOf(digest, 'S4')).toEqual([null, 0.2]);
  });

  it('keeps the first plan of a strategy that leaves and comes back, with a gap in its trend', () => {
    const history = digestOfView(viewOf(withS3, withoutS3, s3Back));
    expect(history.strategies.get('S3')).toEqual({
      firstQuarter: '2026-Q1',
      first: { statement: 'Open the Nordics', baseline: 0, target: 10, tacticIds: ['T4'] },
      progress: new Map([
        ['2026-Q1', 0.2],
        ['2026-Q3', 0.5],
      ]),
    });
    expect(trendOf(history, 'S3')).toEqual([0.2, null, 0.5]);
  });

  it('tells a blank progress (null) from a quarter the strategy was not in (no entry)', () => {
    const history = digestOfView(viewOf(withS3, withoutS3, s3Back));
    expect([...(history.strategies.get('S1')?.progress ?? [])]).toEqual([
      ['2026-Q2', 0.2],
      ['2026-Q3', null],
    ]);
    expect(trendOf(history, 'S1')).toEqual([null, 0.2, null]);
  });

  it('lists a quarter that holds tactics only, with no strategy entry for it', () => {
    const history = digestOfView(viewOf(withoutS3, tacticsOnly));
    expect(history.quarters.map((q) => q.quarter)).toEqual(['2026-Q2', '2026-Q4']);
    expect(trendOf(history, 'S1')).toEqual([0.2, null]);
  });

  it('gives an all-blank trend for a strategy it has never seen', () => {
    expect(trendOf(digest, 'S99')).toEqual([null, null]);
  });

  it('reads only the latest snapshot of a quarter taken twice, the older rows marked Superseded', () => {
    const retaken: RegisterState = { ...afterEdits, takenAt: new Date('2026-10-02T09:00:00Z'), strategies: [] };
    const grid = historyGrid(beforeEdits, afterEdits, retaken);
    const marks = supersedeRows(historyGrid(beforeEdits, afterEdits), '2026-Q3', retaken.takenAt, 'Etc/UTC');
    if (!marks) throw new Error('nothing to mark');
    marks.values.forEach(([value], offset) => {
      const row = grid[marks.firstRow - 1 + offset] ?? [];
      row[marks.column - 1] = value;
    });
    const history = digestOfView(buildHistoryView(parseHistory(grid, 'Etc/UTC').entries));
    expect(plain(history)).toEqual(plain(digestOfView(viewOf(beforeEdits, retaken))));
    expect(history.quarters[1]).toEqual({ quarter: '2026-Q3', takenAt: retaken.takenAt });
    expect([...history.strategies.keys()]).toEqual(['S1', 'S2', 'S3']);
  });
});

describe('advanceDigest', () => {
  it('adds a newer quarter exactly as a digest of the whole history would hold it', () => {
    const advanced = advanceDigest(digestOfView(viewOf(beforeEdits)), snapshotOf(afterEdits));
    expect(plain(advanced)).toEqual(plain(digestOfView(viewOf(beforeEdits, afterEdits))));
  });

  it('starts from an empty digest', () => {
    const advanced = advanceDigest({ quarters: [], strategies: new Map() }, snapshotOf(beforeEdits));
    expect(plain(advanced)).toEqual(plain(digestOfView(viewOf(beforeEdits))));
  });

  it('replaces the newest quarter: its progress, the strategies it introduced and its Taken at', () => {
    const retaken: RegisterState = {
      quarter: '2026-Q3',
      takenAt: new Date('2026-10-02T09:00:00Z'),
      strategies: [strategy({ id: 'S2', statement: 'Cut churn', baseline: 8, target: 5, current: 5 })],
      tactics: [],
    };
    const advanced = advanceDigest(digestOfView(viewOf(beforeEdits, afterEdits)), snapshotOf(retaken));
    expect(plain(advanced)).toEqual(plain(digestOfView(viewOf(beforeEdits, retaken))));
    expect(advanced?.quarters[1]).toEqual({ quarter: '2026-Q3', takenAt: retaken.takenAt });
    expect(advanced?.strategies.has('S4')).toBe(false);
    expect([...(advanced?.strategies.get('S1')?.progress ?? [])]).toEqual([['2026-Q2', 0.2]]);
    expect([...(advanced?.strategies.get('S2')?.progress ?? [])]).toEqual([
      ['2026-Q2', 0],
      ['2026-Q3', 1],
    ]);
  });

  it('gives a strategy first seen in a replaced quarter the first plan of the replacing snapshot', () => {
    const reworded: RegisterState = {
      ...afterEdits,
      takenAt: new Date('2026-10-02T09:00:00Z'),
      strategies: [strategy({ id: 'S4', statement: 'Win two public sector deals', baseline: 0, target: 2 })],
    };
    const advanced = advanceDigest(digestOfView(viewOf(beforeEdits, afterEdits)), snapshotOf(reworded));
    expect(advanced?.strategies.get('S4')?.first).toEqual({
      statement: 'Win two public sector deals',
      baseline: 0,
      target: 2,
      tacticIds: [],
    });
  });

  it('refuses a snapshot older than the newest quarter, so the caller rebuilds from history', () => {
    const digest = digestOfView(viewOf(withS3, s3Back));
    expect(advanceDigest(digest, snapshotOf(withoutS3))).toBeUndefined();
    expect(advanceDigest(digest, snapshotOf(withS3))).toBeUndefined();
  });

  it('leaves the digest it was given unchanged', () => {
    const digest = digestOfView(viewOf(beforeEdits, afterEdits));
    const before = plain(digest);
    advanceDigest(digest, snapshotOf({ ...afterEdits, takenAt: new Date('2026-10-02T09:00:00Z') }));
    advanceDigest(digest, snapshotOf({ ...afterEdits, quarter: '2026-Q4', takenAt: Q4_TAKEN }));
    expect(plain(digest)).toEqual(before);
  });
});

describe('the variance and chart from a digest advanced by the newest snapshot', () => {
  const advanced = advanceDigest(digestOfView(viewOf(beforeEdits)), snapshotOf(afterEdits));
  if (!advanced) throw new Error('a newer quarter always advances the digest');
  const model = varianceFromSnapshots(advanced, snapshotOf(beforeEdits), snapshotOf(afterEdits), REVIEW_RULES);

  it('equals the variance built from the whole history', () => {
    expect({ ok: true, value: model }).toEqual(
      varianceOfView(viewOf(beforeEdits, afterEdits), '2026-Q2', '2026-Q3', REVIEW_RULES),
    );
  });

  it('has the trend, drift and overdue reviews of the scenario', () => {
    expect(model.quarters).toEqual(['2026-Q2', '2026-Q3']);
    expect(model.strategies.map((s) => [s.id, s.trend, s.drift])).toEqual([
      ['S1', [0.2, 0.4], 0.46],
      ['S2', [0, 0.5], 0.15],
      ['S4', [null, 0.2], 0],
      ['S3', [0, null], null],
    ]);
    expect(model.summary.overdueReviews).toBe(4);
  });

  it('charts progress per quarter for the strategies of the later snapshot', () => {
    expect(progressChartOf(advanced, snapshotOf(afterEdits))).toEqual([
      ['Quarter', 'S1', 'S2', 'S4'],
      ['2026-Q2', 0.2, 0, ''],
      ['2026-Q3', 0.4, 0.5, 0.2],
    ]);
  });
});
