/**
 * `npm run fidelity:compare` on a Fidelity sheet downloaded as CSV: the sheet here is the one
 * the development bundle writes on the emulator, with one answer changed as Sheets might.
 */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { runCasesOnEmulator } from '../../local/fidelityOnEmulator';
import { compareReport, readFidelityCsv } from '../../scripts/fidelity/compareCsv';
import { FIDELITY_CASES, MANUAL_CHECKS } from '../../src/fidelity/cases';
import { canonical } from '../../src/fidelity/fidelityCase';
import { fidelityRows } from '../../src/fidelity/fidelitySheet';

const ROOT = path.resolve(__dirname, '../..');

/** The sheet as Sheets' CSV download writes it: every field quoted when it must be. */
function csvOf(rows: readonly (readonly string[])[]): string {
  const field = (text: string) => (/[",\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
  return `${rows.map((row) => row.map(field).join(',')).join('\r\n')}\r\n`;
}

function downloadedSheet(change: (id: string, observed: string) => string): string {
  const results = runCasesOnEmulator(FIDELITY_CASES);
  const rows = fidelityRows(FIDELITY_CASES, results, MANUAL_CHECKS, () => '', '2026-07-01T10:30');
  return csvOf(
    rows.map((row, index) =>
      index === 0
        ? row
        : [row[0] ?? '', row[1] ?? '', row[2] ?? '', change(row[0] ?? '', row[3] ?? ''), ...row.slice(4)],
    ),
  );
}

const SHEETS_SAYS = { value: '=1+1', formula: '', format: 'General', note: 'as Sheets might' };

it('reads every case and check of the sheet back', () => {
  const live = readFidelityCsv(downloadedSheet((_, observed) => observed));
  expect(live.map((row) => row.id)).toEqual([...FIDELITY_CASES, ...MANUAL_CHECKS].map((item) => item.id));
  expect(live[0]?.ranOn).toBe('2026-07-01');
});

it('says all agree when Sheets answered as recorded', () => {
  const live = readFidelityCsv(downloadedSheet((_, observed) => observed));
  const report = compareReport(live, runCasesOnEmulator(FIDELITY_CASES), '2026-07-02');
  expect(report).toBe(
    `${FIDELITY_CASES.length} of ${FIDELITY_CASES.length} cases: Sheets, the record and the emulator agree.`,
  );
});

it('prints a case Sheets answered otherwise, beside the record and the emulator, with what to record', () => {
  const text = downloadedSheet((id, observed) => (id === 'plain-text-formula' ? canonical(SHEETS_SAYS) : observed));
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'fidelity-')), 'Fidelity.csv');
  fs.writeFileSync(file, text);
  const printed = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/fidelity/compare.ts', file], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  expect(printed.split('\n').slice(0, 6)).toEqual([
    `${FIDELITY_CASES.length - 1} of ${FIDELITY_CASES.length} cases: Sheets, the record and the emulator agree.`,
    'plain-text-formula: `setValues` of `=1+1` into a cell formatted `@`',
    `  Sheets:   ${canonical(SHEETS_SAYS)}`,
    '  recorded: {"format":"@","formula":"","value":"=1+1"}',
    '  emulator: {"format":"@","formula":"","value":"=1+1"}',
    `  to record: recorded: ${canonical(SHEETS_SAYS)}, source: { kind: 'observed', on: '2026-07-01' }`,
  ]);
});
