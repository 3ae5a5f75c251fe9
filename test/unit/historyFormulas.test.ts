import { RegisterError } from '../../src/domain/errors';
import { buildHistoryIndex } from '../../src/domain/history/historyIndex';
import { fail } from '../../src/domain/result';
import type { CellContext } from '../../src/server/formulas/cellGrid';
import { culpritOf, rowProblem, rowSentence, settle, textArgument } from '../../src/server/formulas/historyCell';
import { cacheKeysOf } from '../../src/server/formulas/indexCacheStore';
import { viewOf } from './history/fixtures';
import { afterEdits, beforeEdits } from './history/scenario';

const single: CellContext = { formula: 'QOQ_CHANGE', row: undefined, column: undefined };
const inColumn: CellContext = { formula: 'QOQ_CHANGE', row: 4, column: 1 };
const inGrid: CellContext = { formula: 'QOQ_CHANGE', row: 2, column: 3 };

describe('row sentences of the history formulas', () => {
  it.each<[string, CellContext, string]>([
    ['a single value', single, 'QOQ_CHANGE (id): S4 is not in the 2026-Q2 snapshot.'],
    ['a row of a column', inColumn, 'QOQ_CHANGE (id in row 4 of the range): S4 is not in the 2026-Q2 snapshot.'],
    [
      'a cell of a wider range',
      inGrid,
      'QOQ_CHANGE (id in row 2, column 3 of the range): S4 is not in the 2026-Q2 snapshot.',
    ],
  ])('name the argument and where it sits for %s', (_, at, expected) => {
    expect(rowSentence(at, 'id', 'QOQ_CHANGE: S4 is not in the 2026-Q2 snapshot.')).toBe(expected);
  });

  it('carry on in lower case after the colon, keeping field names as written', () => {
    expect(rowSentence(single, 'field', 'QOQ_CHANGE: There is no field "x" in Snapshot History.')).toBe(
      'QOQ_CHANGE (field): there is no field "x" in Snapshot History.',
    );
    expect(rowSentence(single, 'field', 'QOQ_CHANGE: Status is not a number field.')).toBe(
      'QOQ_CHANGE (field): Status is not a number field.',
    );
  });

  it('are thrown for single values and written into the cell inside a range', () => {
    const failed = rowProblem('id', 'QOQ_CHANGE: S4 is not in the 2026-Q2 snapshot.');
    expect(() => settle(failed, single)).toThrow(
      new RegisterError('not-found', 'QOQ_CHANGE (id): S4 is not in the 2026-Q2 snapshot.'),
    );
    expect(settle(failed, inColumn)).toBe('QOQ_CHANGE (id in row 4 of the range): S4 is not in the 2026-Q2 snapshot.');
    expect(settle({ ok: true, value: 12.5 }, inColumn)).toBe(12.5);
  });
});

describe('reading an ID, field or quarter argument', () => {
  it.each<[string, unknown, ReturnType<typeof textArgument>]>([
    ['text, trimmed', '  S1 ', { ok: true, value: 'S1' }],
    ['RTL text and emoji as they are', 'مرحبا 🚀', { ok: true, value: 'مرحبا 🚀' }],
    ['a number as its digits', 2026, { ok: true, value: '2026' }],
    [
      'a boolean as a problem',
      true,
      fail('bad-argument', 'TRUE is not text naming an ID, a field or a quarter.', 'quarter'),
    ],
    [
      'a date as a problem that shows how quarters are written',
      new Date('2026-08-01T00:00:00Z'),
      fail(
        'bad-argument',
        'the date 2026-08-01 is not text naming an ID, a field or a quarter; quarters are written like 2026-Q3, as FISCAL_QUARTER gives them.',
        'quarter',
      ),
    ],
  ])('reads %s', (_, value, expected) => {
    expect(textArgument(value, 'quarter', () => 'Etc/UTC')).toEqual(expected);
  });
});

describe('which argument a failed lookup is about', () => {
  const index = buildHistoryIndex(viewOf(beforeEdits, afterEdits));
  it.each<[string, string, boolean, [string, string | undefined][], string]>([
    ['an ID nobody has', 'S99', false, [['quarter', '1999-Q1']], 'id'],
    ['an unknown or unfit field', 'S1', false, [['quarter', '1999-Q1']], 'field'],
    [
      'the first quarter with no snapshot',
      'S1',
      true,
      [
        ['to_quarter', '2026 q3'],
        ['from_quarter', '1999-Q1'],
      ],
      'from_quarter',
    ],
    ['a left-out quarter never', 'S1', true, [['from_quarter', undefined]], 'id'],
    [
      'the ID when everything exists but the item is missing from a snapshot',
      'S4',
      true,
      [['quarter', '2026-Q2']],
      'id',
    ],
  ])('blames %s', (_, id, fieldFits, quarters, expected) => {
    expect(culpritOf(index, id, fieldFits, quarters)).toBe(expected);
  });
});

describe('cache keys of the history index', () => {
  it('are one count key and sixty chunk keys, each within the 250 characters CacheService allows', () => {
    const keys = cacheKeysOf('1764201600000');
    expect(keys?.count).toBe('historyIndex:1764201600000:count');
    expect(keys?.chunks).toHaveLength(60);
    expect(keys?.chunks[59]).toBe('historyIndex:1764201600000:59');
  });

  it('change with the version, so an older index is never found', () => {
    expect(cacheKeysOf('2')?.chunks[0]).not.toBe(cacheKeysOf('1')?.chunks[0]);
  });

  it('name the fields and quarters of a partial index, so it never answers for the whole history', () => {
    expect(cacheKeysOf('7', ['current'], ['2026-Q2', '2026-Q3'])?.count).toBe(
      'historyIndex:7+current@2026-Q2,2026-Q3:count',
    );
    expect(cacheKeysOf('7', ['current'])?.count).toBe('historyIndex:7+current:count');
  });

  it.each([
    [231, true],
    [232, false],
  ])('exist for a version of %i characters: %s', (length, exists) => {
    const keys = cacheKeysOf('v'.repeat(length));
    expect(keys !== undefined).toBe(exists);
    for (const key of keys ? [keys.count, ...keys.chunks] : []) expect(key.length).toBeLessThanOrEqual(250);
  });
});
