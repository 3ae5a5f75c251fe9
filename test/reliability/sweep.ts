import type { LoadedAddon } from '../../local/appsScriptRuntime';
import type { WorkbookData } from '../../local/emulator';

/** What one run of an operation did while the emulator failed service call `k`. */
export interface FaultRun {
  readonly k: number;
  /** The service method the fault hit (`Range.setValues`). */
  readonly method: string;
  /** The operation's return value, or the error it threw. */
  readonly outcome:
    | { readonly threw: false; readonly value: unknown }
    | { readonly threw: true; readonly error: Error };
  /** Dialogs opened during the run (menu items report failures there). */
  readonly dialogs: readonly string[];
}

/**
 * Runs `operation` once per service call index k = 1, 2, … from the same saved workbook,
 * failing call k, until a run makes fewer than k calls (the fault never hit). Each run that
 * met its fault is handed to `inspect`. Returns how many faults were injected.
 */
export function sweepFaults(
  addon: LoadedAddon,
  saved: WorkbookData,
  operation: () => unknown,
  inspect: (run: FaultRun) => void,
): number {
  const { calls, ui } = addon.emulator;
  for (let k = 1; ; k += 1) {
    addon.emulator.importWorkbook(saved);
    const dialogsBefore = ui.dialogs.length;
    const logBefore = addon.consoleLog.length;
    calls.reset();
    calls.failAt(k);
    let outcome: FaultRun['outcome'];
    try {
      outcome = { threw: false, value: operation() };
    } catch (error) {
      outcome = { threw: true, error: error as Error };
    }
    if (calls.total < k) {
      addon.emulator.importWorkbook(saved);
      return k - 1;
    }
    const dialogs = ui.dialogs.slice(dialogsBefore).map((dialog) => dialog.message);
    const said = [
      outcome.threw ? outcome.error.message : JSON.stringify(outcome.value),
      ...dialogs,
      ...addon.consoleLog.slice(logBefore),
    ];
    // Whatever the fault, the user is told in a sentence, never shown an internal error.
    const told = [outcome.threw ? outcome.error.message : messageOf(outcome.value), ...dialogs];
    expect(told.flatMap((sentence) => (sentence === undefined ? [] : internalLeaks(sentence)))).toEqual([]);
    inspect({ k, method: failedMethod(said, k), outcome, dialogs });
  }
}

function messageOf(value: unknown): string | undefined {
  const message = (value as { message?: unknown } | null | undefined)?.message;
  return typeof message === 'string' ? message : undefined;
}

/** The method named by the injected error in whatever the run said or logged ('' when nothing named it). */
function failedMethod(said: readonly (string | undefined)[], k: number): string {
  const marker = `(injected at call ${k}): `;
  const line = said.find((entry) => entry?.includes(marker));
  return line ? (line.slice(line.indexOf(marker) + marker.length).match(/^[\w.]+/)?.[0] ?? '') : '';
}

/** Words that would mean a user saw an internal error instead of a sentence. */
const INTERNAL = [
  'TypeError',
  'ReferenceError',
  'RangeError',
  'SyntaxError',
  'undefined',
  'Cannot read',
  'not emulated',
];
// A stack frame: "at fn (file.js:12:5)" or "at file.js:12:5".
const STACK_FRAME = /\bat (?:\S+ \()?[^\s()]+:\d+:\d+\)?/;

/** The reasons a message shown to a user is not a plain sentence; [] when it is. */
export function internalLeaks(message: string): string[] {
  const leaks = INTERNAL.filter((word) => message.includes(word));
  if (STACK_FRAME.test(message)) leaks.push('a stack frame');
  if (message.trim() === '') leaks.push('an empty message');
  return leaks;
}

/** The cells of some sheets (values, formulas, notes); a missing sheet is absent. */
export function cellsOf(addon: LoadedAddon, sheets: readonly string[]): Record<string, unknown> {
  const all = addon.emulator.cellsSnapshot() as Record<string, unknown>;
  return Object.fromEntries(sheets.filter((name) => name in all).map((name) => [name, all[name]]));
}
