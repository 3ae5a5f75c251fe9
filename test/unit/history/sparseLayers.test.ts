import { columnSpans, formatRuns, valueBands } from '../../../src/domain/history/sparseLayers';

describe('columnSpans', () => {
  it('keeps, per column, the rows from the first to the last set cell', () => {
    const notes = [
      ['title', '', ''],
      ['', '', ''],
      ['', '', 'old'],
      ['', '', ''],
      ['', '', 'older'],
    ];
    expect(columnSpans(notes, (note) => note !== '', '')).toEqual([
      { column: 1, firstRow: 1, cells: [['title']] },
      { column: 3, firstRow: 3, cells: [['old'], [''], ['older']] },
    ]);
  });

  it('gives nothing for a grid with nothing set', () => {
    expect(columnSpans([[null, null]], (colour) => colour !== null, null)).toEqual([]);
  });
});

describe('formatRuns', () => {
  it('groups equal formats down each column and leaves out the default', () => {
    const formats = [
      ['@', 'General'],
      ['@', '0%'],
      ['General', '0%'],
      ['@', '0%'],
    ];
    expect(formatRuns(formats, 'General')).toEqual([
      { column: 1, firstRow: 1, rows: 2, format: '@' },
      { column: 1, firstRow: 4, rows: 1, format: '@' },
      { column: 2, firstRow: 2, rows: 3, format: '0%' },
    ]);
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
      { firstRow: 1, rows: 3, width: 4 },
      { firstRow: 4, rows: 3, width: 2 },
    ]);
  });

  it('keeps one band when nothing narrows', () => {
    expect(
      valueBands([
        ['a', 'b'],
        ['', 'c'],
      ]),
    ).toEqual([{ firstRow: 1, rows: 2, width: 2 }]);
  });

  it('writes only the used columns of a grid that is narrow throughout, and nothing of an empty one', () => {
    expect(
      valueBands([
        ['a', '', ''],
        ['b', null, ''],
      ]),
    ).toEqual([{ firstRow: 1, rows: 2, width: 1 }]);
    expect(valueBands([])).toEqual([]);
    expect(valueBands([['', '']])).toEqual([]);
  });
});
