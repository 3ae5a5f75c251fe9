import fc from 'fast-check';
import { strategyDrift } from '../../../src/domain/history/drift';
import { advanceDigest, digestOfView, type HistoryDigest } from '../../../src/domain/history/historyDigest';
import { buildHistoryIndex, driftIndex, latestQuartersOf } from '../../../src/domain/history/historyIndex';
import { type HistoryEntry, parseHistory } from '../../../src/domain/history/historyRead';
import { HISTORY_HEADERS } from '../../../src/domain/history/historySchema';
import { buildHistoryView, type HistoryView, type QuarterSnapshot } from '../../../src/domain/history/historyView';
import { progressChartOf, progressChartTable } from '../../../src/domain/history/progressChart';
import { canonicalQuarter, compareQuarterLabels } from '../../../src/domain/history/quarterOrder';
import { buildSnapshotRows } from '../../../src/domain/history/snapshotRows';
import { varianceFromSnapshots, varianceOfView } from '../../../src/domain/history/variance';
import { healthCheck } from '../../../src/domain/register/healthCheck';
import { REVIEW_DECISIONS, STRATEGY_STATUSES, TACTIC_STATUSES } from '../../../src/domain/register/schema';
import type { Strategy, Tactic } from '../../../src/domain/register/types';
import { checkProperty } from '../../checkProperty';
import { strategyFields, tacticFields } from '../../reliability/arbitraries';
import { REVIEW_RULES } from './fixtures';

const RUNS = 200;
const check = <Ts>(property: fc.IProperty<Ts>): void => checkProperty(property, { numRuns: RUNS });

// A small shared pool, so strategies leave, come back and tactics move between them.
const STRATEGY_IDS = ['S1', 'S2', 'S3', 'S4', 'S5'];
const TACTIC_IDS = ['T1', 'T2', 'T3', 'T4', 'T5', 'T6', 'T7', 'T8'];
const LABELS = ['2025-Q4', 'Q1 2026', '2026-Q2', '2026 Q3', 'FY2027-Q1', '2027-Q1', '2027-Q2', 'Planning round'];

const registerState = fc
  .tuple(fc.subarray(STRATEGY_IDS), fc.subarray(TACTIC_IDS))
  .chain(([strategyIds, tacticIds]) =>
    fc.tuple(
      fc.tuple(...strategyIds.map((id) => strategyFields.map((f): Strategy => ({ row: 2, id, ...f })))),
      fc.tuple(
        ...tacticIds.map((id) =>
          fc
            .tuple(tacticFields, fc.constantFrom(...STRATEGY_IDS))
            .map(([f, strategyId]): Tactic => ({ row: 2, id, strategyId, ...f })),
        ),
      ),
    ),
  )
  .map(([strategies, tactics]) => ({ strategies, tactics }))
  // An empty register writes no rows, so it leaves no snapshot to compare.
  .filter(({ strategies, tactics }) => strategies.length + tactics.length > 0);

type Register = { strategies: Strategy[]; tactics: Tactic[] };

function rowsOf(register: Register, quarter: string, takenAt: Date): unknown[][] {
  return buildSnapshotRows(register.strategies, register.tactics, quarter, takenAt).rows;
}

/** A history of 1 to 5 quarters, some snapshotted twice (the older rows left in place), any row order. */
const anyHistory = fc
  .uniqueArray(fc.constantFrom(...LABELS), { minLength: 1, maxLength: 5, selector: canonicalQuarter })
  .chain((labels) =>
    fc.tuple(
      fc.tuple(...labels.map((label) => fc.tuple(fc.constant(label), registerState, fc.option(registerState)))),
      fc.boolean(),
    ),
  )
  .map(([quarters, reversed]) => {
    const rows: unknown[][] = [];
    quarters.forEach(([label, register, earlier], index) => {
      const takenAt = new Date(Date.UTC(2026, 0, 1 + index * 90, 17));
      if (earlier) rows.push(...rowsOf(earlier, label, new Date(takenAt.getTime() - 3_600_000)));
      rows.push(...rowsOf(register, label, takenAt));
    });
    return [[...HISTORY_HEADERS], ...(reversed ? rows.reverse() : rows)];
  });

function entriesOf(grid: unknown[][]): HistoryEntry[] {
  return parseHistory(grid, 'Etc/UTC').entries;
}

/** The digest as plain nested arrays, so equality also checks the order of maps and Taken at times. */
function plain(digest: HistoryDigest | undefined): unknown {
  if (!digest) return digest;
  return {
    quarters: digest.quarters.map((q) => [q.quarter, q.takenAt?.getTime() ?? null]),
    strategies: [...digest.strategies].map(([id, s]) => [id, s.firstQuarter, s.first, [...s.progress]]),
  };
}

function newestOf(view: HistoryView): { quarter: string; snapshot: QuarterSnapshot } {
  const quarter = view.quarters[view.quarters.length - 1] ?? '';
  const snapshot = view.snapshots.get(quarter);
  if (!snapshot) throw new Error('a generated history always has a snapshot');
  return { quarter, snapshot };
}

describe('the history digest kept snapshot by snapshot', () => {
  it('equals the digest of the whole history after the newest quarter is added', () => {
    check(
      fc.property(anyHistory, (grid) => {
        const entries = entriesOf(grid);
        const view = buildHistoryView(entries);
        const { quarter, snapshot } = newestOf(view);
        const older = digestOfView(buildHistoryView(entries.filter((e) => e.quarter !== quarter)));
        expect(plain(advanceDigest(older, snapshot))).toEqual(plain(digestOfView(view)));
      }),
    );
  });

  it('equals the digest of the history with the newest quarter replaced by another snapshot', () => {
    check(
      fc.property(anyHistory, registerState, (grid, replacing) => {
        const entries = entriesOf(grid);
        const view = buildHistoryView(entries);
        const { quarter } = newestOf(view);
        const rows = rowsOf(replacing, quarter, new Date('2030-01-01T00:00:00Z'));
        const replaced = buildHistoryView([
          ...entries.filter((e) => e.quarter !== quarter),
          ...entriesOf([[...HISTORY_HEADERS], ...rows]),
        ]);
        const digest = digestOfView(view);
        const before = plain(digest);
        const advanced = advanceDigest(digest, newestOf(replaced).snapshot);
        expect(plain(advanced)).toEqual(plain(digestOfView(replaced)));
        expect(plain(digest)).toEqual(before);
      }),
    );
  });

  it('refuses every quarter older than the newest', () => {
    check(
      fc.property(anyHistory, (grid) => {
        const view = buildHistoryView(entriesOf(grid));
        const digest = digestOfView(view);
        for (const quarter of view.quarters.slice(0, -1)) {
          expect(advanceDigest(digest, view.snapshots.get(quarter) as QuarterSnapshot)).toBeUndefined();
        }
      }),
    );
  });
});

/** The chart as it was drawn from the whole view, before digests: the reference to match. */
function chartFromView(view: HistoryView, toQuarter: string): unknown[][] {
  const ids = [...(view.snapshots.get(toQuarter)?.strategies.keys() ?? [])].slice(0, 12);
  if (ids.length === 0) return [];
  return [
    ['Quarter', ...ids],
    ...view.quarters.map((q) => [q, ...ids.map((id) => view.snapshots.get(q)?.strategies.get(id)?.progress ?? '')]),
  ];
}

/**
 * Overdue reviews of a snapshot as the health check finds them on a register holding its
 * items, run at the moment the snapshot was taken: the reference to match.
 */
function overdueByHealthCheck(to: QuarterSnapshot): number | null {
  if (to.takenAt === null) return null;
  const canonical = <S extends string>(statuses: readonly S[], text: string): S | null =>
    statuses.find((status) => status.toLowerCase() === text.trim().replace(/\s+/g, ' ').toLowerCase()) ?? null;
  const strategies = [...to.strategies.values()].map(
    (e): Strategy => ({
      ...e,
      status: canonical(STRATEGY_STATUSES, e.status),
      decision: canonical(REVIEW_DECISIONS, e.decision),
      stakeholders: 'Sales ops',
      learning: '',
    }),
  );
  const tactics = [...to.tactics.values()].map(
    (e): Tactic => ({ ...e, status: canonical(TACTIC_STATUSES, e.status), actual: e.current, learning: '' }),
  );
  const register = { strategies, tactics, parseFindings: [], missingColumns: [] };
  const { findings } = healthCheck(register, { now: to.takenAt, ...REVIEW_RULES });
  return findings.filter((finding) => finding.rule === 'overdue-review').length;
}

describe('the variance and chart from a digest', () => {
  const pairs = anyHistory.chain((grid) => {
    const view = buildHistoryView(entriesOf(grid));
    return fc.tuple(fc.constant(view), fc.constantFrom(...view.quarters), fc.constantFrom(...view.quarters));
  });

  it('match the variance and chart built from the whole history', () => {
    check(
      fc.property(pairs, ([view, fromQuarter, toQuarter]) => {
        // The whole-history variance compares the earlier quarter with the later one, whatever the order given.
        const [earlier, later] =
          compareQuarterLabels(fromQuarter, toQuarter) <= 0 ? [fromQuarter, toQuarter] : [toQuarter, fromQuarter];
        const from = view.snapshots.get(earlier) as QuarterSnapshot;
        const to = view.snapshots.get(later) as QuarterSnapshot;
        const model = varianceFromSnapshots(digestOfView(view), from, to, REVIEW_RULES);
        expect(varianceOfView(view, fromQuarter, toQuarter, REVIEW_RULES)).toEqual({ ok: true, value: model });
        expect(model.quarters).toEqual(view.quarters);
        for (const row of model.strategies) {
          expect(row.trend).toEqual(
            view.quarters.map((q) => view.snapshots.get(q)?.strategies.get(row.id)?.progress ?? null),
          );
          const expected = to.strategies.has(row.id) ? (strategyDrift(view, row.id, to.quarter)?.total ?? null) : null;
          expect(row.drift).toBe(expected);
        }
        expect(model.summary.overdueReviews).toBe(overdueByHealthCheck(to));
        expect(progressChartOf(digestOfView(view), to)).toEqual(chartFromView(view, later));
        expect(progressChartTable(view, later)).toEqual(chartFromView(view, later));
      }),
    );
  });

  it('match the whole-history variance when the digest was advanced by the newest snapshot', () => {
    check(
      fc.property(anyHistory, (grid) => {
        const entries = entriesOf(grid);
        const view = buildHistoryView(entries);
        const { quarter, snapshot } = newestOf(view);
        const previous = view.quarters[view.quarters.length - 2] ?? quarter;
        const older = digestOfView(buildHistoryView(entries.filter((e) => e.quarter !== quarter)));
        const advanced = advanceDigest(older, snapshot);
        if (!advanced) throw new Error('the newest quarter always advances a digest of the older ones');
        const from = view.snapshots.get(previous) as QuarterSnapshot;
        expect(varianceOfView(view, previous, quarter, REVIEW_RULES)).toEqual({
          ok: true,
          value: varianceFromSnapshots(advanced, from, snapshot, REVIEW_RULES),
        });
        expect(progressChartOf(advanced, snapshot)).toEqual(chartFromView(view, quarter));
      }),
    );
  });
});

describe("STRATEGY_DRIFT's index from a digest", () => {
  it('gives every strategy the drift of the whole history, reading only the quarters where strategies were last seen', () => {
    check(
      fc.property(anyHistory, (grid) => {
        const entries = entriesOf(grid);
        const view = buildHistoryView(entries);
        const digest = digestOfView(view);
        const latest = new Set(latestQuartersOf(digest).values());
        const read = buildHistoryView(entries.filter((e) => latest.has(e.quarter)));
        const index = driftIndex(read, digest, view.quarters);
        const whole = buildHistoryIndex(view);
        expect([...index.drift].map(([id, d]) => [id, d.total])).toEqual(
          [...whole.drift].map(([id, d]) => [id, d.total]),
        );
        expect([...index.items.keys()].every((id) => whole.items.has(id))).toBe(true);
        expect(index.loaded).toEqual(read.quarters);
      }),
    );
  });
});
