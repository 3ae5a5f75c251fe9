import { dataSheet } from './fixtures';

/** Writes `input` into A1 (formatted `format` first) and reads back value and formula. */
function written(input: string, format: string, inputRules = {}) {
  const { sheet } = dataSheet({ inputRules });
  const cell = sheet.getRange('A1');
  cell.setNumberFormat(format);
  cell.setValues([[input]]);
  return { value: cell.getValue(), formula: cell.getFormula() };
}

describe('the input rules Sheets is assumed to follow, each of which a test may change', () => {
  it('by default keeps any string written into a plain-text cell as given, apostrophe included', () => {
    expect(written('=1+1', '@')).toEqual({ value: '=1+1', formula: '' });
    expect(written("'=1+1", '@')).toEqual({ value: "'=1+1", formula: '' });
    expect(written("'=1+1", 'General')).toEqual({ value: '=1+1', formula: '' });
  });

  it('reads a plain-text cell as typed when told that Sheets does', () => {
    const rules = { plainTextCell: 'as-typed' } as const;
    expect(written('=1+1', '@', rules)).toEqual({ value: 2, formula: '=1+1' });
    expect(written("'=1+1", '@', rules)).toEqual({ value: '=1+1', formula: '' });
  });

  it('drops the apostrophe in a plain-text cell when told that Sheets does', () => {
    expect(written("'=1+1", '@', { apostropheInPlainText: 'dropped' })).toEqual({ value: '=1+1', formula: '' });
  });

  it('keeps the apostrophe elsewhere as a character when told that Sheets does, never making a formula', () => {
    expect(written("'=1+1", 'General', { apostropheElsewhere: 'kept' })).toEqual({ value: "'=1+1", formula: '' });
  });
});

describe('store limits a test may set', () => {
  it('refuses a property value over the limit it is given', () => {
    const { PropertiesService } = dataSheet({ limits: { propertyValueBytes: 8066 } });
    const store = PropertiesService.getDocumentProperties();
    expect(() => store.setProperty('k', 'x'.repeat(8066))).not.toThrow();
    expect(() => store.setProperty('k', 'x'.repeat(8067))).toThrow('Argument too large: value');
  });

  it('forgets every cached value at once when told to, as Google allows', () => {
    const { CacheService } = dataSheet({ limits: { cacheForgets: true } });
    const cache = CacheService.getScriptCache();
    cache.put('k', 'v');
    expect(cache.get('k')).toBeNull();
    expect(cache.getAll(['k'])).toEqual({});
  });
});
