import { readSourceDay, readSourceNumber, readSourceText } from '../../../src/domain/import/sourceValues';

const UTC = 'Etc/UTC';

describe('reading source cells by the forms’ rules', () => {
  it.each([
    ['25%', 0.25],
    ['1,250', 1250],
    ['0.25', 0.25],
    [' 21.5% ', 0.215],
    [1250, 1250],
    ['', null],
  ])('reads %j as %j', (cell, number) => {
    expect(readSourceNumber(cell, UTC)).toEqual({ ok: true, value: number });
  });

  it.each([
    ['2,4', '"2,4"'],
    ['$1,500,000', '"$1,500,000"'],
    ['n/a', '"n/a"'],
    ['High', '"High"'],
  ])('refuses %j rather than guess', (cell, shown) => {
    expect(readSourceNumber(cell, UTC)).toEqual({
      ok: false,
      problems: [{ code: 'unreadable', message: `holds ${shown}, not a number (write it like 0.25, 25% or 1,250)` }],
    });
  });

  it('reads a day written as text at midnight in the spreadsheet’s zone', () => {
    const read = readSourceDay('2026-07-01', 'Pacific/Auckland');
    expect(read.ok && read.value?.toISOString()).toBe('2026-06-30T12:00:00.000Z');
  });

  it('keeps a date cell as it is and refuses other ways of writing a day', () => {
    const cell = new Date('2026-07-01T00:00:00Z');
    expect(readSourceDay(cell, UTC)).toEqual({ ok: true, value: cell });
    expect(readSourceDay('30/09/2026', UTC)).toEqual({
      ok: false,
      problems: [
        { code: 'unreadable', message: 'holds "30/09/2026", not a date (write it as YYYY-MM-DD, such as 2026-09-30)' },
      ],
    });
    expect(readSourceDay(46112, UTC).ok).toBe(false);
  });

  it('reads text as it stands, trimmed, and refuses an error from a formula', () => {
    expect(readSourceText('  =1+1 ', UTC)).toEqual({ ok: true, value: '=1+1' });
    expect(readSourceText(42, UTC)).toEqual({ ok: true, value: '42' });
    expect(readSourceText(new Date('2026-07-01T00:00:00Z'), 'America/New_York')).toEqual({
      ok: true,
      value: '2026-06-30',
    });
    expect(readSourceText('#REF!', UTC).ok).toBe(false);
  });
});
