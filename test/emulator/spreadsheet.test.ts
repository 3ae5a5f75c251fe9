import { dataSheet, services } from './fixtures';

describe('Spreadsheet', () => {
  it('starts with one sheet named Sheet1 and finds sheets by name, or null', () => {
    const { book } = services();
    expect(book.getSheets().map((sheet) => sheet.getName())).toEqual(['Sheet1']);
    expect(book.getSheetByName('Sheet1')?.getName()).toBe('Sheet1');
    expect(book.getSheetByName('Missing')).toBeNull();
  });

  it('inserts sheets at the end or at a 0-based index, and the new sheet becomes active', () => {
    const { book } = services();
    book.insertSheet('Tactics');
    book.insertSheet('Strategies', 0);
    expect(book.getSheets().map((sheet) => sheet.getName())).toEqual(['Strategies', 'Sheet1', 'Tactics']);
    expect(book.getActiveSheet().getName()).toBe('Strategies');
  });

  it('takes the options argument of every insertSheet form, and refuses a template it cannot copy', () => {
    const { book } = services();
    book.insertSheet('Tactics', {});
    book.insertSheet('Strategies', 0, {});
    book.insertSheet({});
    expect(book.getSheets().map((sheet) => sheet.getName())).toEqual(['Strategies', 'Sheet1', 'Tactics', 'Sheet4']);
    expect(() =>
      book.insertSheet('Copy', { template: book.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet }),
    ).toThrow('not emulated: Spreadsheet.insertSheet with a template');
  });

  it('refuses a sheet name that is taken, with the message Sheets shows', () => {
    const { book } = services();
    expect(() => book.insertSheet('Sheet1')).toThrow(
      'A sheet with the name "Sheet1" already exists. Please enter another name.',
    );
  });

  it('deletes a sheet but never the last one', () => {
    const { book, sheet } = dataSheet();
    book.deleteSheet(sheet);
    expect(book.getSheetByName('Data')).toBeNull();
    expect(() => book.deleteSheet(book.getSheets()[0] as GoogleAppsScript.Spreadsheet.Sheet)).toThrow(
      "You can't remove all the sheets in a document.",
    );
  });

  it('reads and changes its time zone', () => {
    const { book } = services({ timeZone: 'Europe/Paris' });
    expect(book.getSpreadsheetTimeZone()).toBe('Europe/Paris');
    book.setSpreadsheetTimeZone('Asia/Tokyo');
    expect(book.getSpreadsheetTimeZone()).toBe('Asia/Tokyo');
  });

  it('records toasts', () => {
    const { book, emulator } = services();
    book.toast('Snapshot taken', 'Strategy Register');
    expect(emulator.toasts).toEqual([{ title: 'Strategy Register', message: 'Snapshot taken', timeoutSeconds: 5 }]);
  });

  it('keeps named ranges', () => {
    const { book, sheet } = dataSheet();
    book.setNamedRange('Statuses', sheet.getRange('A2:A5'));
    expect(book.getRangeByName('Statuses')?.getA1Notation()).toBe('A2:A5');
    expect(book.getRangeByName('Nothing')).toBeNull();
    expect(book.getNamedRanges().map((named) => named.getName())).toEqual(['Statuses']);
  });

  it('switches the active sheet', () => {
    const { book } = services();
    const other = book.insertSheet('Other');
    book.setActiveSheet(book.getSheetByName('Sheet1') as GoogleAppsScript.Spreadsheet.Sheet);
    expect(book.getActiveSheet().getName()).toBe('Sheet1');
    other.activate();
    expect(book.getActiveSheet().getName()).toBe('Other');
  });

  it('has an id and a name', () => {
    const { book } = services();
    expect(book.getId()).toBe('emulated-spreadsheet-id');
    expect(book.getName()).toBe('Untitled spreadsheet');
  });

  it('records the selection when the add-on jumps to a cell', () => {
    const { book, sheet, emulator } = dataSheet();
    book.setActiveRange(sheet.getRange('C7'));
    expect(book.getActiveRange()?.getA1Notation()).toBe('C7');
    sheet.getRange(9, 2).activate();
    expect(emulator.selections).toEqual([
      { sheet: 'Data', a1: 'C7' },
      { sheet: 'Data', a1: 'B9' },
    ]);
    expect(book.getActiveSheet().getName()).toBe('Data');
  });
});

describe('SpreadsheetApp', () => {
  it('gives the same spreadsheet from getActive and getActiveSpreadsheet', () => {
    const { SpreadsheetApp } = services();
    SpreadsheetApp.getActive().insertSheet('Shared');
    expect(SpreadsheetApp.getActiveSpreadsheet().getSheetByName('Shared')).not.toBeNull();
  });

  it('builds list and number validation rules', () => {
    const { SpreadsheetApp, sheet } = dataSheet();
    const list = SpreadsheetApp.newDataValidation()
      .requireValueInList(['Active', 'Done'])
      .setAllowInvalid(false)
      .build();
    const between = SpreadsheetApp.newDataValidation().requireNumberBetween(0, 10).build();
    sheet.getRange('A2:A3').setDataValidation(list);
    sheet.getRange('B2').setDataValidation(between);
    const rules = sheet.getRange('A2:B2').getDataValidations()[0];
    expect(rules?.[0]?.getCriteriaType()).toBe(SpreadsheetApp.DataValidationCriteria.VALUE_IN_LIST);
    expect(rules?.[0]?.getCriteriaValues()).toEqual([['Active', 'Done'], true]);
    expect(rules?.[0]?.getAllowInvalid()).toBe(false);
    expect(rules?.[1]?.getCriteriaValues()).toEqual([0, 10]);
    expect(sheet.getRange('C2').getDataValidation()).toBeNull();
  });

  it('builds conditional format rules and stores them on the sheet', () => {
    const { SpreadsheetApp, sheet } = dataSheet();
    const range = sheet.getRange('B2:B20');
    const rules = [
      SpreadsheetApp.newConditionalFormatRule()
        .whenNumberLessThan(0.5)
        .setBackground('#f4cccc')
        .setRanges([range])
        .build(),
      SpreadsheetApp.newConditionalFormatRule()
        .whenNumberGreaterThan(1)
        .setFontColor('#0b8043')
        .setRanges([range])
        .build(),
      SpreadsheetApp.newConditionalFormatRule()
        .whenNumberBetween(0.5, 1)
        .setRanges([range])
        .setBackground('#fff')
        .build(),
      SpreadsheetApp.newConditionalFormatRule()
        .whenTextEqualTo('Retired')
        .setRanges([range])
        .setFontColor('#999')
        .build(),
      SpreadsheetApp.newConditionalFormatRule().whenFormulaSatisfied('=$C2<TODAY()').setRanges([range]).build(),
    ];
    sheet.setConditionalFormatRules(rules);
    const stored = sheet.getConditionalFormatRules();
    expect(stored.map((rule) => rule.getBooleanCondition()?.getCriteriaType())).toEqual([
      'NUMBER_LESS_THAN',
      'NUMBER_GREATER_THAN',
      'NUMBER_BETWEEN',
      'TEXT_EQUAL_TO',
      'CUSTOM_FORMULA',
    ]);
    expect(stored[0]?.getBooleanCondition()?.getBackground()).toBe('#f4cccc');
    expect(stored[2]?.getBooleanCondition()?.getCriteriaValues()).toEqual([0.5, 1]);
    expect(stored[0]?.getRanges().map((r) => r.getA1Notation())).toEqual(['B2:B20']);
  });

  it('offers the enums add-ons read and a flush that does nothing', () => {
    const { SpreadsheetApp } = services();
    expect(SpreadsheetApp.ProtectionType.SHEET).toBe('SHEET');
    expect(SpreadsheetApp.BorderStyle.SOLID).toBe('SOLID');
    expect(() => SpreadsheetApp.flush()).not.toThrow();
  });
});
