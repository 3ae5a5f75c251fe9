import { services } from './fixtures';

describe('Counting service calls', () => {
  it('counts each call per Type.method, including calls on returned objects', () => {
    const { SpreadsheetApp, emulator } = services();
    emulator.calls.reset();
    const sheet = SpreadsheetApp.getActiveSpreadsheet().insertSheet('Data');
    sheet.getRange('A1:B2').setValues([
      [1, 2],
      [3, 4],
    ]);
    sheet.getRange('A1').getValue();
    expect(emulator.calls.byMethod()).toEqual({
      'Range.getValue': 1,
      'Range.setValues': 1,
      'Sheet.getRange': 2,
      'Spreadsheet.insertSheet': 1,
      'SpreadsheetApp.getActiveSpreadsheet': 1,
    });
    expect(emulator.calls.total).toBe(6);
  });

  it('does not count calls the emulator makes between its own objects', () => {
    const { SpreadsheetApp, HtmlService, emulator } = services();
    const output = HtmlService.createHtmlOutput('<p>x</p>').setTitle('T');
    const ui = SpreadsheetApp.getUi();
    emulator.calls.reset();
    ui.showSidebar(output);
    expect(emulator.calls.byMethod()).toEqual({ 'Ui.showSidebar': 1 });
  });

  it('fails the n-th call from now and leaves the cells as they were', () => {
    const { book, emulator } = services();
    const sheet = book.insertSheet('Data');
    sheet.getRange('A1').setValue('kept');
    const before = emulator.cellsSnapshot();
    emulator.calls.failAt(2);
    expect(() => sheet.getRange('A1').setValue('lost')).toThrow('Service error (injected at call');
    expect(emulator.cellsSnapshot()).toEqual(before);
    expect(() => sheet.getRange('A1').setValue('written')).not.toThrow();
  });

  it('throws "not emulated" for a method the emulator lacks', () => {
    const { book } = services();
    const range = book.getActiveSheet().getRange('A1') as unknown as Record<string, () => void>;
    expect(() => range.setFoo?.()).toThrow('not emulated: Range.setFoo');
  });

  it('counts the reads made after the first write, which Apps Script makes wait on a flush', () => {
    const { book, emulator } = services();
    const sheet = book.insertSheet('Data');
    emulator.calls.reset();
    sheet.getLastRow();
    sheet.getRange('A1:A2').getValues();
    expect(emulator.calls.readsAfterWrite).toBe(0);
    sheet.getRange('A1').setValue('written');
    sheet.getRange('B1');
    sheet.getMaxRows();
    sheet.getSheetValues(1, 1, 1, 1);
    expect(emulator.calls.readsAfterWrite).toBe(2);
    emulator.calls.reset();
    expect(emulator.calls.readsAfterWrite).toBe(0);
  });

  it('sets one format on every range of a range list in one counted call', () => {
    const { book, emulator } = services();
    const sheet = book.insertSheet('Data');
    emulator.calls.reset();
    sheet.getRangeList(['A1:B2', 'D3']).setNumberFormat('@');
    expect(emulator.calls.byMethod()).toEqual({ 'RangeList.setNumberFormat': 1, 'Sheet.getRangeList': 1 });
    expect(sheet.getRange('A1:D3').getNumberFormats()).toEqual([
      ['@', '@', 'General', 'General'],
      ['@', '@', 'General', 'General'],
      ['General', 'General', 'General', '@'],
    ]);
  });
});
