import { dataSheet } from './fixtures';

describe('Sheet', () => {
  it('renames itself', () => {
    const { book, sheet } = dataSheet();
    sheet.setName('Register');
    expect(sheet.getName()).toBe('Register');
    expect(book.getSheetByName('Register')).not.toBeNull();
  });

  it('reports 0 as last row and column of an empty sheet, and 1000 × 26 as its size', () => {
    const { sheet } = dataSheet();
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([0, 0]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1000, 26]);
  });

  it('finds ranges by A1 notation or by row, column and size', () => {
    const { sheet } = dataSheet();
    expect(sheet.getRange('B3').getA1Notation()).toBe('B3');
    expect(sheet.getRange('A2:C10').getNumRows()).toBe(9);
    expect(sheet.getRange(2, 3).getA1Notation()).toBe('C2');
    expect(sheet.getRange(2, 3, 4).getA1Notation()).toBe('C2:C5');
    expect(sheet.getRange(2, 3, 4, 2).getA1Notation()).toBe('C2:D5');
    expect(sheet.getRange('A:B').getNumRows()).toBe(1000);
  });

  it.each([
    [[0, 1], 'The starting row of the range is too small.'],
    [[1, 0], 'The starting column of the range is too small.'],
    [[1, 1, 0], 'The number of rows in the range must be at least 1.'],
    [[1, 1, 1, 0], 'The number of columns in the range must be at least 1.'],
    [[1000, 1, 2], 'The coordinates of the range are outside the dimensions of the sheet.'],
    [[1, 27], 'The coordinates of the range are outside the dimensions of the sheet.'],
  ])('refuses getRange(%j) with "%s"', (args, message) => {
    const { sheet } = dataSheet();
    const [row, column, numRows, numColumns] = args as [number, number, number?, number?];
    expect(() => sheet.getRange(row, column, numRows as number, numColumns as number)).toThrow(message);
  });

  it('grows the last row and column when a range further out is written', () => {
    const { sheet } = dataSheet();
    sheet.getRange(40, 5).setValue('x');
    expect([sheet.getLastRow(), sheet.getLastColumn()]).toEqual([40, 5]);
    expect(sheet.getDataRange().getA1Notation()).toBe('A1:E40');
  });

  it('appends rows after the last row and grows past the last grid row', () => {
    const { sheet } = dataSheet();
    sheet.appendRow(['S1', 'Grow revenue']);
    sheet.appendRow(['S2', 'Cut churn']);
    expect(sheet.getRange('A1:B2').getValues()).toEqual([
      ['S1', 'Grow revenue'],
      ['S2', 'Cut churn'],
    ]);
    sheet.getRange(1000, 1).setValue('last');
    sheet.appendRow(['beyond']);
    expect(sheet.getMaxRows()).toBe(1001);
    expect(sheet.getRange(1001, 1).getValue()).toBe('beyond');
  });

  it('inserts rows and columns, moving cells and growing the grid', () => {
    const { sheet } = dataSheet();
    sheet.getRange('A1:A2').setValues([['header'], ['first']]);
    sheet.insertRowsAfter(1, 2);
    expect(sheet.getRange('A1:A4').getValues()).toEqual([['header'], [''], [''], ['first']]);
    sheet.insertRows(1);
    expect(sheet.getRange('A2').getValue()).toBe('header');
    sheet.insertColumnsAfter(1, 1);
    sheet.getRange('A2').setValue('left');
    expect(sheet.getRange('A2:C2').getValues()).toEqual([['left', '', '']]);
    expect([sheet.getMaxRows(), sheet.getMaxColumns()]).toEqual([1003, 27]);
  });

  it('inserts a very large block of rows between existing rows', () => {
    const { sheet } = dataSheet();
    sheet.getRange('A1:A2').setValues([['top'], ['bottom']]);
    sheet.insertRowsAfter(1, 200_000);
    expect(sheet.getRange(200_002, 1).getValue()).toBe('bottom');
    expect(sheet.getLastRow()).toBe(200_002);
  });

  it('deletes rows, shifting the rows below up', () => {
    const { sheet } = dataSheet();
    sheet.getRange('A1:A4').setValues([['a'], ['b'], ['c'], ['d']]);
    sheet.deleteRows(2, 2);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['a'], ['d']]);
    expect(sheet.getMaxRows()).toBe(998);
  });

  it('moves named ranges, merges, range protections, rules and the selection with inserted and deleted rows', () => {
    const { SpreadsheetApp, book, sheet } = dataSheet();
    book.setNamedRange('Ids', sheet.getRange('A2:A10'));
    book.setNamedRange('Gone', sheet.getRange('B3'));
    sheet.getRange('C5:D5').merge();
    sheet.getRange('A1:C1').protect();
    const rule = SpreadsheetApp.newConditionalFormatRule()
      .whenNumberLessThan(0)
      .setRanges([sheet.getRange('E2:E9')]);
    sheet.setConditionalFormatRules([rule.build()]);
    sheet.getRange('D8').activate();
    sheet.insertRowsBefore(1, 2);
    sheet.deleteRows(5, 1);
    expect(book.getRangeByName('Ids')?.getA1Notation()).toBe('A4:A11');
    expect(book.getRangeByName('Gone')).toBeNull();
    expect(sheet.getRange('C6').isPartOfMerge()).toBe(true);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE)[0]?.getRange().getA1Notation()).toBe('A3:C3');
    expect(sheet.getConditionalFormatRules()[0]?.getRanges()[0]?.getA1Notation()).toBe('E4:E10');
    expect(book.getActiveRange()?.getA1Notation()).toBe('D9');
  });

  it('moves named ranges with inserted columns', () => {
    const { book, sheet } = dataSheet();
    book.setNamedRange('Targets', sheet.getRange('C2:D4'));
    sheet.insertColumnsBefore(4, 2);
    expect(book.getRangeByName('Targets')?.getA1Notation()).toBe('C2:F4');
    sheet.deleteColumns(1, 1);
    expect(book.getRangeByName('Targets')?.getA1Notation()).toBe('B2:E4');
  });

  it('clears contents, formats and notes separately', () => {
    const { sheet } = dataSheet();
    const cell = sheet.getRange('A1');
    cell.setValue(5).setBackground('#ff0000').setNote('why');
    sheet.clearContents();
    expect([cell.getValue(), cell.getBackground(), cell.getNote()]).toEqual(['', '#ff0000', 'why']);
    sheet.clearFormats();
    expect(cell.getBackground()).toBe('#ffffff');
    sheet.clearNotes();
    expect(cell.getNote()).toBe('');
    cell.setValue(1).setFontWeight('bold');
    sheet.clear();
    expect([cell.getValue(), cell.getFontWeight()]).toEqual(['', 'normal']);
  });

  it('freezes rows and keeps column widths', () => {
    const { sheet } = dataSheet();
    sheet.setFrozenRows(1);
    sheet.setColumnWidth(2, 320);
    sheet.setColumnWidths(3, 2, 90);
    sheet.autoResizeColumns(1, 5);
    expect(sheet.getFrozenRows()).toBe(1);
    expect([2, 3, 4, 5].map((column) => sheet.getColumnWidth(column))).toEqual([320, 90, 90, 100]);
  });

  it('protects the sheet and ranges, and lists protections by type', () => {
    const { SpreadsheetApp, sheet } = dataSheet();
    const protection = sheet.protect().setDescription('History is append-only').setWarningOnly(true);
    sheet.getRange('A1:C1').protect().setDescription('Headers');
    expect(protection.isWarningOnly()).toBe(true);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET).map((p) => p.getDescription())).toEqual([
      'History is append-only',
    ]);
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.RANGE).map((p) => p.getRange().getA1Notation())).toEqual([
      'A1:C1',
    ]);
    protection.remove();
    expect(sheet.getProtections(SpreadsheetApp.ProtectionType.SHEET)).toEqual([]);
  });

  it('stores charts built with the chart builder', () => {
    const { Charts, sheet } = dataSheet();
    const chart = sheet
      .newChart()
      .addRange(sheet.getRange('A1:B10'))
      .setChartType(Charts.ChartType.COLUMN)
      .setPosition(2, 4, 0, 0)
      .setOption('title', 'Progress')
      .build();
    sheet.insertChart(chart);
    const stored = sheet.getCharts();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.getRanges().map((range) => range.getA1Notation())).toEqual(['A1:B10']);
    expect(stored[0]?.getOptions().get('title')).toBe('Progress');
  });

  it('hides and shows itself, but never the last visible sheet', () => {
    const { book, sheet } = dataSheet();
    sheet.hideSheet();
    expect(sheet.isSheetHidden()).toBe(true);
    sheet.showSheet();
    expect(sheet.isSheetHidden()).toBe(false);
    book.deleteSheet(book.getSheetByName('Sheet1') as GoogleAppsScript.Spreadsheet.Sheet);
    expect(() => sheet.hideSheet()).toThrow("You can't hide all the sheets in a document.");
  });

  it('becomes the active sheet when activated', () => {
    const { book, sheet } = dataSheet();
    book.setActiveSheet(book.getSheetByName('Sheet1') as GoogleAppsScript.Spreadsheet.Sheet);
    sheet.activate();
    expect(book.getActiveSheet().getName()).toBe('Data');
  });
});
