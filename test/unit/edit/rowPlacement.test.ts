import { placeRow } from '../../../src/domain/edit/rowPlacement';
import { rowVersion } from '../../../src/domain/rowVersion';

const grid = [
  ['ID', 'Strategy'],
  ['S1', 'Raise win rate'],
  ['', 'Cut churn'],
  ['S7', 'Grow deal size'],
];
const items = [
  { row: 2, id: 'S1' },
  { row: 3, id: '' },
  { row: 4, id: 'S7' },
];

describe('placeRow', () => {
  it('puts a new item after the last one with the next free ID', () => {
    expect(placeRow(grid, items, 'S', {})).toEqual({ stale: false, row: 5, id: 'S9', writeId: true });
  });

  it('keeps an edited row and its ID when the row is as loaded', () => {
    expect(placeRow(grid, items, 'S', { row: 2, version: rowVersion(grid[1] ?? []) })).toEqual({
      stale: false,
      row: 2,
      id: 'S1',
      writeId: false,
    });
  });

  it('gives an edited row without an ID the ID it would get from the health check', () => {
    expect(placeRow(grid, items, 'S', { row: 3, version: rowVersion(grid[2] ?? []) })).toEqual({
      stale: false,
      row: 3,
      id: 'S8',
      writeId: true,
    });
  });

  it('is stale when the row changed or moved since load', () => {
    expect(placeRow(grid, items, 'S', { row: 2, version: 'old' })).toEqual({ stale: true });
    expect(placeRow(grid, items, 'S', { row: 9, version: rowVersion([]) })).toEqual({ stale: true });
  });
});
