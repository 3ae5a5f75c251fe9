import { dataSheet } from './fixtures';

/** Writes one input to A1 the way setValues does and reads back value and formula. */
function typed(input: unknown, timeZone = 'Etc/UTC') {
  const { sheet } = dataSheet({ timeZone });
  const cell = sheet.getRange('A1');
  cell.setValues([[input]]);
  return { value: cell.getValue(), formula: cell.getFormula(), format: cell.getNumberFormat() };
}

describe('setValues reads strings as if typed by a user', () => {
  it.each([
    ['2026', 2026],
    ['-2', -2],
    ['1,234.5', 1234.5],
    [' 42 ', 42],
    ['TRUE', true],
    ['false', false],
    ['S1', 'S1'],
    ['1.2.3', '1.2.3'],
  ])('reads %j as %j', (input, expected) => {
    expect(typed(input).value).toEqual(expected);
  });

  it('reads a percentage as a fraction and gives the cell a percent format', () => {
    expect(typed('25%')).toEqual({ value: 0.25, formula: '', format: '0%' });
  });

  it('reads an ISO date as midnight in the spreadsheet time zone', () => {
    expect((typed('2026-03-31', 'America/New_York').value as Date).toISOString()).toBe('2026-03-31T04:00:00.000Z');
    expect((typed('2026-03-31', 'Asia/Tokyo').value as Date).toISOString()).toBe('2026-03-30T15:00:00.000Z');
  });

  it('keeps an impossible date as text', () => {
    expect(typed('2026-02-30').value).toBe('2026-02-30');
  });

  it('turns text beginning with = into a formula', () => {
    expect(typed('=1+1')).toEqual({ value: 2, formula: '=1+1', format: 'General' });
  });

  it('turns text beginning with + into a formula (here one reading its own cell: a circular dependency)', () => {
    expect(typed('+A1+1')).toEqual({ value: '#REF!', formula: '=+A1+1', format: 'General' });
  });

  it('stores the text after a leading apostrophe literally', () => {
    expect(typed("'=1+1")).toEqual({ value: '=1+1', formula: '', format: 'General' });
    expect(typed("'2026").value).toBe('2026');
  });

  it('keeps text exactly as given in a plain-text (@) cell', () => {
    const { sheet } = dataSheet();
    const cell = sheet.getRange('A1:C1').setNumberFormat('@');
    cell.setValues([['=1+1', '007', '2026-03-31']]);
    expect(cell.getValues()).toEqual([['=1+1', '007', '2026-03-31']]);
    expect(cell.getFormulas()).toEqual([['', '', '']]);
  });

  it('keeps hostile and large text intact', () => {
    const hostile = ['<img src=x onerror=alert(1)>', '👩‍💻 مرحبا', 'x'.repeat(50_000)];
    const { sheet } = dataSheet();
    sheet.getRange('A1:C1').setValues([hostile]);
    expect(sheet.getRange('A1:C1').getValues()).toEqual([hostile]);
  });
});
