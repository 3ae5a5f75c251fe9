import { rowPager } from '../../../local/preview/page/rowPager';

const view = (firstRow: number, rows: number, rowCount: number, frozenRows = 1) => ({
  frozenRows,
  rowCount,
  firstRow,
  body: Array.from({ length: rows }, () => []),
});

describe('the row pager under a sheet', () => {
  it('is not there when every row is shown', () => {
    expect(rowPager(view(2, 22, 23))).toBeUndefined();
    expect(rowPager(view(1, 500, 500, 0))).toBeUndefined();
    expect(rowPager(view(2, 0, 1))).toBeUndefined();
  });

  it('names the rows shown and the rows on either side', () => {
    expect(rowPager(view(2, 500, 1201))).toEqual({
      text: 'Rows 2–501 of 1,201 (row 1 above)',
      next: { label: 'Next 500 rows', row: 502 },
    });
    expect(rowPager(view(1002, 200, 1201))).toEqual({
      text: 'Rows 1,002–1,201 of 1,201 (row 1 above)',
      previous: { label: 'Previous 500 rows', row: 502 },
    });
    expect(rowPager(view(4, 500, 504, 3))).toEqual({
      text: 'Rows 4–503 of 504 (rows 1–3 above)',
      next: { label: 'Next 1 row', row: 504 },
    });
  });
});
