/**
 * Compares a Fidelity sheet downloaded from a real spreadsheet (File → Download → CSV) with
 * the values recorded for Sheets and with the emulator: what differs, and for each case that
 * Sheets answered otherwise, the `recorded` and `source` to put in its case.
 */
import { parse } from 'csv-parse/sync';
import { FIDELITY_CASES, MANUAL_CHECKS } from '../../src/fidelity/cases';
import { canonical, type FidelityCase, type Observed } from '../../src/fidelity/fidelityCase';
import type { FIDELITY_HEADERS } from '../../src/fidelity/fidelitySheet';
import type { CaseResult } from '../../src/fidelity/runCases';

export interface LiveRow {
  readonly id: string;
  /** The observed value as written to the sheet (canonical JSON, or a check's own text). */
  readonly observed: string;
  /** The run's time, from the Notes column (`run 2026-07-01T10:30`), when given. */
  readonly ranOn?: string;
}

/** The case rows of a downloaded Fidelity sheet. */
export function readFidelityCsv(text: string): LiveRow[] {
  const [header = [], ...rows] = parse(text, { relaxColumnCount: true }) as string[][];
  const at = (name: (typeof FIDELITY_HEADERS)[number]) => {
    const index = header.indexOf(name);
    if (index < 0) throw new Error(`The CSV has no "${name}" column: is it the Fidelity sheet?`);
    return index;
  };
  const [id, observed, notes] = [at('Case'), at('Observed'), at('Notes')];
  return rows
    .filter((row) => (row[id] ?? '') !== '')
    .map((row) => {
      const ranOn = /^run (\d{4}-\d{2}-\d{2})/.exec(row[notes] ?? '')?.[1];
      return { id: row[id] ?? '', observed: row[observed] ?? '', ...(ranOn ? { ranOn } : {}) };
    });
}

/** The observed text as a value: JSON where it parses, else the text itself. */
function asObserved(text: string): Observed {
  try {
    return JSON.parse(text) as Observed;
  } catch {
    return text;
  }
}

/** The report: one paragraph per case whose live value differs from the recorded one or the emulator's. */
export function compareReport(live: readonly LiveRow[], emulator: readonly CaseResult[], today: string): string {
  const emulatorById = new Map(emulator.map((result) => [result.id, canonical(result.observed)]));
  const casesById = new Map<string, FidelityCase>(
    FIDELITY_CASES.map((fidelityCase) => [fidelityCase.id, fidelityCase]),
  );
  const manualIds = new Set(MANUAL_CHECKS.map((check) => check.id));
  const lines: string[] = [];
  let same = 0;
  for (const row of live) {
    if (manualIds.has(row.id)) {
      if (row.observed !== '') lines.push(`${row.id} (by hand): observed ${row.observed}`);
      continue;
    }
    const fidelityCase = casesById.get(row.id);
    if (!fidelityCase) {
      lines.push(`${row.id}: no such case any more (renamed or removed); ignored.`);
      continue;
    }
    const observed = canonical(asObserved(row.observed));
    const recorded = canonical(fidelityCase.recorded);
    const onEmulator = emulatorById.get(row.id) ?? '(not run)';
    if (observed === recorded && observed === onEmulator) {
      same += 1;
      continue;
    }
    lines.push(`${row.id}: ${fidelityCase.behaviour}`);
    lines.push(`  Sheets:   ${observed}`);
    lines.push(`  recorded: ${recorded}${observed === recorded ? ' (the same)' : ''}`);
    lines.push(`  emulator: ${onEmulator}${observed === onEmulator ? ' (the same)' : ''}`);
    if (observed !== recorded) {
      lines.push(`  to record: recorded: ${observed}, source: { kind: 'observed', on: '${row.ranOn ?? today}' }`);
    }
  }
  const missing = FIDELITY_CASES.filter((fidelityCase) => !live.some((row) => row.id === fidelityCase.id));
  for (const fidelityCase of missing) lines.push(`${fidelityCase.id}: not in the CSV (a run older than the case).`);
  lines.unshift(
    `${same} of ${live.filter((row) => casesById.has(row.id)).length} cases: Sheets, the record and the emulator agree.`,
  );
  return lines.join('\n');
}
