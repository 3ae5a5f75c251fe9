import fc from 'fast-check';
import { RegisterError } from '../../src/domain/errors';
import {
  compareQuarters,
  dateFromSerial,
  nextQuarter,
  parseQuarterLabel,
  previousQuarter,
  type Quarter,
  quarterLabel,
  quarterOf,
  quarterStart,
  zonedDateParts,
} from '../../src/domain/quarter';
import { checkProperty } from '../checkProperty';

/** The instant one millisecond before another, given as ISO text. */
function justBefore(iso: string): Date {
  return new Date(new Date(iso).getTime() - 1);
}

function quarter(fiscalYear: number, q: Quarter['quarter'], fiscalYearStartMonth = 1): Quarter {
  return { fiscalYear, quarter: q, fiscalYearStartMonth };
}

// Each row: a zone, the UTC instant of local midnight on a quarter's first day, that quarter, and the one before.
const MIDNIGHT_EDGES: readonly [zone: string, midnightUtc: string, starts: string, before: string][] = [
  ['Pacific/Auckland', '2026-06-30T12:00:00Z', '2026-Q3', '2026-Q2'], // NZST +12
  ['Pacific/Auckland', '2026-03-31T11:00:00Z', '2026-Q2', '2026-Q1'], // still NZDT +13
  ['Pacific/Auckland', '2026-12-31T11:00:00Z', '2027-Q1', '2026-Q4'],
  ['Pacific/Kiritimati', '2026-09-30T10:00:00Z', '2026-Q4', '2026-Q3'], // +14, the zone furthest ahead
  ['Asia/Kolkata', '2026-09-30T18:30:00Z', '2026-Q4', '2026-Q3'], // +5:30
  ['America/Los_Angeles', '2026-07-01T07:00:00Z', '2026-Q3', '2026-Q2'], // PDT −7
  ['America/Los_Angeles', '2026-01-01T08:00:00Z', '2026-Q1', '2025-Q4'], // PST −8
  ['America/St_Johns', '2026-10-01T02:30:00Z', '2026-Q4', '2026-Q3'], // NDT −2:30
  ['America/St_Johns', '2026-01-01T03:30:00Z', '2026-Q1', '2025-Q4'], // NST −3:30
  ['Pacific/Pago_Pago', '2026-04-01T11:00:00Z', '2026-Q2', '2026-Q1'], // −11, the zone furthest behind
  ['Etc/UTC', '2026-04-01T00:00:00Z', '2026-Q2', '2026-Q1'],
  ['Australia/Sydney', '2023-09-30T14:00:00Z', '2023-Q4', '2023-Q3'], // clocks go forward at 2:00 that day
  ['Australia/Sydney', '2029-03-31T13:00:00Z', '2029-Q2', '2029-Q1'], // clocks go back at 3:00 that day
];

describe('quarterOf at local midnight', () => {
  it.each(MIDNIGHT_EDGES)('in %s, %s is the first instant of %s', (zone, midnightUtc, starts, before) => {
    expect(quarterLabel(quarterOf(new Date(midnightUtc), zone, 1))).toBe(starts);
    expect(quarterLabel(quarterOf(justBefore(midnightUtc), zone, 1))).toBe(before);
  });

  it.each(MIDNIGHT_EDGES)('in %s, quarterStart gives %s back for %s', (zone, midnightUtc, starts) => {
    const parsed = parseQuarterLabel(starts, 1) as Quarter;
    expect(quarterStart(parsed, zone).toISOString()).toBe(new Date(midnightUtc).toISOString());
  });
});

describe('quarterStart on days whose midnight is skipped or repeated', () => {
  it('starts a quarter at 01:00 when the clocks jump from midnight to 01:00 (Asunción, 1 October 2023)', () => {
    expect(quarterStart(quarter(2023, 4), 'America/Asuncion').toISOString()).toBe('2023-10-01T04:00:00.000Z');
    expect(quarterLabel(quarterOf(new Date('2023-10-01T03:59:59.999Z'), 'America/Asuncion', 1))).toBe('2023-Q3');
  });

  it('starts a fiscal quarter on a repeated-hour day at its one midnight (Santiago, 5 April 2026 ends DST at 24:00 the day before)', () => {
    // A fiscal year starting in April makes 1 April the edge; the DST change on the 5th leaves it alone.
    expect(quarterStart(quarter(2027, 1, 4), 'America/Santiago').toISOString()).toBe('2026-04-01T03:00:00.000Z');
  });
});

// Each row: a start month, a calendar day (read in UTC), the label it falls in.
const FISCAL_YEARS: readonly [startMonth: number, day: string, label: string][] = [
  [1, '2026-01-01', '2026-Q1'],
  [1, '2026-12-31', '2026-Q4'],
  [2, '2026-01-31', 'FY2026-Q4'],
  [2, '2026-02-01', 'FY2027-Q1'],
  [2, '2026-05-01', 'FY2027-Q2'],
  [2, '2027-01-15', 'FY2027-Q4'],
  [7, '2026-06-30', 'FY2026-Q4'],
  [7, '2026-07-01', 'FY2027-Q1'],
  [7, '2026-10-01', 'FY2027-Q2'],
  [7, '2027-01-01', 'FY2027-Q3'],
  [7, '2027-04-01', 'FY2027-Q4'],
  [12, '2026-11-30', 'FY2026-Q4'],
  [12, '2026-12-01', 'FY2027-Q1'],
  [12, '2027-02-28', 'FY2027-Q1'],
  [12, '2027-03-01', 'FY2027-Q2'],
  [12, '2027-11-30', 'FY2027-Q4'],
];

describe('fiscal years starting after January', () => {
  it.each(FISCAL_YEARS)('with the year starting in month %i, %s is in %s', (startMonth, day, label) => {
    expect(quarterLabel(quarterOf(new Date(`${day}T00:00:00Z`), 'Etc/UTC', startMonth))).toBe(label);
  });

  it.each(FISCAL_YEARS)(
    'with the year starting in month %i, the quarter of %s starts on or before it',
    (startMonth, day, label) => {
      const q = parseQuarterLabel(label, startMonth) as Quarter;
      const start = quarterStart(q, 'Etc/UTC');
      expect(start.getTime()).toBeLessThanOrEqual(new Date(`${day}T00:00:00Z`).getTime());
      expect(quarterStart(nextQuarter(q), 'Etc/UTC').getTime()).toBeGreaterThan(new Date(`${day}T00:00:00Z`).getTime());
    },
  );

  it('names the first quarter of a July-start year after the June it ends in', () => {
    expect(quarterStart(quarter(2027, 1, 7), 'Etc/UTC').toISOString()).toBe('2026-07-01T00:00:00.000Z');
    expect(quarterStart(quarter(2027, 4, 7), 'Etc/UTC').toISOString()).toBe('2027-04-01T00:00:00.000Z');
  });

  it('refuses a start month outside 1–12 with a sentence', () => {
    expect(() => quarterOf(new Date(0), 'Etc/UTC', 13)).toThrow(
      'The fiscal year start month must be a whole number from 1 (January) to 12 (December), not 13.',
    );
    expect(() => quarterOf(new Date(0), 'Etc/UTC', 6.5)).toThrow(RegisterError);
  });
});

describe('Sheets date serial numbers', () => {
  it.each([
    [45658, 'Etc/UTC', '2025-01-01T00:00:00.000Z'],
    [46204, 'Pacific/Auckland', '2026-06-30T12:00:00.000Z'],
    [46204.75, 'America/Los_Angeles', '2026-07-02T01:00:00.000Z'],
    [46204.5, 'Asia/Kolkata', '2026-07-01T06:30:00.000Z'],
    [0, 'Etc/UTC', '1899-12-30T00:00:00.000Z'],
    [-1, 'Etc/UTC', '1899-12-29T00:00:00.000Z'],
  ])('reads serial %d in %s as %s', (serial, zone, iso) => {
    expect(dateFromSerial(serial, zone).toISOString()).toBe(iso);
  });

  it('keeps the calendar day of a serial in the spreadsheet zone, whatever the zone', () => {
    for (const zone of ['Pacific/Kiritimati', 'Pacific/Pago_Pago', 'America/St_Johns', 'Asia/Kolkata']) {
      expect(zonedDateParts(dateFromSerial(46204, zone), zone)).toEqual({ year: 2026, month: 7, day: 1 });
      expect(quarterLabel(quarterOf(dateFromSerial(46203.999, zone), zone, 1))).toBe('2026-Q2');
    }
  });
});

describe('time zone names', () => {
  it('refuses an unknown zone with a sentence naming it', () => {
    expect(() => quarterOf(new Date(0), 'Mars/Olympus_Mons', 1)).toThrow(
      'The time zone "Mars/Olympus_Mons" is not a known IANA time zone such as "Europe/London"; check File > Settings > Time zone.',
    );
    expect(() => dateFromSerial(1, 'nowhere')).toThrow(RegisterError);
  });
});

describe('quarter labels', () => {
  it.each([
    ['2026-Q3', 1, quarter(2026, 3)],
    ['2026 q3', 1, quarter(2026, 3)],
    ['  2026-Q3  ', 1, quarter(2026, 3)],
    ['Q3 2026', 1, quarter(2026, 3)],
    ['FY2026-Q3', 1, quarter(2026, 3)],
    ['FY2027-Q1', 7, quarter(2027, 1, 7)],
    ['fy 2027 q1', 7, quarter(2027, 1, 7)],
    ['fy2027q1', 7, quarter(2027, 1, 7)],
    ['Q4-FY2027', 2, quarter(2027, 4, 2)],
    ['2027-Q2', 12, quarter(2027, 2, 12)],
  ])('reads %j with the year starting in month %i', (label, startMonth, expected) => {
    expect(parseQuarterLabel(label, startMonth)).toEqual(expected);
  });

  it.each([
    '',
    '2026',
    'Q3',
    '2026-Q5',
    '2026-Q0',
    '26-Q3',
    '2026-Q3x',
    '=1+1',
    '<img onerror=alert(1)>',
    '２０２６-Q3',
  ])('reads %j as no quarter', (label) => {
    expect(parseQuarterLabel(label, 1)).toBeUndefined();
  });

  it('writes FY only when the fiscal year is not the calendar year', () => {
    expect(quarterLabel(quarter(2026, 3))).toBe('2026-Q3');
    expect(quarterLabel(quarter(2027, 1, 2))).toBe('FY2027-Q1');
  });

  it('reads back every label it writes, for any quarter and start month', () => {
    checkProperty(
      fc.property(
        fc.integer({ min: 1000, max: 9999 }),
        fc.constantFrom<Quarter['quarter']>(1, 2, 3, 4),
        fc.integer({ min: 1, max: 12 }),
        (fiscalYear, q, startMonth) => {
          const original = quarter(fiscalYear, q, startMonth);
          expect(parseQuarterLabel(quarterLabel(original), startMonth)).toEqual(original);
        },
      ),
    );
  });
});

describe('stepping and ordering quarters', () => {
  it.each([
    [quarter(2026, 4), quarter(2027, 1)],
    [quarter(2026, 1), quarter(2026, 2)],
    [quarter(2027, 4, 7), quarter(2028, 1, 7)],
    [quarter(2027, 4, 12), quarter(2028, 1, 12)],
  ])('steps from %j to %j and back', (from, to) => {
    expect(nextQuarter(from)).toEqual(to);
    expect(previousQuarter(to)).toEqual(from);
    expect(compareQuarters(from, to)).toBeLessThan(0);
    expect(compareQuarters(to, from)).toBeGreaterThan(0);
    expect(compareQuarters(from, from)).toBe(0);
  });

  it('orders quarters by when they begin, even across start months', () => {
    // FY2027-Q1 with a July start begins in July 2026, the same month as calendar 2026-Q3.
    expect(compareQuarters(quarter(2027, 1, 7), quarter(2026, 3))).toBe(0);
    expect(compareQuarters(quarter(2027, 1, 2), quarter(2026, 1))).toBeGreaterThan(0);
  });

  it('puts every instant between its quarter start and the next quarter start, in any zone', () => {
    const zones = [
      'Pacific/Auckland',
      'Asia/Kolkata',
      'America/Los_Angeles',
      'America/St_Johns',
      'Etc/UTC',
      'Australia/Lord_Howe',
    ];
    checkProperty(
      fc.property(
        fc.date({ min: new Date('1971-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(...zones),
        fc.integer({ min: 1, max: 12 }),
        (instant, zone, startMonth) => {
          const q = quarterOf(instant, zone, startMonth);
          expect(quarterStart(q, zone).getTime()).toBeLessThanOrEqual(instant.getTime());
          expect(quarterStart(nextQuarter(q), zone).getTime()).toBeGreaterThan(instant.getTime());
          expect(quarterOf(quarterStart(q, zone), zone, startMonth)).toEqual(q);
        },
      ),
    );
  });
});
