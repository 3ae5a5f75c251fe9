import type { SheetSeed } from '../../local/preview/sheetAccess';
import { STRATEGY_HEADERS, TACTIC_HEADERS } from '../../src/domain/register/schema';

/** Sheets the preview tests start from, each built for what one test shows. */

type Row = Record<string, unknown>;

function sheetOf(name: string, headers: readonly string[], rows: readonly Row[]): SheetSeed {
  return { name, frozenRows: 1, values: [[...headers], ...rows.map((row) => headers.map((h) => row[h] ?? ''))] };
}

/**
 * A register whose only finding is S2 reading like a tactic: everything is reviewed today,
 * so no review is overdue whatever day the test runs.
 */
export function registerWithOneFinding(today = new Date()): SheetSeed[] {
  const reviewed = { 'Last reviewed': today, Status: 'Active' };
  return [
    sheetOf('Strategies', STRATEGY_HEADERS, [
      {
        ...reviewed,
        ID: 'S1',
        Strategy: 'Raise win rate from 20% to 25%',
        Metric: 'Win rate',
        Unit: '%',
        Baseline: 0.2,
        Target: 0.25,
        Current: 0.22,
        Stakeholders: 'Account executives',
        Confidence: 7,
      },
      { ...reviewed, ID: 'S2', Strategy: 'Implement a CRM', Stakeholders: 'Sales ops', Confidence: 5 },
    ]),
    sheetOf('Tactics', TACTIC_HEADERS, [
      { ...reviewed, ID: 'T1', 'Strategy ID': 'S1', Tactic: 'Mutual action plans', Status: 'In progress' },
      { ...reviewed, ID: 'T2', 'Strategy ID': 'S2', Tactic: 'Choose a CRM vendor', Status: 'In progress' },
    ]),
  ];
}

/** One sheet of `rows` data rows under a frozen header: `Item 1`, `Item 2`… in column A. */
export function longSheet(rows: number, columns = 3): SheetSeed {
  const header = Array.from({ length: columns }, (_, c) => (c === 0 ? 'Item' : `Column ${c + 1}`));
  const body = Array.from({ length: rows }, (_, r) =>
    Array.from({ length: columns }, (_, c) => (c === 0 ? `Item ${r + 1}` : (r + 1) * (c + 1))),
  );
  return { name: 'Pipeline', frozenRows: 1, values: [header, ...body] };
}
