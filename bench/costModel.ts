/**
 * An ESTIMATE of Apps Script time from counts the emulator measures. Two figures come
 * from Google's Apps Script best-practices page, which times one script two ways on a
 * 100 × 100 grid (10 000 cells): one service call per cell ≈ 70 s, one batched call ≈ 1 s.
 */
export const BEST_PRACTICES_URL = 'https://developers.google.com/apps-script/guides/support/best-practices';
/** A copy of the Stack Overflow answer to "What is faster: ScriptDb or SpreadsheetApp?". */
export const MEASURED_BATCH_URL =
  'https://ruby-bash.developreference.com/article/29263774/What+is+faster+ScriptDb+or+SpreadsheetApp';

const GRID_CELLS = 100 * 100;
/** 70 s spread over 10 000 per-cell calls. */
export const MS_PER_CALL = 70_000 / GRID_CELLS;
/** What is left of the batched 1 s after its one call, per cell: an upper bound (it includes the script's start). */
export const MS_PER_CELL = (1_000 - MS_PER_CALL) / GRID_CELLS;
/** A user's measurement: one setValues of 4 000 cells in under 50 ms. */
export const MS_PER_CELL_MEASURED = 50 / 4_000;

export interface CostInputs {
  readonly totalCalls: number;
  readonly cells: number;
  /** CPU of the run on the emulator, counted 1:1 as the script's own compute. */
  readonly cpuMs: number;
}

/** Estimated seconds: calls × per-call latency + cells × per-cell cost + the run's CPU. */
export function estimateSeconds(run: CostInputs, msPerCell = MS_PER_CELL): number {
  return (run.totalCalls * MS_PER_CALL + run.cells * msPerCell + run.cpuMs) / 1_000;
}

export function costModelText(): string[] {
  return [
    '**Estimated Apps Script time — a model, not a measurement.**',
    `est = calls × ${MS_PER_CALL.toFixed(1)} ms + cells × ${MS_PER_CELL.toFixed(4)} ms + CPU on the emulator.`,
    `- Per call ${MS_PER_CALL.toFixed(1)} ms: Google's best-practices page (${BEST_PRACTICES_URL}) sets the background of each cell of a 100×100 grid with one call per cell and reports ≈ 70 s; 70 s / 10 000 calls.`,
    `- Per cell ${MS_PER_CELL.toFixed(4)} ms: the same page's batched version (one setBackgrounds of 10 000 cells) takes ≈ 1 s; (1 s − one call) / 10 000 cells. An UPPER bound: that second also holds the script's start and colour maths.`,
    `- Column "est. (measured cell)" uses ${MS_PER_CELL_MEASURED} ms per cell instead: a user's timing of one 4 000-cell setValues in < 50 ms (${MEASURED_BATCH_URL}). Also an upper bound ("under 50 ms"), and the tighter one; the promises are judged on it, and shown on both.`,
    '- "Cells" counts every value or format crossing the service boundary (each cell of a getValues/setValues/setNumberFormats/setBackgrounds/setNotes…, 1 for a single-value call, the row for appendRow).',
    "- CPU on the emulator is counted 1:1 as the script's compute; it includes the emulator's own work, so it overstates the add-on's.",
  ];
}
