import { execFileSync } from 'node:child_process';
import * as path from 'node:path';

/**
 * The quarter maths must not depend on the zone the code runs in (Apps Script servers,
 * CI machines and laptops all differ), so the built FISCAL_QUARTER is run in child
 * processes under several TZ values and must agree everywhere.
 */
const CHILD = path.resolve(__dirname, '../bundle/fiscalQuarterChild.js');
// Each zone with its offset on 1 January as Date#getTimezoneOffset gives it, to prove the child ran under it.
const PROCESS_ZONES: readonly [zone: string, januaryOffset: number][] = [
  ['Pacific/Kiritimati', -840],
  ['America/Los_Angeles', 480],
  ['Asia/Kolkata', -330],
];

interface Case {
  readonly zone: string;
  readonly date: string | readonly [number, number, number];
  readonly startMonth: number;
  readonly label: string;
}

// Instants at and just before local midnight on a quarter's first day, read in the spreadsheet zone.
const CASES: readonly Case[] = [
  { zone: 'Pacific/Auckland', date: '2026-06-30T12:00:00.000Z', startMonth: 1, label: '2026-Q3' },
  { zone: 'Pacific/Auckland', date: '2026-06-30T11:59:59.999Z', startMonth: 1, label: '2026-Q2' },
  { zone: 'America/Los_Angeles', date: '2026-10-01T07:00:00.000Z', startMonth: 1, label: '2026-Q4' },
  { zone: 'America/Los_Angeles', date: '2026-10-01T06:59:59.999Z', startMonth: 1, label: '2026-Q3' },
  { zone: 'America/St_Johns', date: '2027-01-01T03:30:00.000Z', startMonth: 1, label: '2027-Q1' },
  { zone: 'Asia/Kolkata', date: '2026-06-30T18:30:00.000Z', startMonth: 7, label: 'FY2027-Q1' },
  { zone: 'Asia/Kolkata', date: '2026-06-30T18:29:59.999Z', startMonth: 7, label: 'FY2026-Q4' },
  { zone: 'Etc/UTC', date: '2026-02-01T00:00:00.000Z', startMonth: 2, label: 'FY2027-Q1' },
  { zone: 'Etc/UTC', date: '2026-11-30T23:59:59.999Z', startMonth: 12, label: 'FY2026-Q4' },
  { zone: 'Australia/Sydney', date: '2023-09-30T14:00:00.000Z', startMonth: 1, label: '2023-Q4' },
];

function runUnder(processZone: string, cases: readonly Omit<Case, 'label'>[]) {
  const output = execFileSync(process.execPath, [CHILD, JSON.stringify(cases)], {
    env: { ...process.env, TZ: processZone },
    encoding: 'utf8',
  });
  return JSON.parse(output) as { januaryOffset: number; labels: string[] };
}

describe.each(PROCESS_ZONES)(
  'the built FISCAL_QUARTER in a process running under TZ=%s',
  (processZone, januaryOffset) => {
    it('labels quarter edges by the spreadsheet zone alone', () => {
      const result = runUnder(processZone, CASES);
      expect(result.januaryOffset).toBe(januaryOffset);
      expect(result.labels).toEqual(CASES.map((c) => c.label));
    });

    it('puts a date typed as local midnight on 1 July into Q3 when the spreadsheet shares the process zone', () => {
      const cases = [
        { zone: processZone, date: [2026, 6, 1] as const, startMonth: 1 },
        { zone: processZone, date: [2026, 5, 30] as const, startMonth: 1 },
        { zone: processZone, date: [2026, 6, 1] as const, startMonth: 7 },
      ];
      expect(runUnder(processZone, cases).labels).toEqual(['2026-Q3', '2026-Q2', 'FY2027-Q1']);
    });
  },
);
