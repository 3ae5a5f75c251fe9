import { execFileSync } from 'node:child_process';
import * as path from 'node:path';
import { quarterLabel, quarterOf } from '../../src/domain/quarter';

/**
 * A date cell read as text (a sentence, a text field, a snapshot row, the sidebar) is the
 * day the spreadsheet shows, in its own time zone: never the UTC day, never the day of the
 * zone the script runs in. Each pair runs the built add-on in a child process under `TZ`,
 * over a spreadsheet in a zone on the other side of UTC.
 */
const CHILD = path.resolve(__dirname, 'zonedDatesChild.js');

const PAIRS: readonly [processZone: string, processOffset: number, spreadsheetZone: string][] = [
  ['Asia/Tokyo', -540, 'America/Los_Angeles'],
  ['America/Los_Angeles', 420, 'Asia/Tokyo'],
  ['Pacific/Kiritimati', -840, 'Pacific/Pago_Pago'],
  ['Pacific/Pago_Pago', 660, 'Pacific/Kiritimati'],
];

function runUnder(processZone: string, spreadsheetZone: string): Record<string, unknown> {
  const output = execFileSync(process.execPath, [CHILD, spreadsheetZone], {
    env: { ...process.env, TZ: processZone },
    encoding: 'utf8',
  });
  return JSON.parse(output) as Record<string, unknown>;
}

describe.each(PAIRS)('the built add-on under TZ=%s (offset %d) on a spreadsheet in %s', (zone, offset, sheetZone) => {
  it('shows a date typed on 31 March 2026 as 2026-03-31 wherever it becomes text', () => {
    const current = quarterLabel(quarterOf(new Date(), sheetZone, 1));
    expect(runUnder(zone, sheetZone)).toEqual({
      processOffset: offset,
      metric: '2026-03-31',
      start: '2026-03-31',
      lastReviewed: '2025-03-31',
      findings: [
        'Strategy S1 is active but has no planned or in-progress tactic; add a tactic or change its status.',
        `Strategy S1 is active and was last reviewed on 2025-03-31, before the current quarter (${current}); review it this quarter and enter the date in Last reviewed.`,
        'Confidence of S1 (row 2) in Strategies is the date 2026-03-31, a date where a number belongs.',
      ],
      metricInHistory: '2026-03-31',
      snapshotValue: '2026-03-31',
      progressError: 'STRATEGY_PROGRESS: baseline is the date 2026-03-31, not a number.',
    });
  });
});
