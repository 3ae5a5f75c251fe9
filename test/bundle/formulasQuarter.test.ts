import { loadAddon } from '../../local/appsScriptRuntime';

/** The built add-on over a spreadsheet in the given zone, with the service-call count starting at zero. */
function addonIn(timeZone: string) {
  const addon = loadAddon({ timeZone });
  addon.emulator.calls.reset();
  return addon;
}

const ZONE_READ = { 'Spreadsheet.getSpreadsheetTimeZone': 1, 'SpreadsheetApp.getActiveSpreadsheet': 1 };
/** The zone and the register's settings, each read once: a date column without start months. */
const ZONE_AND_SETTINGS_READ = {
  ...ZONE_READ,
  'PropertiesService.getDocumentProperties': 1,
  'Properties.getProperties': 1,
};

describe('=FISCAL_QUARTER in the built add-on', () => {
  it('reads midnight on a quarter’s first day in the spreadsheet zone, not the server’s', () => {
    // 00:00 on 1 July 2026 in Auckland is still 30 June in UTC.
    const auckland = addonIn('Pacific/Auckland');
    expect(auckland.call('FISCAL_QUARTER', new Date('2026-06-30T12:00:00Z'))).toBe('2026-Q3');
    expect(auckland.call('FISCAL_QUARTER', new Date('2026-06-30T11:59:59Z'))).toBe('2026-Q2');
    // 00:00 on 1 October 2026 in Los Angeles is already 07:00 UTC.
    const losAngeles = addonIn('America/Los_Angeles');
    expect(losAngeles.call('FISCAL_QUARTER', new Date('2026-10-01T07:00:00Z'))).toBe('2026-Q4');
    expect(losAngeles.call('FISCAL_QUARTER', new Date('2026-10-01T06:59:59Z'))).toBe('2026-Q3');
  });

  it('names fiscal years after the year they end in, for February and July starts', () => {
    const addon = addonIn('Etc/UTC');
    expect(addon.call('FISCAL_QUARTER', new Date('2026-02-01T00:00:00Z'), 2)).toBe('FY2027-Q1');
    expect(addon.call('FISCAL_QUARTER', new Date('2026-01-31T00:00:00Z'), 2)).toBe('FY2026-Q4');
    expect(addon.call('FISCAL_QUARTER', new Date('2026-07-01T00:00:00Z'), 7)).toBe('FY2027-Q1');
    expect(addon.call('FISCAL_QUARTER', new Date('2026-06-30T00:00:00Z'), 7)).toBe('FY2026-Q4');
  });

  it('fills a 2D range, leaving blank cells blank', () => {
    const addon = addonIn('Asia/Kolkata');
    const dates = [
      [new Date('2026-03-31T18:30:00Z'), ''],
      ['  ', new Date('2026-03-31T18:29:59Z')],
    ];
    expect(addon.call('FISCAL_QUARTER', dates)).toEqual([
      ['2026-Q2', ''],
      ['', '2026-Q1'],
    ]);
    expect(
      addon.call(
        'FISCAL_QUARTER',
        [[new Date('2026-07-01T00:00:00Z')], [new Date('2026-08-01T00:00:00Z')]],
        [[7], [2]],
      ),
    ).toEqual([['FY2027-Q1'], ['FY2027-Q3']]);
  });

  it('reads date serial numbers as days on the spreadsheet calendar', () => {
    const addon = addonIn('Pacific/Kiritimati');
    expect(addon.call('FISCAL_QUARTER', 46204)).toBe('2026-Q3');
    expect(addon.call('FISCAL_QUARTER', 46203.99)).toBe('2026-Q2');
    expect(addon.call('FISCAL_QUARTER', 46204, 7)).toBe('FY2027-Q1');
  });

  it('takes the register’s fiscal year start month when none is given, so its labels are the snapshots’', () => {
    const addon = addonIn('Etc/UTC');
    expect(addon.call('FISCAL_QUARTER', new Date('2026-08-15T00:00:00Z'))).toBe('2026-Q3');
    const saved = addon.call('saveSettings', {
      fiscalYearStartMonth: 7,
      reviewCadence: 'quarterly',
      stakeholderGroups: [],
    });
    expect(saved).toMatchObject({ ok: true });
    expect(addon.call('FISCAL_QUARTER', new Date('2026-08-15T00:00:00Z'))).toBe('FY2027-Q1');
    expect(addon.call('FISCAL_QUARTER', [[new Date('2026-08-15T00:00:00Z')], ['']], [[''], [1]])).toEqual([
      ['FY2027-Q1'],
      [''],
    ]);
    expect(addon.call('FISCAL_QUARTER', new Date('2026-08-15T00:00:00Z'), 1)).toBe('2026-Q3');
  });

  it('reads the spreadsheet zone once per call, however many dates', () => {
    const addon = addonIn('America/St_Johns');
    const column = Array.from({ length: 500 }, (_, i) => [new Date(Date.UTC(2026, 0, 1 + i))]);
    const labels = addon.call('FISCAL_QUARTER', column) as string[][];
    expect(labels).toHaveLength(500);
    expect(addon.emulator.calls.byMethod()).toEqual(ZONE_AND_SETTINGS_READ);
  });

  it('makes no service call when no date needs the zone', () => {
    const addon = addonIn('Etc/UTC');
    expect(addon.call('FISCAL_QUARTER', [[46204], ['']], 7)).toEqual([['FY2027-Q1'], ['']]);
    expect(addon.call('FISCAL_QUARTER', '')).toBe('');
    expect(addon.emulator.calls.total).toBe(0);
  });

  it.each([
    [
      '2026-07-01',
      'FISCAL_QUARTER: date is "2026-07-01", not a date; type it as a date, or convert it with DATEVALUE.',
    ],
    ['#N/A', 'FISCAL_QUARTER: date is "#N/A", not a date; type it as a date, or convert it with DATEVALUE.'],
    ['=1+1', 'FISCAL_QUARTER: date is "=1+1", not a date; type it as a date, or convert it with DATEVALUE.'],
    [true, 'FISCAL_QUARTER: date is TRUE, not a date.'],
  ])('refuses %j with a sentence', (value, message) => {
    expect(() => addonIn('Etc/UTC').call('FISCAL_QUARTER', value)).toThrow(message);
  });

  it('names the row of a bad cell and shortens hostile text', () => {
    const long = `<img onerror=alert(1)>${'🙂'.repeat(25_000)}`;
    const [first, second] = addonIn('Etc/UTC').call('FISCAL_QUARTER', [[46204], [long]]) as unknown[][];
    expect(first?.[0]).toMatch(/^\d{4}-Q[1-4]$/);
    const error = second?.[0];
    expect(error).toMatch(
      /^FISCAL_QUARTER: date in row 2 of the range is "<img onerror=alert\(1\)>🙂+…", not a date;/u,
    );
    // 60 characters of the value are quoted; emoji are never cut in half.
    expect([...(error as string)].length).toBeLessThan(200);
    expect(error).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it.each([
    [13, 'FISCAL_QUARTER: fiscal_year_start_month is 13, not a month number from 1 (January) to 12 (December).'],
    [0, 'FISCAL_QUARTER: fiscal_year_start_month is 0, not a month number from 1 (January) to 12 (December).'],
    [6.5, 'FISCAL_QUARTER: fiscal_year_start_month is 6.5, not a month number from 1 (January) to 12 (December).'],
    ['July', 'FISCAL_QUARTER: fiscal_year_start_month is "July", not a number.'],
  ])('refuses start month %j with a sentence', (month, message) => {
    expect(() => addonIn('Etc/UTC').call('FISCAL_QUARTER', 46204, month)).toThrow(message);
  });

  it('refuses ranges of different shapes', () => {
    expect(() => addonIn('Etc/UTC').call('FISCAL_QUARTER', [[46204], [46205]], [[7]])).toThrow(
      'FISCAL_QUARTER: fiscal_year_start_month is a 1×1 range but date is 2×1; ranges must have the same number of rows and columns.',
    );
  });
});

// A hundred-day plan in the spreadsheet's zone (Etc/UTC): 1 January to 11 April 2026; 20 February is halfway.
const START = new Date('2026-01-01T00:00:00Z');
const DUE = new Date('2026-04-11T00:00:00Z');
const HALFWAY = new Date('2026-02-20T00:00:00Z');

describe('=ON_TRACK in the built add-on', () => {
  it.each([
    [0.5, 'On track'],
    [0.45, 'At risk'],
    [0.3, 'Off track'],
    [1, 'Done'],
  ])('halfway through a plan, progress %d is %s', (progress, state) => {
    expect(addonIn('Etc/UTC').call('ON_TRACK', progress, START, DUE, HALFWAY)).toBe(state);
  });

  it('fills a column, broadcasting a single as_of and leaving blank rows blank', () => {
    const addon = addonIn('Etc/UTC');
    const result = addon.call(
      'ON_TRACK',
      [[0.5], [''], [0.1], [0]],
      [[START], [''], [START], [new Date('2026-03-01T00:00:00Z')]],
      [[DUE], [''], [DUE], [DUE]],
      HALFWAY,
    );
    expect(result).toEqual([['On track'], [''], ['Off track'], ['On track']]);
    expect(addon.emulator.calls.byMethod()).toEqual(ZONE_READ);
  });

  it('accepts date serial numbers without reading the zone', () => {
    const addon = addonIn('Etc/UTC');
    // 46023 is 1 January 2026, 46123 is 11 April 2026, 46073 is 20 February 2026.
    expect(addon.call('ON_TRACK', 0.45, 46023, 46123, 46073)).toBe('At risk');
    expect(addon.emulator.calls.total).toBe(0);
  });

  it('judges days in the spreadsheet zone', () => {
    // 1 March 2026 05:00 UTC is still 28 February in Los Angeles: 27 of 30 days gone, not 28.
    const start = new Date('2026-02-01T08:00:00Z');
    const due = new Date('2026-03-03T08:00:00Z');
    const asOf = new Date('2026-03-01T05:00:00Z');
    expect(addonIn('America/Los_Angeles').call('ON_TRACK', 0.86, start, due, asOf)).toBe('On track');
    expect(addonIn('Etc/UTC').call('ON_TRACK', 0.86, start, due, asOf)).toBe('At risk');
  });

  it('uses today when as_of is left out', () => {
    const addon = addonIn('Etc/UTC');
    expect(addon.call('ON_TRACK', 0, new Date('2999-01-01T00:00:00Z'), new Date('2999-12-31T00:00:00Z'))).toBe(
      'On track',
    );
    expect(addon.call('ON_TRACK', 0.5, new Date('2000-01-01T00:00:00Z'), new Date('2000-12-31T00:00:00Z'))).toBe(
      'Off track',
    );
    expect(addon.call('ON_TRACK', 0.8, new Date('2000-01-01T00:00:00Z'), new Date('2000-12-31T00:00:00Z'))).toBe(
      'At risk',
    );
  });

  it('names the row and both dates when a due date comes before its start', () => {
    const rows = addonIn('Etc/UTC').call('ON_TRACK', [[0.5], [0.5]], [[START], [DUE]], [[DUE], [START]], HALFWAY);
    expect((rows as unknown[][])[1]).toEqual([
      'ON_TRACK: due in row 2 of the range is the date 2026-01-01, which comes before start (the date 2026-04-11).',
    ]);
    expect((rows as unknown[][])[0]?.[0]).not.toMatch(/^ON_TRACK/);
  });

  it.each([
    [['#N/A', START, DUE, HALFWAY], 'ON_TRACK: progress is "#N/A", not a number.'],
    [
      [0.5, 'soon', DUE, HALFWAY],
      'ON_TRACK: start is "soon", not a date; type it as a date, or convert it with DATEVALUE.',
    ],
    [
      [0.5, START, '#REF!', HALFWAY],
      'ON_TRACK: due is "#REF!", not a date; type it as a date, or convert it with DATEVALUE.',
    ],
    [[0.5, START, DUE, new Date(Number.NaN)], 'ON_TRACK: as_of is an invalid date.'],
  ])('refuses bad arguments %j with a sentence', (args, message) => {
    expect(() => addonIn('Etc/UTC').call('ON_TRACK', ...args)).toThrow(message);
  });

  it('refuses ranges of different shapes', () => {
    expect(() => addonIn('Etc/UTC').call('ON_TRACK', [[0.5], [0.5]], [[START]], DUE, HALFWAY)).toThrow(
      'ON_TRACK: start is a 1×1 range but progress is 2×1; ranges must have the same number of rows and columns.',
    );
  });
});
