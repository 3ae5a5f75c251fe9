import { dataSheet } from './fixtures';

describe('A1 notation', () => {
  it.each([
    ['B3', 'B3', 3, 2, 1, 1],
    ['$A$1:$C$2', 'A1:C2', 1, 1, 2, 3],
    ['C5:A1', 'A1:C5', 1, 1, 5, 3],
    ['A:B', 'A1:B1000', 1, 1, 1000, 2],
    ['2:3', 'A2:Z3', 2, 1, 2, 26],
    ['B2:C', 'B2:C1000', 2, 2, 999, 2],
    ["'Data'!A1:B2", 'A1:B2', 1, 1, 2, 2],
  ])('reads %s as %s', (notation, a1, row, column, numRows, numColumns) => {
    const range = dataSheet().sheet.getRange(notation);
    expect([
      range.getA1Notation(),
      range.getRow(),
      range.getColumn(),
      range.getNumRows(),
      range.getNumColumns(),
    ]).toEqual([a1, row, column, numRows, numColumns]);
  });

  it.each(['A', '7', 'A1:B2:C3', '', 'Other!A1', '1A'])('finds no range for %j', (notation) => {
    expect(() => dataSheet().sheet.getRange(notation)).toThrow('Range not found');
  });

  it('finds a range on another sheet from the spreadsheet', () => {
    const { book } = dataSheet();
    expect(book.getRange("'Data'!B2").getSheet().getName()).toBe('Data');
  });
});
