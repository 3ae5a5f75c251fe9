import type { CellValue } from './cellParsing';

/**
 * Computes the few formulas the emulator can: arithmetic (+ - * / ^, parentheses) on number
 * literals, e.g. `=1+1`. Anything else (cell references, functions, text) gives undefined,
 * which reads back as a blank cell.
 */
export function evaluateFormula(formula: string): CellValue | undefined {
  const source = formula.slice(1);
  if (!/^[\d\s.+\-*/^()]+$/.test(source)) return undefined;
  const tokens = source.match(/\d+(?:\.\d+)?|\.\d+|[+\-*/^()]/g) ?? [];
  let at = 0;
  const peek = () => tokens[at];
  const next = () => tokens[at++];
  const primary = (): number => {
    const token = next();
    if (token === '(') {
      const value = sum();
      if (next() !== ')') throw new Error('unbalanced');
      return value;
    }
    if (token === '-') return -primary();
    if (token === '+') return primary();
    if (token === undefined || !/^[\d.]/.test(token)) throw new Error('unexpected');
    return Number(token);
  };
  const power = (): number => {
    const base = primary();
    if (peek() === '^') {
      next();
      return base ** power();
    }
    return base;
  };
  const product = (): number => {
    let value = power();
    while (peek() === '*' || peek() === '/') value = next() === '*' ? value * power() : value / power();
    return value;
  };
  const sum = (): number => {
    let value = product();
    while (peek() === '+' || peek() === '-') value = next() === '+' ? value + product() : value - product();
    return value;
  };
  try {
    const value = sum();
    if (at !== tokens.length) return undefined;
    return Number.isFinite(value) ? value : '#DIV/0!';
  } catch {
    return undefined;
  }
}
