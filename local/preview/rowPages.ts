/** Rows sent at a time: a browser grid of 50 000 rows helps nobody, so the page turns pages. */
export const ROWS_PER_PAGE = 500;

/** The first row of the page holding `row`; pages start below the frozen rows, which are always shown. */
export function pageStart(row: number, frozenRows: number): number {
  const below = Math.max(row, frozenRows + 1) - frozenRows - 1;
  return frozenRows + 1 + Math.floor(below / ROWS_PER_PAGE) * ROWS_PER_PAGE;
}
