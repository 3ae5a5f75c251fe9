/**
 * Reads the formulas the preview can compute: a call of a function with arguments that are
 * numbers (`8%` too), text in double quotes, TRUE / FALSE, ranges (`E2:E`, `'Tactics'!C2`)
 * and other calls, e.g. `=ON_TRACK(P2:P, I2:I, J2:J, TODAY())`. Anything else (operators,
 * arrays in braces) reads as undefined: the preview leaves such a formula to Sheets.
 */

export type Expression =
  | { readonly kind: 'number'; readonly value: number }
  | { readonly kind: 'text'; readonly value: string }
  | { readonly kind: 'boolean'; readonly value: boolean }
  /** `sheet` is undefined for a range on the formula's own sheet. */
  | { readonly kind: 'range'; readonly sheet: string | undefined; readonly a1: string }
  | { readonly kind: 'call'; readonly name: string; readonly args: readonly Expression[] };

const SHEET_PREFIX = String.raw`(?:'((?:[^']|'')+)'|([A-Za-z_][\w.]*))!`;
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?\d*|\$?\d+`;
const TOKENS: readonly (readonly [string, RegExp])[] = [
  ['space', /^\s+/],
  ['text', /^"((?:[^"]|"")*)"/],
  ['number', /^(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?(%?)/],
  ['range', new RegExp(String.raw`^(?:${SHEET_PREFIX})?((?:${CELL})(?::(?:${CELL}))?)(?![\w(])`)],
  ['name', /^([A-Za-z_][\w.]*)\s*\(/],
  ['boolean', /^(TRUE|FALSE)(?![\w(])/i],
  ['punctuation', /^[,)-]/],
];

interface Token {
  readonly kind: string;
  readonly match: RegExpExecArray;
}

function tokenize(source: string): Token[] | undefined {
  const tokens: Token[] = [];
  let rest = source;
  while (rest.length > 0) {
    const found = TOKENS.map(([kind, pattern]) => ({ kind, match: pattern.exec(rest) })).find(({ match }) => match);
    if (!found?.match) return undefined;
    if (found.kind !== 'space') tokens.push({ kind: found.kind, match: found.match });
    rest = rest.slice(found.match[0].length);
  }
  return tokens;
}

/** A1 letters alone (`E`) or digits alone (`7`) name no cell. */
function isRange(a1: string): boolean {
  return a1.includes(':') || (/[A-Za-z]/.test(a1) && /\d/.test(a1));
}

class Parser {
  private at = 0;
  constructor(private readonly tokens: readonly Token[]) {}

  private take(): Token | undefined {
    return this.tokens[this.at++];
  }

  private peekText(): string | undefined {
    return this.tokens[this.at]?.match[0];
  }

  atEnd(): boolean {
    return this.at === this.tokens.length;
  }

  expression(): Expression | undefined {
    const token = this.take();
    if (!token) return undefined;
    const [whole, first = '', second = '', third = ''] = token.match;
    switch (token.kind) {
      case 'text':
        return { kind: 'text', value: first.replace(/""/g, '"') };
      case 'number':
        return first === '%'
          ? { kind: 'number', value: Number(whole.slice(0, -1)) / 100 }
          : { kind: 'number', value: Number(whole) };
      case 'boolean':
        return { kind: 'boolean', value: first.toUpperCase() === 'TRUE' };
      case 'range': {
        if (!isRange(third)) return undefined;
        const sheet = first ? first.replace(/''/g, "'") : second || undefined;
        return { kind: 'range', sheet, a1: third };
      }
      case 'name':
        return this.call(first);
      case 'punctuation': {
        if (whole !== '-') return undefined;
        const operand = this.expression();
        return operand?.kind === 'number' ? { kind: 'number', value: -operand.value } : undefined;
      }
      default:
        return undefined;
    }
  }

  private call(name: string): Expression | undefined {
    const args: Expression[] = [];
    if (this.peekText() === ')') {
      this.take();
      return { kind: 'call', name, args };
    }
    for (;;) {
      const arg = this.expression();
      if (!arg) return undefined;
      args.push(arg);
      const separator = this.take()?.match[0];
      if (separator === ')') return { kind: 'call', name, args };
      if (separator !== ',') return undefined;
    }
  }
}

/** The call a formula makes, or undefined when the preview cannot read it. */
export function parseFormula(formula: string): Expression | undefined {
  if (!formula.startsWith('=')) return undefined;
  const tokens = tokenize(formula.slice(1));
  if (!tokens) return undefined;
  const parser = new Parser(tokens);
  const expression = parser.expression();
  return expression?.kind === 'call' && parser.atEnd() ? expression : undefined;
}
