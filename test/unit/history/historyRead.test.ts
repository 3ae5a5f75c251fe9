import { parseHistory, supersedeRows } from '../../../src/domain/history/historyRead';
import { HISTORY_HEADERS } from '../../../src/domain/history/historySchema';
import { buildHistoryView, itemsOf, quartersPresent, seriesOf } from '../../../src/domain/history/historyView';
import { historyGrid, Q2_TAKEN, Q3_TAKEN, strategy, tactic } from './fixtures';

const q2 = { quarter: '2026-Q2', takenAt: Q2_TAKEN, strategies: [strategy({ id: 'S1', current: 120 })], tactics: [] };
const q3 = {
  quarter: '2026-Q3',
  takenAt: Q3_TAKEN,
  strategies: [strategy({ id: 'S1', current: 160 })],
  tactics: [tactic({ id: 'T1', strategyId: 'S1' })],
};

describe('parseHistory', () => {
  it('reads back the values of the register it was built from', () => {
    const { entries, problems } = parseHistory(historyGrid(q3), 'Etc/UTC');
    expect(problems).toEqual([]);
    expect(
      entries.map((e) => [e.row, e.quarter, e.kind, e.id, e.strategyId, e.current, e.progress, e.superseded]),
    ).toEqual([
      [2, '2026-Q3', 'Strategy', 'S1', 'S1', 160, 0.6, false],
      [3, '2026-Q3', 'Tactic', 'T1', 'S1', 5, null, false],
    ]);
    expect(entries[1]?.owner).toBe('Ana');
    expect(entries[0]?.takenAt).toEqual(Q3_TAKEN);
  });

  it('finds columns by header when users reorder them and add their own', () => {
    const grid = historyGrid(q3);
    const order = [...HISTORY_HEADERS.keys()].reverse();
    const reordered = grid.map((row, r) => [
      'my note',
      ...order.map((i) => (r === 0 ? String(row[i]).toUpperCase() : row[i])),
    ]);
    expect(parseHistory(reordered, 'Etc/UTC').entries).toEqual(parseHistory(grid, 'Etc/UTC').entries);
  });

  it('skips junk rows and reports each with its sheet row, never throwing', () => {
    const grid: unknown[][] = [
      [...HISTORY_HEADERS],
      ['2026-Q3', 'yesterday', 'Strategy', 'S1', 'S1', 'Grow', '', '', 'lots', 200, '', '', 'Active'],
      ['', '', 'Strategy', 'S2'],
      ['2026-Q3', '', 'Widget', 'S3'],
      ['2026-Q3', Q3_TAKEN, 'Tactic', ''],
      ['', '', '', '', ''],
      [null, undefined, true, { x: 1 }],
    ];
    const parsed = parseHistory(grid, 'Etc/UTC');
    expect(parsed.entries.map((e) => [e.id, e.baseline, e.target])).toEqual([['S1', null, 200]]);
    expect(parsed.problems.map((p) => [p.sheet, p.row, p.column, p.message])).toEqual([
      ['Snapshot History', 2, 'Taken at', '"yesterday" is not a date; it is read as blank.'],
      ['Snapshot History', 2, 'Baseline', '"lots" is not a number; it is read as blank.'],
      ['Snapshot History', 3, undefined, 'The row has no Quarter; it is skipped.'],
      ['Snapshot History', 4, undefined, 'Kind "Widget" is neither Strategy nor Tactic; the row is skipped.'],
      ['Snapshot History', 5, undefined, 'The row has no ID; it is skipped.'],
      ['Snapshot History', 7, undefined, 'The row has no Quarter; it is skipped.'],
    ]);
    expect(parsed.problemCount).toBe(6);
  });

  it('reports a missing required header instead of guessing', () => {
    const parsed = parseHistory(
      [
        ['Quarter', 'Taken at', 'Statement'],
        ['2026-Q3', Q3_TAKEN, 'x'],
      ],
      'Etc/UTC',
    );
    expect(parsed.entries).toEqual([]);
    expect(parsed.problems).toEqual([
      {
        sheet: 'Snapshot History',
        row: 1,
        message: 'Snapshot History has no Kind, ID column in row 1; history cannot be read until it is restored.',
      },
    ]);
    expect(parseHistory([], 'Etc/UTC').problemCount).toBe(1);
  });

  it('reads quarter labels typed another way as the canonical label', () => {
    const grid = historyGrid(q3);
    (grid[1] as unknown[])[0] = ' 2026 q3 ';
    expect(parseHistory(grid, 'Etc/UTC').entries.map((e) => e.quarter)).toEqual(['2026-Q3', '2026-Q3']);
  });
});

describe('the history view', () => {
  it('orders quarters oldest first whatever the row order', () => {
    const q1 = { ...q2, quarter: 'FY2026-Q1', takenAt: new Date('2025-09-30T00:00:00Z') };
    const view = buildHistoryView(
      parseHistory(historyGrid(q3, q2, { ...q2, quarter: '2025-Q4' }, q1), 'Etc/UTC').entries,
    );
    expect(quartersPresent(view)).toEqual(['2025-Q4', 'FY2026-Q1', '2026-Q2', '2026-Q3']);
  });

  it('lists the items of a quarter and the series of a field across quarters', () => {
    const view = buildHistoryView(parseHistory(historyGrid(q2, q3), 'Etc/UTC').entries);
    expect([...(itemsOf(view, '2026-q3')?.tactics.keys() ?? [])]).toEqual(['T1']);
    expect(itemsOf(view, '2026-Q4')).toBeUndefined();
    expect(seriesOf(view, 'S1', 'current')).toEqual([
      { quarter: '2026-Q2', value: 120 },
      { quarter: '2026-Q3', value: 160 },
    ]);
    expect(seriesOf(view, 'T1', 'current')).toEqual([
      { quarter: '2026-Q2', value: undefined },
      { quarter: '2026-Q3', value: 5 },
    ]);
  });

  it('ignores superseded rows and keeps the latest snapshot of a quarter', () => {
    const retake = {
      ...q3,
      takenAt: new Date('2026-10-01T09:00:00Z'),
      strategies: [strategy({ id: 'S1', current: 190 })],
      tactics: [],
    };
    const grid = historyGrid(q2, q3);
    const mark = supersedeRows(grid, '2026-Q3', retake.takenAt, 'Etc/UTC');
    expect(mark).toEqual({
      column: 27,
      writeHeader: false,
      firstRow: 3,
      values: [[retake.takenAt], [retake.takenAt]],
      rows: [3, 4],
    });
    for (const [i, row] of (mark?.rows ?? []).entries())
      (grid[row - 1] as unknown[])[(mark?.column ?? 0) - 1] = mark?.values[i]?.[0];
    grid.push(...historyGrid(retake).slice(1));
    const entries = parseHistory(grid, 'Etc/UTC').entries;
    expect(entries.filter((e) => e.superseded).map((e) => e.row)).toEqual([3, 4]);
    const view = buildHistoryView(entries);
    expect(seriesOf(view, 'S1', 'current').map((p) => p.value)).toEqual([120, 190]);
    expect(itemsOf(view, '2026-Q3')?.tactics.size).toBe(0);
  });

  it('keeps only the latest rows of a quarter even when the older ones were never marked', () => {
    const retake = {
      ...q3,
      takenAt: new Date('2026-10-01T09:00:00Z'),
      strategies: [strategy({ id: 'S1', current: 190 })],
      tactics: [],
    };
    const view = buildHistoryView(parseHistory(historyGrid(q3, retake), 'Etc/UTC').entries);
    expect(itemsOf(view, '2026-Q3')?.strategies.get('S1')?.current).toBe(190);
    expect(itemsOf(view, '2026-Q3')?.tactics.size).toBe(0);
  });

  it('marks only unmarked rows of the quarter, keeping the cells between them', () => {
    const grid: unknown[][] = [
      ['Quarter', 'ID', 'Kind'],
      ['2026-Q3', 'S1', 'Strategy'],
      ['2026-Q2', 'S1', 'Strategy'],
      ['2026-Q3', 'T1', 'Tactic'],
    ];
    expect(supersedeRows(grid, '2026-Q3', Q3_TAKEN, 'Etc/UTC')).toEqual({
      column: 4,
      writeHeader: true,
      firstRow: 2,
      values: [[Q3_TAKEN], [''], [Q3_TAKEN]],
      rows: [2, 4],
    });
    expect(supersedeRows(grid, '2026-Q1', Q3_TAKEN, 'Etc/UTC')).toBeUndefined();
  });
});
