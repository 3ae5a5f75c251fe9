import { checkMapping } from '../../../src/domain/import/mappingSchema';

describe('the mapping editor’s schema', () => {
  it('accepts a header row in the sheet and known choices, null for as-found', () => {
    expect(checkMapping({ headerRow: 3, columns: ['strategy', null, 'ignore', 'target'] }, 10)).toEqual({
      ok: true,
      value: { headerRow: 3, columns: ['strategy', null, 'ignore', 'target'] },
    });
  });

  it('names each column in error, and a header row outside the sheet', () => {
    expect(checkMapping({ headerRow: 12, columns: ['strategy', 'owner', 'nonsense', 'strategy'] }, 10)).toEqual({
      ok: false,
      problems: [
        { code: 'bad-value', message: 'The header row must be a row number from 1 to 10.', subject: 'headerRow' },
        { code: 'bad-value', message: 'Column C has no field "nonsense"; choose one from the list.', subject: 'C' },
        {
          code: 'bad-value',
          message: 'Strategy is already read from column A; choose another field for column D, or Ignore.',
          subject: 'D',
        },
      ],
    });
  });

  it('refuses what is not a mapping at all', () => {
    const checked = checkMapping('strategy', 5);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.problems.map((problem) => problem.subject)).toEqual(['headerRow', 'columns']);
  });
});
