import { SETTINGS_KEYS } from '../../src/domain/register/settings';
import { fiscalQuarter } from '../../src/server/formulas/fiscalQuarter';

/**
 * Stands in for the spreadsheet while the formula runs, counting how often its zone is
 * read, with the register's settings as document properties.
 */
function withSpreadsheetZone(timeZone: string, properties: Record<string, string> = {}) {
  const reads = { count: 0 };
  (globalThis as { PropertiesService?: unknown }).PropertiesService = {
    getDocumentProperties: () => ({ getProperties: () => properties }),
  };
  (globalThis as { SpreadsheetApp?: unknown }).SpreadsheetApp = {
    getActiveSpreadsheet: () => ({
      getSpreadsheetTimeZone: () => {
        reads.count += 1;
        return timeZone;
      },
    }),
  };
  return reads;
}

afterEach(() => {
  delete (globalThis as { SpreadsheetApp?: unknown }).SpreadsheetApp;
  delete (globalThis as { PropertiesService?: unknown }).PropertiesService;
});

describe('FISCAL_QUARTER', () => {
  it('treats a missing or blank start month as the register’s, January unless Settings say otherwise', () => {
    withSpreadsheetZone('Etc/UTC');
    expect(fiscalQuarter(new Date('2026-07-01T00:00:00Z'))).toBe('2026-Q3');
    expect(fiscalQuarter(new Date('2026-07-01T00:00:00Z'), '')).toBe('2026-Q3');
    withSpreadsheetZone('Etc/UTC', { [SETTINGS_KEYS.fiscalYearStartMonth]: '7' });
    expect(fiscalQuarter(new Date('2026-07-01T00:00:00Z'))).toBe('FY2027-Q1');
    expect(fiscalQuarter(new Date('2026-07-01T00:00:00Z'), 1)).toBe('2026-Q3');
  });

  it('takes a start month per row from a range', () => {
    withSpreadsheetZone('Etc/UTC');
    expect(fiscalQuarter(new Date('2026-07-01T00:00:00Z'), [[1], [2], [7], [12]])).toEqual([
      ['2026-Q3'],
      ['FY2027-Q2'],
      ['FY2027-Q1'],
      ['FY2026-Q3'], // December 2025 – November 2026 ends in 2026
    ]);
  });

  it('reads the zone once for a column of dates, and not at all for serials', () => {
    const reads = withSpreadsheetZone('Asia/Kolkata');
    fiscalQuarter([[new Date('2026-01-01T00:00:00Z')], [new Date('2026-04-01T00:00:00Z')], [46204]]);
    expect(reads.count).toBe(1);
    fiscalQuarter([[46204], [46205]]);
    expect(reads.count).toBe(1);
  });

  it('passes on an unknown spreadsheet zone as a sentence', () => {
    withSpreadsheetZone('Not/AZone');
    expect(() => fiscalQuarter(new Date('2026-07-01T00:00:00Z'))).toThrow(
      'The time zone "Not/AZone" is not a known IANA time zone such as "Europe/London"; check File > Settings > Time zone.',
    );
  });
});
