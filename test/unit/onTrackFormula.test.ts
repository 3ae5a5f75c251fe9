import { onTrackFormula as onTrack } from '../../src/server/formulas/onTrackFormula';

const START = new Date('2026-01-01T00:00:00Z');
const DUE = new Date('2026-04-11T00:00:00Z');
const HALFWAY = new Date('2026-02-20T00:00:00Z');

beforeEach(() => {
  (globalThis as { SpreadsheetApp?: unknown }).SpreadsheetApp = {
    getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => 'Etc/UTC' }),
  };
});

afterEach(() => {
  delete (globalThis as { SpreadsheetApp?: unknown }).SpreadsheetApp;
});

describe('ON_TRACK', () => {
  it('gives blank when an as_of cell in a range is blank, rather than judging on today', () => {
    expect(onTrack(0.5, START, DUE, [[HALFWAY], ['']])).toEqual([['On track'], ['']]);
  });

  it('judges every row of one call against the same today', () => {
    const rows = Array.from({ length: 3 }, () => [0]);
    const starts = Array.from({ length: 3 }, () => [new Date('2000-01-01T00:00:00Z')]);
    const dues = Array.from({ length: 3 }, () => [new Date('2001-01-01T00:00:00Z')]);
    expect(onTrack(rows, starts, dues)).toEqual([['Off track'], ['Off track'], ['Off track']]);
  });

  it('accepts a progress shown as a percentage, which Sheets passes as a fraction', () => {
    expect(onTrack(0.475, START, DUE, HALFWAY)).toBe('On track');
  });
});
