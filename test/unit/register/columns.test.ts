import { columnLetter, findColumns } from '../../../src/domain/register/columns';

const KNOWN = ['ID', 'Strategy', 'Metric', 'Learning'] as const;
const REQUIRED = ['ID', 'Strategy'] as const;

describe('finding register columns by header', () => {
  it('finds headers in any order, trimmed and ignoring case, next to user columns and empty headers', () => {
    const found = findColumns('Strategies', ['My notes', '', ' metric ', 'strategy', 'ID'], KNOWN, REQUIRED);
    expect(found).toEqual({ ok: true, value: { columns: { Metric: 2, Strategy: 3, ID: 4 }, findings: [] } });
  });

  it('lets optional columns such as Learning be missing', () => {
    const found = findColumns('Strategies', ['ID', 'Strategy'], KNOWN, REQUIRED);
    expect(found.ok && found.value.columns).toEqual({ ID: 0, Strategy: 1 });
  });

  it('reads the first of two columns with the same header and reports the second', () => {
    const found = findColumns('Strategies', ['ID', 'Strategy', 'Metric', 'metric'], KNOWN, REQUIRED);
    expect(found).toEqual({
      ok: true,
      value: {
        columns: { ID: 0, Strategy: 1, Metric: 2 },
        findings: [
          {
            rule: 'bad-value',
            at: { sheet: 'Strategies', row: 1, column: 'Metric' },
            id: '',
            message: 'Strategies has a second "Metric" column (D); the add-on reads column C and ignores this one.',
            blocking: false,
          },
        ],
      },
    });
  });

  it('names the sheet and every missing required header', () => {
    expect(findColumns('Strategies', ['Metric', 42, null], KNOWN, REQUIRED)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({ message: 'Strategies has no "ID" column: add a header cell reading "ID" in row 1.' }),
        expect.objectContaining({
          message: 'Strategies has no "Strategy" column: add a header cell reading "Strategy" in row 1.',
        }),
      ],
    });
  });

  it('treats a missing header row as a sheet with no columns', () => {
    expect(findColumns('Tactics', undefined, KNOWN, ['ID'])).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({ message: 'Tactics has no "ID" column: add a header cell reading "ID" in row 1.' }),
      ],
    });
  });

  it('names columns with the letters Sheets shows', () => {
    expect([0, 25, 26, 27, 701, 702].map(columnLetter)).toEqual(['A', 'Z', 'AA', 'AB', 'ZZ', 'AAA']);
  });
});
