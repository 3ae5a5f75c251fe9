import type { LoadedAddon } from '../../local/appsScriptRuntime';
import { HISTORY_HEADERS } from '../../src/domain/history/historySchema';
import { buildSnapshotRows } from '../../src/domain/history/snapshotRows';
import type { Strategy, Tactic } from '../../src/domain/register/types';
import { addonWithRegister, MORE_PROSPECTS, WIN_RATE } from './fixtures/register';

const QUARTERS = ['2024-Q3', '2024-Q4', '2025-Q1', '2025-Q2', '2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2'];

function strategyRecord(index: number): Strategy {
  return {
    row: index + 2,
    id: `S${index + 1}`,
    statement: `Raise win rate in region ${index + 1}`,
    metric: 'Win rate',
    unit: '%',
    baseline: 0.2,
    target: 0.25,
    current: 0.21,
    stakeholders: 'Account executives',
    start: null,
    due: null,
    status: 'Active',
    confidence: 7,
    lastReviewed: null,
    learning: '',
    decision: null,
    parent: '',
    weight: null,
  };
}

function tacticRecord(index: number, strategies: number): Tactic {
  return {
    row: index + 2,
    id: `T${index + 1}`,
    strategyId: `S${(index % strategies) + 1}`,
    statement: 'Meet more prospects',
    stakeholders: '',
    owner: 'Jane Smith',
    status: 'In progress',
    indicator: '',
    target: 25,
    actual: 20,
    start: null,
    due: null,
    lastReviewed: null,
    learning: '',
  };
}

/** A register of `strategies` × 5 tactics with eight quarters of history behind it. */
function registerWithHistory(strategies: number): LoadedAddon {
  const addon = addonWithRegister(
    Array.from({ length: strategies }, (_, i) => ({
      ...WIN_RATE,
      ID: `S${i + 1}`,
      Strategy: `Raise win rate in region ${i + 1}`,
    })),
    Array.from({ length: strategies * 5 }, (_, i) => ({
      ...MORE_PROSPECTS,
      ID: `T${i + 1}`,
      'Strategy ID': `S${(i % strategies) + 1}`,
    })),
  );
  const records = Array.from({ length: strategies }, (_, i) => strategyRecord(i));
  const tactics = Array.from({ length: strategies * 5 }, (_, i) => tacticRecord(i, strategies));
  const rows: unknown[][] = [[...HISTORY_HEADERS]];
  for (const quarter of QUARTERS) {
    for (const row of buildSnapshotRows(records, tactics, quarter, new Date(`${quarter.slice(0, 4)}-06-30T12:00:00Z`))
      .rows)
      rows.push(row);
  }
  addon.emulator.seedSheet('Snapshot History', rows, { raw: true });
  addon.emulator.calls.reset();
  return addon;
}

function snapshotCalls(addon: LoadedAddon, quarter: string): Record<string, number> {
  addon.emulator.calls.reset();
  const result = addon.call('takeSnapshotNow', quarter, false) as { ok: boolean; message: string };
  expect(result.ok).toBe(true);
  return addon.emulator.calls.byMethod();
}

describe('snapshot + variance service calls do not grow with the register or its history', () => {
  it('are the same for 200 strategies and for 10 000 strategies, 50 000 tactics and 8 quarters of history', () => {
    const small = registerWithHistory(200);
    const large = registerWithHistory(10_000);
    // The first snapshot reads a history written without the add-on whole, then keeps its ledger and digest.
    expect(snapshotCalls(large, '2026-Q3')).toEqual(snapshotCalls(small, '2026-Q3'));
    expect(large.emulator.calls.total).toBeLessThan(230);
    // The next one reads only the previous quarter's block and the digest.
    expect(snapshotCalls(large, '2026-Q4')).toEqual(snapshotCalls(small, '2026-Q4'));
    // About 210 calls in all: reads, one append, protection, the digest, and the variance sheet's
    // writes, which follow its columns (a number-format run or a colour span each), never its rows.
    expect(large.emulator.calls.total).toBeLessThan(220);
    expect(large.emulator.readValues('Snapshot History')).toHaveLength(1 + 10 * 60_000);
  });
});
