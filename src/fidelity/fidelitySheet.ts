import { rewriteReportSheet } from '../sheets/reportSheet';
import { canonical, type FidelityCase, type ManualCheck, type Provenance } from './fidelityCase';
import type { CaseResult } from './runCases';

/**
 * The `Fidelity` sheet: one row per case with the value recorded for Sheets, the value this
 * run observed and PASS or FAIL, then the checks done by hand. Downloaded as CSV, it is what
 * `npm run fidelity:compare` reads.
 */
export const FIDELITY_SHEET = 'Fidelity';

export const FIDELITY_HEADERS = ['Case', 'Behaviour', 'Recorded', 'Observed', 'Result', 'Source', 'Notes'] as const;

export const RESULT = { pass: 'PASS', fail: 'FAIL', byHand: 'BY HAND' } as const;

/** A source in a few words, for a cell. */
export function sourceText(source: Provenance): string {
  if (source.kind === 'documented') return `documented: ${source.url}`;
  if (source.kind === 'observed') return `observed in Sheets on ${source.on}`;
  return source.note ? `assumed (${source.note})` : 'assumed';
}

/** The rows of the sheet, header first; `seenByHand` gives what a check done by hand shows now. */
export function fidelityRows(
  cases: readonly FidelityCase[],
  results: readonly CaseResult[],
  manual: readonly ManualCheck[],
  seenByHand: (check: ManualCheck) => string,
  ranAt: string,
): string[][] {
  const byId = new Map(results.map((result) => [result.id, result]));
  const caseRows = cases.map((fidelityCase) => {
    const result = byId.get(fidelityCase.id);
    return [
      fidelityCase.id,
      fidelityCase.behaviour,
      canonical(fidelityCase.recorded),
      result ? canonical(result.observed) : '',
      result?.matches ? RESULT.pass : RESULT.fail,
      sourceText(fidelityCase.source),
      `run ${ranAt}`,
    ];
  });
  const manualRows = manual.map((check) => [
    check.id,
    check.behaviour,
    check.expected,
    seenByHand(check),
    RESULT.byHand,
    sourceText(check.source),
    check.steps.map((step, index) => `${index + 1}. ${step}`).join(' '),
  ]);
  return [[...FIDELITY_HEADERS], ...caseRows, ...manualRows];
}

/** Rewrites the Fidelity sheet with `rows` in one write. */
export function writeFidelitySheet(spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet, rows: string[][]): void {
  rewriteReportSheet(spreadsheet, FIDELITY_SHEET, rows);
}
