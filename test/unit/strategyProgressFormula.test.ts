import { RegisterError } from '../../src/domain/errors';
import { strategyProgress } from '../../src/server/formulas/strategyProgress';

describe('STRATEGY_PROGRESS', () => {
  it('computes one value from single values', () => {
    expect(strategyProgress(20, 25, 22.5)).toBe(0.5);
  });

  it('fills a column from same-shaped ranges', () => {
    expect(strategyProgress([[20], [8], [1]], [[25], [5], [2]], [[25], [6.5], [1.5]])).toEqual([[1], [0.5], [0.5]]);
  });

  it('broadcasts a single value against a range', () => {
    expect(strategyProgress([[0], [0]], 10, [[5], [10]])).toEqual([[0.5], [1]]);
  });

  it('gives blank for blank inputs and rows', () => {
    expect(strategyProgress('', 25, 22)).toBe('');
    expect(strategyProgress([[20], ['']], [[25], ['']], [[21], ['']])).toEqual([[0.2], ['']]);
    expect(strategyProgress([[20]], [[25]], [['   ']])).toEqual([['']]);
  });

  it('names the formula, argument, row and value in the cell of a row holding text, the other rows computed', () => {
    expect(strategyProgress([[20], [20], [20]], [[25], [25], [25]], [[21], [22], ['n/a']])).toEqual([
      [0.2],
      [0.4],
      ['STRATEGY_PROGRESS: current in row 3 of the range is "n/a", not a number.'],
    ]);
  });

  it('refuses error values and booleans by name', () => {
    expect(() => strategyProgress('#N/A', 25, 22)).toThrow('STRATEGY_PROGRESS: baseline is "#N/A", not a number.');
    expect(() => strategyProgress(20, true, 22)).toThrow('STRATEGY_PROGRESS: target is TRUE, not a number.');
  });

  it('names the column too when the ranges are wider than one column', () => {
    expect(strategyProgress([[1, 2]], [[3, 'x']], [[2, 2]])).toEqual([
      [0.5, 'STRATEGY_PROGRESS: target in row 1, column 2 of the range is "x", not a number.'],
    ]);
  });

  it('refuses ranges of different shapes with a sentence', () => {
    const attempt = () => strategyProgress([[1], [2]], [[3], [4], [5]], 1);
    expect(attempt).toThrow(RegisterError);
    expect(attempt).toThrow(
      'STRATEGY_PROGRESS: target is a 3×1 range but baseline is 2×1; ranges must have the same number of rows and columns.',
    );
  });
});
