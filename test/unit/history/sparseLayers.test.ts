import { columnSpans, formatRuns } from '../../../src/domain/history/sparseLayers';

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
