import { columnFormatAreas, gridFormatAreas } from '../../../src/sheets/numberFormats';
import { adjacentColumns, runsOf } from '../../../src/sheets/runs';
import { sectionAreas, valueBands } from '../../../src/sheets/sheetLayers';

describe('runsOf', () => {
  it('starts a new run wherever two neighbours do not belong together', () => {
    expect(runsOf(['@', '@', 'General', '@'], (a, b) => a === b)).toEqual([
      { start: 0, count: 2 },
      { start: 2, count: 1 },
      { start: 3, count: 1 },
    ]);
    expect(adjacentColumns([0, 1, 2, 5, 6, 9])).toEqual([
      [0, 3],
      [5, 2],
      [9, 1],
    ]);
  });
});

describe('gridFormatAreas', () => {
  it('groups equal formats down each column, joins equal runs of adjacent columns and leaves out the default', () => {
    const formats = [
      ['@', '@', 'General'],
      ['@', '@', '0%'],
      ['General', 'General', '0%'],
      ['@', 'General', '0%'],
    ];
    expect(Object.fromEntries(gridFormatAreas(formats, 'General'))).toEqual({
      '@': ['A1:B2', 'A4'],
      '0%': ['C2:C4'],
    });
  });

  it('gives one area per run of adjacent columns for a block of rows', () => {
    expect(Object.fromEntries(columnFormatAreas(['@', '@', 'General', '@'], 5, 10))).toEqual({
      '@': ['A5:B14', 'D5:D14'],
      General: ['C5:C14'],
    });
  });
});

describe('sectionAreas', () => {
  it('keeps, per table between blank rows, the smallest rectangle holding what is set', () => {
    const values = [
      ['title', ''],
      ['', ''],
      ['a', 'b'],
      ['c', 'd'],
      ['', ''],
      ['e', ''],
    ];
    const notes = [
      ['note', ''],
      ['', ''],
      ['', 'old'],
      ['older', ''],
      ['', ''],
      ['', ''],
    ];
    expect(sectionAreas(values, notes, (note) => note !== '')).toEqual([
      { row: 1, column: 1, rows: 1, columns: 1 },
      { row: 3, column: 1, rows: 2, columns: 2 },
    ]);
  });

  it('gives nothing for a grid with nothing set', () => {
    expect(sectionAreas([['a', 'b']], [[null, null]], (colour) => colour !== null)).toEqual([]);
  });
});

describe('valueBands', () => {
  it('writes a narrow table below a wide one no wider than it is used', () => {
    const grid = [
      ['title', '', '', ''],
      ['a', 'b', 'c', 'd'],
      ['e', 'f', 'g', 'h'],
      ['', '', '', ''],
      ['x', 'y', '', ''],
      ['z', '', '', ''],
    ];
    expect(valueBands(grid)).toEqual([
      { row: 1, column: 1, rows: 3, columns: 4 },
      { row: 4, column: 1, rows: 3, columns: 2 },
    ]);
  });

  it('keeps one band when nothing narrows', () => {
    expect(
      valueBands([
        ['a', 'b'],
        ['', 'c'],
      ]),
    ).toEqual([{ row: 1, column: 1, rows: 2, columns: 2 }]);
  });

  it('writes only the used columns of a grid that is narrow throughout, and nothing of an empty one', () => {
    expect(
      valueBands([
        ['a', '', ''],
        ['b', null, ''],
      ]),
    ).toEqual([{ row: 1, column: 1, rows: 2, columns: 1 }]);
    expect(valueBands([])).toEqual([]);
    expect(valueBands([['', '']])).toEqual([]);
  });
});
