import { services } from './fixtures';

const ROWS = 50_000;
const COLUMNS = 15;

/** A register-like row: ids, text, numbers, typed dates and percentages. */
function registerRow(i: number): unknown[] {
  return [
    `S${i}`,
    `Strategy ${i}`,
    'Revenue',
    'EUR',
    i,
    i * 2,
    i * 1.5,
    'Ana; Ben',
    '2026-01-01',
    new Date(Date.UTC(2026, 5, 30)),
    'Active',
    7,
    '',
    'note',
    '50%',
  ];
}

describe('a 50 000-row sheet', () => {
  it('writes, reads and exports in well under the time a test allows', () => {
    const { book, emulator } = services();
    const sheet = book.insertSheet('Big');
    const rows = Array.from({ length: ROWS }, (_, i) => registerRow(i + 1));
    const started = performance.now();
    sheet.insertRowsAfter(1000, ROWS);
    sheet.getRange(1, 1, ROWS, COLUMNS).setValues(rows);
    const values = sheet.getRange(1, 1, ROWS, COLUMNS).getValues();
    const shown = sheet.getRange(1, 1, ROWS, COLUMNS).getDisplayValues();
    const exported = emulator.exportWorkbook();
    const elapsed = performance.now() - started;
    expect(values[ROWS - 1]?.[0]).toBe(`S${ROWS}`);
    expect(values[ROWS - 1]?.[14]).toBe(0.5);
    expect(shown[0]?.[8]).toBe('2026-01-01');
    expect(exported.sheets[1]?.values).toHaveLength(ROWS);
    expect(sheet.getLastRow()).toBe(ROWS);
    expect(elapsed).toBeLessThan(10_000);
  });
});
