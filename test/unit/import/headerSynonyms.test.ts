import { fieldOfHeader, HEADER_SYNONYMS, headerWords } from '../../../src/domain/import/headerSynonyms';
import type { ImportField } from '../../../src/domain/import/importFields';

describe('the synonym table', () => {
  it('names each spelling for one field only', () => {
    const owners = new Map<string, ImportField[]>();
    for (const [field, spellings] of Object.entries(HEADER_SYNONYMS) as [ImportField, readonly string[]][]) {
      for (const spelling of spellings)
        owners.set(headerWords(spelling), [...(owners.get(headerWords(spelling)) ?? []), field]);
    }
    expect([...owners.entries()].filter(([, fields]) => fields.length > 1)).toEqual([]);
  });

  it.each([
    ['Key Result', 'keyResult'],
    ['key_result', 'keyResult'],
    ['KEY-RESULT', 'keyResult'],
    [' Key result. ', 'keyResult'],
    ['Objective / Goal', 'strategy'],
    ['Start_Date', 'start'],
    ['Área', 'stakeholders'],
    ['Metric_Start_Value', 'baseline'],
  ])('reads %j ignoring case, spaces, punctuation and accents', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it.each([
    ['Target', 'target'],
    ['Target date', 'due'],
    ['Target end date', 'due'],
    ['Start', 'start'],
    ['Start value', 'baseline'],
    ['Goal', 'strategy'],
    ['Goal value', 'target'],
  ])('matches whole headers only: %j is %s', (header, field) => {
    expect(fieldOfHeader(header)).toBe(field);
  });

  it.each(['Target Title', 'Goal Type', 'Score', '% Complete', '', 'Q3 2026'])('knows no field for %j', (header) => {
    expect(fieldOfHeader(header)).toBeUndefined();
  });

  it('reads a header that is not text as no header', () => {
    expect(fieldOfHeader(42)).toBeUndefined();
    expect(fieldOfHeader(new Date('2026-01-01'))).toBeUndefined();
  });
});
