/**
 * Measures the pure core behind one QOQ_CHANGE call over a column of 10 000 IDs against a
 * Snapshot History of 200 000 rows: parse, index, then one lookup per ID. Also reports the
 * size of the cached index and the time to restore it. Prints figures; asserts nothing.
 */
import { cpuUsage } from 'node:process';
import { buildHistoryIndex, qoqChange } from '../src/domain/history/historyIndex';
import { parseHistory } from '../src/domain/history/historyRead';
import { HISTORY_HEADERS } from '../src/domain/history/historySchema';
import { buildHistoryView } from '../src/domain/history/historyView';
import { deserialiseIndex, serialiseIndex } from '../src/domain/history/indexCache';
import { buildSnapshotRows } from '../src/domain/history/snapshotRows';
import type { Strategy, Tactic } from '../src/domain/register/types';

const QUARTERS = 20;
const STRATEGIES = 2_500;
const TACTICS_PER_STRATEGY = 3;
const LOOKUPS = 10_000;

function strategyIn(n: number, q: number): Strategy {
  return {
    row: n + 2,
    id: `S${n + 1}`,
    statement: `Grow segment ${n % 97} revenue in region ${n % 13}`,
    metric: 'Revenue',
    unit: 'EUR',
    baseline: 100,
    target: 200 + (q > 10 && n % 5 === 0 ? 50 : 0),
    current: 100 + q * 5 + (n % 7),
    stakeholders: 'Sales operations',
    start: new Date(Date.UTC(2021, 0, 1)),
    due: new Date(Date.UTC(2026, 11, 31)),
    status: 'Active',
    confidence: 1 + ((n + q) % 10),
    lastReviewed: new Date(Date.UTC(2021, q * 3, 15)),
    learning: q % 4 === 0 ? `Quarter ${q}: pricing mattered more than reach.` : '',
    decision: null,
    parent: '',
    weight: null,
  };
}

function tacticIn(n: number, s: number, q: number): Tactic {
  return {
    row: n + 2,
    id: `T${n + 1}`,
    strategyId: `S${s + 1}`,
    statement: `Run campaign ${n}`,
    stakeholders: 'Account executives',
    owner: 'Regional lead',
    status: q > 15 && n % 9 === 0 ? 'Done' : 'In progress',
    indicator: 'Meetings',
    target: 40,
    actual: q * 2 + (n % 3),
    start: new Date(Date.UTC(2021, 0, 1)),
    due: new Date(Date.UTC(2026, 11, 31)),
    lastReviewed: new Date(Date.UTC(2021, q * 3, 20)),
    learning: '',
  };
}

function historyGrid(): unknown[][] {
  const grid: unknown[][] = [[...HISTORY_HEADERS]];
  for (let q = 0; q < QUARTERS; q += 1) {
    const label = `${2021 + Math.floor(q / 4)}-Q${(q % 4) + 1}`;
    const strategies = Array.from({ length: STRATEGIES }, (_, n) => strategyIn(n, q));
    const tactics = Array.from({ length: STRATEGIES * TACTICS_PER_STRATEGY }, (_, n) =>
      tacticIn(n, Math.floor(n / TACTICS_PER_STRATEGY), q),
    );
    const takenAt = new Date(Date.UTC(2021, q * 3 + 3, 0, 17));
    grid.push(...buildSnapshotRows(strategies, tactics, label, takenAt).rows);
  }
  return grid;
}

function cpuMilliseconds(run: () => void): number {
  const before = cpuUsage();
  run();
  const used = cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const grid = historyGrid();
const ids = Array.from({ length: LOOKUPS }, (_, n) =>
  n % 4 === 0 ? `S${((n / 4) % STRATEGIES) + 1}` : `T${(n % (STRATEGIES * TACTICS_PER_STRATEGY)) + 1}`,
);

let index = buildHistoryIndex(buildHistoryView([]));
const parseMs = cpuMilliseconds(() => {
  const parsed = parseHistory(grid, 'Etc/UTC');
  index = buildHistoryIndex(buildHistoryView(parsed.entries));
});
let answered = 0;
const lookupMs = cpuMilliseconds(() => {
  for (const id of ids) if (qoqChange(index, id, 'Current').ok) answered += 1;
});
let chunks: string[] = [];
const serialiseMs = cpuMilliseconds(() => {
  chunks = serialiseIndex(index, '1');
});
const restoreMs = cpuMilliseconds(() => {
  deserialiseIndex(chunks, '1');
});
const cachedMb = chunks.reduce((total, chunk) => total + chunk.length, 0) / 1_000_000;

console.log(`history rows: ${grid.length - 1}, IDs looked up: ${ids.length} (${answered} answered)`);
console.log(`parse + index: ${parseMs.toFixed(0)} ms CPU`);
console.log(`${ids.length} QOQ_CHANGE lookups: ${lookupMs.toFixed(1)} ms CPU`);
console.log(`total pure core per call: ${(parseMs + lookupMs).toFixed(0)} ms CPU`);
console.log(
  `cached index: ${cachedMb.toFixed(2)} MB in ${chunks.length} chunks (serialise ${serialiseMs.toFixed(0)} ms, restore ${restoreMs.toFixed(0)} ms)`,
);
