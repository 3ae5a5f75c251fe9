import {
  blockBefore,
  blockOf,
  entriesMatchBlock,
  type HistoryLedger,
  ledgerOfEntries,
  newestBlock,
  parseLedger,
  serialiseLedger,
  withBlock,
} from '../../../src/domain/history/historyLedger';
import { parseHistory } from '../../../src/domain/history/historyRead';
import { buildHistoryView } from '../../../src/domain/history/historyView';
import { historyGrid, Q2_TAKEN, Q3_TAKEN, strategy, tactic } from './fixtures';

const q2 = {
  quarter: '2026-Q2',
  takenAt: Q2_TAKEN,
  strategies: [strategy({ id: 'S1' }), strategy({ id: 'S2' })],
  tactics: [tactic({ id: 'T1', strategyId: 'S1' })],
};
const q3 = { ...q2, quarter: '2026-Q3', takenAt: Q3_TAKEN };

function ledgerOf(grid: unknown[][], version = '7'): HistoryLedger | undefined {
  const entries = parseHistory(grid, 'Etc/UTC').entries;
  return ledgerOfEntries(entries, buildHistoryView(entries), version, grid.length);
}

describe('the history ledger', () => {
  it('finds each quarter as one block of rows below the header', () => {
    expect(ledgerOf(historyGrid(q2, q3))).toEqual({
      version: '7',
      lastRow: 7,
      blocks: [
        { quarter: '2026-Q2', takenAt: Q2_TAKEN.getTime(), firstRow: 2, rows: 3 },
        { quarter: '2026-Q3', takenAt: Q3_TAKEN.getTime(), firstRow: 5, rows: 3 },
      ],
    });
  });

  it('lists only the replacing snapshot of a quarter taken twice', () => {
    const grid = historyGrid(q2, q3);
    const superseded = grid[0]?.indexOf('Superseded') ?? -1;
    for (const row of grid.slice(4)) row[superseded] = new Date('2026-10-02T00:00:00Z');
    grid.push(...historyGrid({ ...q3, takenAt: new Date('2026-10-02T00:00:00Z') }).slice(1));
    expect(ledgerOf(grid)?.blocks.at(-1)).toEqual({
      quarter: '2026-Q3',
      takenAt: new Date('2026-10-02T00:00:00Z').getTime(),
      firstRow: 8,
      rows: 3,
    });
  });

  it('keeps no ledger when a quarter is scattered, as in a history sorted by hand', () => {
    const [header = [], ...rows] = historyGrid(q2, q3);
    const sortedById = [header, ...rows.sort((a, b) => String(a[3]).localeCompare(String(b[3])))];
    expect(ledgerOf(sortedById)).toBeUndefined();
  });

  it('round-trips through its property text, and reads any other version or text as none', () => {
    const ledger = ledgerOf(historyGrid(q2, q3)) as HistoryLedger;
    const text = serialiseLedger(ledger) as string;
    expect(parseLedger(text, '7')).toEqual(ledger);
    expect(parseLedger(text, '8')).toBeUndefined();
    for (const bad of [null, '', '{', '[]', '{"v":"7","r":0,"b":[]}', '{"v":"7","r":3,"b":[["Q",null,"2",1]]}'])
      expect(parseLedger(bad, '7')).toBeUndefined();
  });

  it('is not kept when it outgrows a property value', () => {
    const blocks = Array.from({ length: 400 }, (_, i) => ({
      quarter: `${2000 + i}-Q1`,
      takenAt: 1_790_000_000_000 + i,
      firstRow: 2 + i * 60_000,
      rows: 60_000,
    }));
    expect(serialiseLedger({ version: '1790000000000', lastRow: 24_000_001, blocks })).toBeUndefined();
  });

  it('adds a new quarter or replaces a quarter taken again, in quarter order', () => {
    const ledger = ledgerOf(historyGrid(q2, q3)) as HistoryLedger;
    const q4 = { quarter: '2026-Q4', takenAt: 1, firstRow: 8, rows: 3 };
    expect(withBlock(ledger, q4, '9')).toEqual({ version: '9', lastRow: 10, blocks: [...ledger.blocks, q4] });
    const again = { quarter: '2026-Q2', takenAt: 2, firstRow: 8, rows: 4 };
    expect(withBlock(ledger, again, '9').blocks.map((b) => [b.quarter, b.firstRow])).toEqual([
      ['2026-Q2', 8],
      ['2026-Q3', 5],
    ]);
    expect([blockOf(ledger, '2026-Q3')?.firstRow, blockBefore(ledger, '2026-Q3')?.quarter]).toEqual([5, '2026-Q2']);
    expect([blockBefore(ledger, '2026-Q2'), newestBlock(ledger)?.quarter]).toEqual([undefined, '2026-Q3']);
  });

  it('accepts a block read back only when every row is still that snapshot', () => {
    const grid = historyGrid(q2, q3);
    const ledger = ledgerOf(grid) as HistoryLedger;
    const block = blockOf(ledger, '2026-Q3');
    if (!block) throw new Error('no block');
    const read = (rows: unknown[][]) => parseHistory([grid[0] ?? [], ...rows], 'Etc/UTC', block.firstRow).entries;
    expect(entriesMatchBlock(read(grid.slice(4, 7)), block)).toBe(true);
    // Sheets may keep a date-time to the second.
    const rounded = grid
      .slice(4, 7)
      .map((row) => row.map((cell) => (cell === Q3_TAKEN ? new Date(Q3_TAKEN.getTime() + 400) : cell)));
    expect(entriesMatchBlock(read(rounded), block)).toBe(true);
    expect(entriesMatchBlock(read(grid.slice(1, 4)), block)).toBe(false);
    expect(entriesMatchBlock(read(grid.slice(4, 6)), block)).toBe(false);
    const edited = grid.slice(4, 7).map((row) => [...row]);
    (edited[1] as unknown[])[0] = '2026-Q1';
    expect(entriesMatchBlock(read(edited), block)).toBe(false);
  });
});
