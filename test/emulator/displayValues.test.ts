import { dataSheet } from './fixtures';

/** The text Sheets shows for `value` under `format`. */
function shown(value: unknown, format?: string, timeZone = 'Etc/UTC'): string {
  const { sheet } = dataSheet({ timeZone });
  const cell = sheet.getRange('A1');
  if (format) cell.setNumberFormat(format);
  cell.setValue(value);
  return cell.getDisplayValue();
}

describe('getDisplayValues', () => {
  it.each([
    [1234.5, undefined, '1234.5'],
    [1 / 3, undefined, '0.3333333333'],
    [2.5, '0', '3'],
    [2.25, '0.0', '2.3'],
    [0.256, '0%', '26%'],
    [0.256, '0.0%', '25.6%'],
    [1234567.891, '#,##0', '1,234,568'],
    [-1234.5, '#,##0.00', '-1,234.50'],
    [true, undefined, 'TRUE'],
    ['text', '0.0', 'text'],
  ])('shows %j under %j as %j', (value, format, expected) => {
    expect(shown(value, format)).toBe(expected);
  });

  it('shows dates in the spreadsheet time zone', () => {
    const instant = new Date('2026-03-31T23:30:00Z');
    expect(shown(instant, 'yyyy-mm-dd', 'Etc/UTC')).toBe('2026-03-31');
    expect(shown(instant, 'yyyy-mm-dd', 'Asia/Tokyo')).toBe('2026-04-01');
    expect(shown(instant, 'yyyy-MM-dd HH:mm', 'America/Los_Angeles')).toBe('2026-03-31 16:30');
  });

  it('shows a typed ISO date back as it was typed', () => {
    expect(shown('2026-03-31', undefined, 'Europe/Paris')).toBe('2026-03-31');
  });

  it('shows a typed percentage with its automatic percent format', () => {
    expect(shown('25%')).toBe('25%');
  });

  it('reads a whole range at once', () => {
    const { sheet } = dataSheet();
    sheet.getRange('A1:C1').setValues([[0.5, '', 'Done']]);
    sheet.getRange('A1').setNumberFormat('0%');
    expect(sheet.getRange('A1:C1').getDisplayValues()).toEqual([['50%', '', 'Done']]);
  });
});
