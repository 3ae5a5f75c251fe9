import { findHeaderRow, HEADER_SEARCH_ROWS, tableUnder } from '../../../src/domain/import/findTable';

describe('finding the table', () => {
  it('takes the first row with two known headers, past a title and a one-header line', () => {
    const grid = [['Q3 plan'], ['Status', 'as of July'], ['Objective', 'Owner', 'Due'], ['Grow ARR', 'Sales', '']];
    expect(findHeaderRow(grid, 'Plan')).toEqual({ ok: true, value: 2 });
  });

  it('passes over a report preamble of labels and numbers', () => {
    const grid = [['Report', 'KPIs'], ['On Target', 3], ['At Risk', 2], [], ['KPI Name', 'Target Value', 'Status']];
    expect(findHeaderRow(grid, 'KPIs')).toEqual({ ok: true, value: 4 });
  });

  it(`searches the first ${HEADER_SEARCH_ROWS} rows only`, () => {
    const grid = [...Array.from({ length: HEADER_SEARCH_ROWS }, () => ['notes']), ['Strategy', 'Tactic']];
    const found = findHeaderRow(grid, 'Plan');
    expect(found.ok).toBe(false);
    expect(!found.ok && found.problems[0]?.message).toBe(
      "No header row found in the first 30 rows of 'Plan': no row has two headers the import knows, such as Strategy, Objective, Tactic, Key result, Owner, Target or Due. Rename the headers, or choose the columns in the mapping editor.",
    );
  });

  it('says a sheet is empty, and names a header row pasted into one cell', () => {
    const empty = findHeaderRow([[''], []], "Ann's plan");
    expect(!empty.ok && empty.problems[0]?.message).toBe(
      "'Ann''s plan' is empty: paste or import the plan into it, then run the import again.",
    );
    const packed = findHeaderRow([['Objective;Owner;Status'], ['Grow;Ann;On track']], 'Paste');
    expect(!packed.ok && packed.problems[0]?.message).toBe(
      'Row 1 of \'Paste\' holds all its headers in one cell ("Objective;Owner;Status"): split it into columns with Data → Split text to columns, then run the import again.',
    );
  });

  it('passes over blank rows between groups, as wide as its widest row', () => {
    const grid = [['Strategy', 'Tactic'], ['Grow', 'Hire', '', 'note'], ['', ' ', ''], ['Retain', 'Call'], []];
    expect(tableUnder(grid, 0)).toEqual({
      headerRow: 1,
      header: ['Strategy', 'Tactic'],
      rows: [
        { row: 2, cells: ['Grow', 'Hire', '', 'note'] },
        { row: 4, cells: ['Retain', 'Call'] },
      ],
      width: 4,
    });
  });

  it('ends the table at a second header row, the start of another table', () => {
    const grid = [
      ['Strategy', 'Tactic'],
      ['Grow', 'Hire'],
      ['', ' ', ''],
      ['Owner', 'KPIs'],
      ['Ana', 'Win rate'],
    ];
    expect(tableUnder(grid, 0)).toEqual({
      headerRow: 1,
      header: ['Strategy', 'Tactic'],
      rows: [{ row: 2, cells: ['Grow', 'Hire'] }],
      width: 2,
      nextTable: { startRow: 4, headerRow: 4 },
    });
  });
});
