/**
 * How the benchmark measures one operation: CPU time (process.cpuUsage, user + system,
 * median of several runs after a warm-up), service calls by method (the emulator's
 * counter), cells moved across the service boundary, and peak heap in a separate run.
 */
import { cpuUsage } from 'node:process';
import { getHeapStatistics } from 'node:v8';
import type { Emulator } from '../local/emulator';
import { RangeImpl } from '../local/emulator/range';
import { RangeListImpl } from '../local/emulator/rangeList';
import { SheetImpl } from '../local/emulator/sheet';

export const TIMED_RUNS = 5;

export interface RunCounts {
  readonly calls: Record<string, number>;
  readonly totalCalls: number;
  /** Reads of the spreadsheet after the operation's first write to it: each waits for the writes to be committed. */
  readonly readsAfterWrite: number;
  /** Cells whose values or formats crossed the service boundary (read or written). */
  readonly cells: number;
  readonly cellsByMethod: Record<string, number>;
}

export interface Measured extends RunCounts {
  /** Median CPU milliseconds of the timed runs. */
  readonly cpuMs: number;
  readonly cpuRunsMs: readonly number[];
  /** Highest heap in use during the heap run, above the heap after a full GC before it, in MB. */
  readonly peakHeapMb: number;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

export function cpuMs(run: () => void): number {
  const before = cpuUsage();
  run();
  const used = cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const collect = (globalThis as { gc?: () => void }).gc;

function heapUsed(): number {
  return getHeapStatistics().used_heap_size;
}

/** Forces a full collection when node runs with --expose-gc; a no-op otherwise. */
export function collectGarbage(): void {
  collect?.();
}

// ---- cells crossing the boundary -------------------------------------------------------

/** Range methods that move one value per cell of the range (a 2D array in or out). */
const PER_CELL_METHODS = [
  'getValues',
  'setValues',
  'getFormulas',
  'setFormulas',
  'getDisplayValues',
  'getNotes',
  'setNotes',
  'getNumberFormats',
  'setNumberFormats',
  'getBackgrounds',
  'setBackgrounds',
  'getFontColors',
  'setFontColors',
  'getFontWeights',
  'setFontWeights',
  'getFontStyles',
  'getHorizontalAlignments',
  'getVerticalAlignments',
  'getWraps',
  'setWraps',
  'getDataValidations',
  'setDataValidations',
] as const;

let cellsMoved = 0;
const cellsByMethod = new Map<string, number>();
let depth = 0;
let heapPeak = 0;
let sampleHeap = false;

/** Wraps a prototype method so an outermost call adds `cellsOf(...)` to the cell count. */
function countCells(
  prototype: Record<string, unknown>,
  name: string,
  cellsOf: (self: never, args: readonly unknown[]) => number,
): void {
  const original = prototype[name];
  if (typeof original !== 'function') return;
  prototype[name] = function (this: never, ...args: unknown[]) {
    // Emulator methods call each other; only the call the add-on made moves cells.
    if (depth === 0) {
      const cells = cellsOf(this, args);
      cellsMoved += cells;
      cellsByMethod.set(name, (cellsByMethod.get(name) ?? 0) + cells);
    }
    depth += 1;
    try {
      return original.apply(this, args);
    } finally {
      depth -= 1;
    }
  };
}

let installed = false;

/** Installs the cell counter on the emulator's Range and Sheet classes (once per process). */
export function installCellCounter(): void {
  if (installed) return;
  installed = true;
  const range = RangeImpl.prototype as unknown as Record<string, unknown>;
  const area = (self: RangeImpl) => self.numRows * self.numCols;
  for (const name of PER_CELL_METHODS) countCells(range, name, area);
  for (const name of Object.getOwnPropertyNames(RangeImpl.prototype).concat(
    Object.getOwnPropertyNames(Object.getPrototypeOf(RangeImpl.prototype)),
  )) {
    // A single value read or written (getValue, setValue, setBackground over a range…): one cell.
    if (/^(get|set)[A-Z]/.test(name) && !(PER_CELL_METHODS as readonly string[]).includes(name)) {
      if (/^(get(Row|Column|LastRow|LastColumn|NumRows|NumColumns|Height|Width|Sheet|Cell|A1Notation))$/.test(name))
        continue;
      countCells(range, name, () => 1);
    }
  }
  // A range list sends one format, colour, weight or note for each of its ranges.
  const list = RangeListImpl.prototype as unknown as Record<string, unknown>;
  for (const name of ['setNumberFormat', 'setBackground', 'setFontWeight', 'setNote']) {
    countCells(list, name, (self: RangeListImpl) => self.getRanges().length);
  }
  const sheet = SheetImpl.prototype as unknown as Record<string, unknown>;
  countCells(sheet, 'appendRow', (_self, args) => (Array.isArray(args[0]) ? args[0].length : 0));
  countCells(sheet, 'getSheetValues', (self: SheetImpl, args) => {
    // A count of -1 reads to the last row or column with content.
    const [row, column, rows, columns] = args.map(Number) as [number, number, number, number];
    const height = rows === -1 ? Math.max(0, self.getLastRow() - row + 1) : rows;
    const width = columns === -1 ? Math.max(0, self.getLastColumn() - column + 1) : columns;
    return height * width;
  });
}

/** Samples the heap at each service call while a heap run is on. */
function watchHeap(emulator: Emulator): void {
  const calls = emulator.calls as unknown as { record: (method: string) => void; __watched?: boolean };
  if (calls.__watched) return;
  calls.__watched = true;
  const record = calls.record.bind(calls);
  calls.record = (method: string) => {
    if (sampleHeap) heapPeak = Math.max(heapPeak, heapUsed());
    record(method);
  };
}

function resetCells(): void {
  cellsMoved = 0;
  cellsByMethod.clear();
}

function countsOf(emulator: Emulator): RunCounts {
  return {
    calls: emulator.calls.byMethod(),
    totalCalls: emulator.calls.total,
    readsAfterWrite: emulator.calls.readsAfterWrite,
    cells: cellsMoved,
    cellsByMethod: Object.fromEntries([...cellsByMethod.entries()].sort(([a], [b]) => a.localeCompare(b))),
  };
}

export interface Operation {
  /** The emulator whose counter the run's calls go to (read after `prepare`). */
  readonly emulator: () => Emulator;
  /** Brings the emulator to the state before the operation (untimed). */
  readonly prepare?: () => void;
  readonly run: () => void;
  /** Undoes what the run wrote, when runs would otherwise differ (untimed). */
  readonly restore?: () => void;
}

/** Fails loudly when a run showed the user an alert: an operation that failed has no timing worth keeping. */
function assertNoAlert(emulator: Emulator, alertsBefore: number): void {
  const alerts = emulator.ui.alerts;
  if (alerts.length > alertsBefore) {
    throw new Error(`The operation showed an alert instead of finishing: ${JSON.stringify(alerts[alerts.length - 1])}`);
  }
}

/**
 * Measures an operation: one warm-up run that samples the heap at every service call
 * (after a full GC), then `TIMED_RUNS` timed runs (median CPU); service calls and cells
 * are those of the last timed run, so they describe the steady state, not a first run
 * that creates sheets.
 */
export function measure(operation: Operation, runs = TIMED_RUNS): Measured {
  const once = (inner: (emulator: Emulator) => void) => {
    operation.prepare?.();
    const emulator = operation.emulator();
    watchHeap(emulator);
    const alertsBefore = emulator.ui.alerts.length;
    inner(emulator);
    assertNoAlert(emulator, alertsBefore);
    operation.restore?.();
  };
  let peakHeapMb = 0;
  once(() => {
    collectGarbage();
    const base = heapUsed();
    heapPeak = base;
    sampleHeap = true;
    try {
      operation.run();
    } finally {
      sampleHeap = false;
    }
    heapPeak = Math.max(heapPeak, heapUsed());
    peakHeapMb = (heapPeak - base) / 1_048_576;
  });
  let counts: RunCounts = { calls: {}, totalCalls: 0, readsAfterWrite: 0, cells: 0, cellsByMethod: {} };
  const cpuRunsMs: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    once((emulator) => {
      emulator.calls.reset();
      resetCells();
      cpuRunsMs.push(cpuMs(operation.run));
      counts = countsOf(emulator);
    });
  }
  return { ...counts, cpuMs: median(cpuRunsMs), cpuRunsMs, peakHeapMb };
}
