import { dataSheet } from './fixtures';

describe('Range values', () => {
  it('reads blank cells as empty strings and keeps numbers, booleans and dates', () => {
    const { sheet } = dataSheet();
    const due = new Date('2026-03-31T00:00:00Z');
    sheet.getRange('A1:D1').setValues([[12.5, true, due, null]]);
    const [row] = sheet.getRange('A1:E1').getValues();
    expect(row).toEqual([12.5, true, due, '', '']);
  });

  it('hands out copies of dates, so changing one leaves the cell alone', () => {
    const { sheet } = dataSheet();
    sheet.getRange('A1').setValue(new Date('2026-01-01T00:00:00Z'));
    (sheet.getRange('A1').getValue() as Date).setUTCFullYear(1999);
    expect((sheet.getRange('A1').getValue() as Date).toISOString()).toBe('2026-01-01T00:00:00.000Z');
  });

  it('refuses data whose row count differs from the range, with Sheets message', () => {
    const { sheet } = dataSheet();
    expect(() => sheet.getRange('A1:B3').setValues([[1, 2]])).toThrow(
      'The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 3.',
    );
  });

  it('refuses data whose column count differs from the range, with Sheets message', () => {
    const { sheet } = dataSheet();
    expect(() => sheet.getRange('A1:B1').setValues([[1, 2, 3]])).toThrow(
      'The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.',
    );
  });

  it('reads the top-left value with getValue and fills every cell with setValue', () => {
    const { sheet } = dataSheet();
    sheet.getRange('A1:B2').setValue('x');
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['x', 'x'],
      ['x', 'x'],
    ]);
    expect(sheet.getRange('B2:C3').getValue()).toBe('x');
  });

  it('stores formulas, returns them from getFormulas and their computed values from getValues', () => {
    const { sheet } = dataSheet();
    sheet.getRange('A1:B1').setValues([['=1+2*3', '=SUM(C1:C3)']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['=1+2*3', '=SUM(C1:C3)']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[7, 0]]);
    expect(sheet.getRange('A1').getFormula()).toBe('=1+2*3');
  });

  it('clears a cell with setFormulas of an empty string, and sets one with setFormula', () => {
    const { sheet } = dataSheet();
    sheet.getRange('A1:B1').setFormulas([['=1', '=2']]);
    sheet.getRange('A1:B1').setFormulas([['', '=4/2']]);
    expect(sheet.getRange('A1:B1').getFormulas()).toEqual([['', '=4/2']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([['', 2]]);
    sheet.getRange('C1').setFormula('=2^3');
    expect(sheet.getRange('C1').getValue()).toBe(8);
  });

  it('forgets a formula when a plain value is written over it', () => {
    const { sheet } = dataSheet();
    sheet.getRange('A1').setFormula('=1+1');
    sheet.getRange('A1').setValue('text');
    expect(sheet.getRange('A1').getFormula()).toBe('');
  });

  it('keeps notes per cell', () => {
    const { sheet } = dataSheet();
    sheet.getRange('A1:B1').setNotes([['Baseline missing', '']]);
    sheet.getRange('C1').setNote('Overdue');
    expect(sheet.getRange('A1:C1').getNotes()).toEqual([['Baseline missing', '', 'Overdue']]);
    expect(sheet.getRange('C1').getNote()).toBe('Overdue');
  });

  it('keeps number formats, colours, weights, alignment and wrapping', () => {
    const { sheet } = dataSheet();
    const range = sheet.getRange('A1:B1');
    range
      .setNumberFormats([['0%', '@']])
      .setBackgrounds([['#ff0000', '#00ff00']])
      .setFontColors([['#111111', '#222222']]);
    range.setFontWeight('bold').setWrap(false).setHorizontalAlignment('center').setVerticalAlignment('middle');
    expect(range.getNumberFormats()).toEqual([['0%', '@']]);
    expect(range.getBackgrounds()).toEqual([['#ff0000', '#00ff00']]);
    expect(range.getFontColors()).toEqual([['#111111', '#222222']]);
    expect(range.getFontWeights()).toEqual([['bold', 'bold']]);
    expect(range.getWraps()).toEqual([[false, false]]);
    expect(range.getHorizontalAlignments()).toEqual([['center', 'center']]);
    expect(range.getVerticalAlignments()).toEqual([['middle', 'middle']]);
    expect(sheet.getRange('C1').getNumberFormat()).toBe('General');
    range.setFontWeights([['normal', 'bold']]);
    expect(range.getFontWeights()).toEqual([['normal', 'bold']]);
  });

  it('sets validations cell by cell', () => {
    const { SpreadsheetApp, sheet } = dataSheet();
    const rule = SpreadsheetApp.newDataValidation().requireValueInList(['Yes', 'No']).build();
    sheet.getRange('A1:B1').setDataValidations([[rule, null]]);
    expect(
      sheet
        .getRange('A1:B1')
        .getDataValidations()[0]
        ?.map((r) => r?.getCriteriaType() ?? null),
    ).toEqual(['VALUE_IN_LIST', null]);
  });

  it('clears content but keeps formats with clearContent, and both with clear', () => {
    const { sheet } = dataSheet();
    const cell = sheet.getRange('A1');
    cell.setValue(3).setNumberFormat('0.0');
    cell.clearContent();
    expect([cell.getValue(), cell.getNumberFormat()]).toEqual(['', '0.0']);
    cell.setValue(3);
    cell.clear();
    expect([cell.getValue(), cell.getNumberFormat()]).toEqual(['', 'General']);
  });

  it('describes its position and moves with offset', () => {
    const { sheet } = dataSheet();
    const range = sheet.getRange('B3:D7');
    expect([range.getRow(), range.getColumn(), range.getNumRows(), range.getNumColumns()]).toEqual([3, 2, 5, 3]);
    expect(range.getSheet().getName()).toBe('Data');
    expect(range.offset(1, -1).getA1Notation()).toBe('A4:C8');
    expect(range.offset(0, 0, 1, 1).getA1Notation()).toBe('B3');
    expect(sheet.getRange('Z10').getA1Notation()).toBe('Z10');
    sheet.insertColumnsAfter(26, 1);
    expect(sheet.getRange('AA10').getA1Notation()).toBe('AA10');
  });

  it('merges cells and protects a range', () => {
    const { sheet } = dataSheet();
    sheet.getRange('A1:C1').merge();
    expect(sheet.getRange('B1').isPartOfMerge()).toBe(true);
    expect(sheet.getRange('A1:C1').protect().getProtectionType()).toBe('RANGE');
  });
});
