import type { AppsScript, FidelityCase } from '../src/fidelity/fidelityCase';
import { PROBE_FUNCTION, probe } from '../src/fidelity/probe';
import { type CaseResult, runCases } from '../src/fidelity/runCases';
import { createEmulator, type EmulatorOptions } from './emulator';

/** The time zone the cases run in here: one with summer time, so dates are observed in it. */
export const FIDELITY_TIME_ZONE = 'Europe/Berlin';

/**
 * Runs fidelity cases on a fresh emulator, as the development bundle runs them in Sheets,
 * with the probe formula served as a custom function.
 */
export function runCasesOnEmulator(cases: readonly FidelityCase[], options: EmulatorOptions = {}): CaseResult[] {
  const emulator = createEmulator({ timeZone: FIDELITY_TIME_ZONE, ...options });
  const apps = emulator.globals as unknown as AppsScript;
  emulator.adoptRealm({ [PROBE_FUNCTION]: (question: string, input?: unknown) => probe(apps, question, input) });
  return runCases(apps, cases);
}
