import { findColumns } from '../../../src/domain/register/columns';
import { missingColumns } from '../../../src/domain/register/missingColumns';
import { OPTIONAL_STRATEGY_HEADERS, STRATEGY_HEADERS } from '../../../src/domain/register/schema';

// As the parser wants them: the computed and the optional columns are never missed.
const WANTED = STRATEGY_HEADERS.filter(
  (header) => header !== 'Progress' && !OPTIONAL_STRATEGY_HEADERS.includes(header),
);

/** The sentences for the Strategies sheet `grid` (row 0 = headers). */
function sentences(grid: unknown[][]): string[] {
  const found = findColumns('Strategies', grid[0], STRATEGY_HEADERS, []);
  const columns = found.ok ? found.value.columns : {};
  return missingColumns('Strategies', grid, WANTED, columns, 'Etc/UTC').map((missing) => missing.message);
}

/** Every Strategies header, with some replaced (a value of undefined drops the column). */
function header(replaced: Partial<Record<string, string | undefined>>): unknown[] {
  return WANTED.filter((name) => !(name in replaced) || replaced[name] !== undefined).map(
    (name) => replaced[name] ?? name,
  );
}

describe('a register column missing from its sheet', () => {
  it('costs nothing and says nothing when every header is there', () => {
    expect(sentences([header({})])).toEqual([]);
  });

  it('points at a column with no header holding values of its kind', () => {
    const row = header({}).map((name) => (name === 'Target' ? 0.25 : ''));
    expect(sentences([header({ Target: '' }), row])).toEqual([
      'Strategies has no "Target" column; column F has no header and holds numbers: was it Target? If so, type Target in F1.',
    ]);
  });

  it('never takes a blank-headed column of another kind for it', () => {
    const row = header({}).map((name) => (name === 'Target' ? 'about 7' : ''));
    const grid = [header({ Target: '', Metric: undefined }), row.filter((_, index) => index !== 2)];
    expect(sentences(grid)).toEqual([
      'Strategies has no "Metric" column; column E has no header and holds text: was it Metric? If so, type Metric in E1.',
      'Strategies has no "Target" column: type Target in row 1 above its values, or run Set up register to add the column.',
    ]);
  });

  it('points at a header spelt a letter or two off, or with words around it', () => {
    expect(sentences([header({ Baseline: 'Basline', 'Last reviewed': 'Last reviewed on' })])).toEqual([
      'Strategies has no "Baseline" column; column E is headed "Basline": was it Baseline? If so, type Baseline in E1.',
      'Strategies has no "Last reviewed" column; column M is headed "Last reviewed on": was it Last reviewed? If so, type Last reviewed in M1.',
    ]);
  });

  it('leaves the user’s own columns out of it', () => {
    const grid = [
      [...header({ Learning: undefined }), 'Our notes'],
      [...header({ Learning: undefined }).map(() => ''), 'call Ana'],
    ];
    expect(sentences(grid)).toEqual([
      'Strategies has no "Learning" column: type Learning in row 1 above its values, or run Set up register to add the column.',
    ]);
  });

  it('names every column that could be it', () => {
    const grid = [
      [...header({ Current: undefined }), '', ''],
      [...header({ Current: undefined }).map(() => ''), 0.2, 0.3],
    ];
    expect(sentences(grid)).toEqual([
      'Strategies has no "Current" column; column O has no header and holds numbers and column P has no header and holds numbers: was one of them Current? If so, type Current in row 1 of that column.',
    ]);
  });
});

describe('a header renamed to another word', () => {
  it('is suspected over numbers or dates of its kind, and named with what it holds', () => {
    const row = header({}).map((name) => (name === 'Target' ? 0.25 : ''));
    expect(sentences([header({ Target: 'Goal' }), row])).toEqual([
      'Strategies has no "Target" column; column F is headed "Goal" and holds numbers: was it Target? If so, type Target in F1.',
    ]);
  });

  it('is never suspected over text, which a team’s own notes hold', () => {
    const row = header({}).map((name) => (name === 'Metric' ? 'Win rate' : ''));
    expect(sentences([header({ Metric: 'Notes' }), row])).toEqual([
      'Strategies has no "Metric" column: type Metric in row 1 above its values, or run Set up register to add the column.',
    ]);
  });
});
