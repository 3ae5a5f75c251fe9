/**
 * The warning Sheets flags a cell with when its value breaks the cell's data validation
 * (a value written by a script, or there before the rule): "Invalid:" and the rule's help
 * text, or Sheets' own sentence for the rule. Blank cells are never flagged; rules the
 * preview does not know flag nothing.
 */

export interface ValidationRule {
  readonly criteria: string;
  readonly values: readonly unknown[];
  readonly helpText: string;
}

type Check = (value: unknown, args: readonly unknown[]) => boolean;

const asNumber = (value: unknown): number | undefined =>
  typeof value === 'number' && Number.isFinite(value) ? value : undefined;
const isDate = (value: unknown): boolean => Object.prototype.toString.call(value) === '[object Date]';

function numeric(test: (n: number, a: number, b: number) => boolean): Check {
  return (value, args) => {
    const n = asNumber(value);
    const a = asNumber(args[0]) ?? 0;
    return n !== undefined && test(n, a, asNumber(args[1]) ?? a);
  };
}

const RULES: Readonly<
  Record<string, { readonly valid: Check; readonly sentence: (args: readonly unknown[]) => string }>
> = {
  VALUE_IN_LIST: {
    valid: (value, args) => Array.isArray(args[0]) && args[0].some((item) => String(item) === String(value)),
    sentence: () => 'Input must be an item on the specified list.',
  },
  NUMBER_BETWEEN: {
    valid: numeric((n, a, b) => n >= Math.min(a, b) && n <= Math.max(a, b)),
    sentence: (args) => `Input must be a number between ${args[0]} and ${args[1]}.`,
  },
  NUMBER_GREATER_THAN_OR_EQUAL_TO: {
    valid: numeric((n, a) => n >= a),
    sentence: (args) => `Input must be a number greater than or equal to ${args[0]}.`,
  },
  NUMBER_LESS_THAN_OR_EQUAL_TO: {
    valid: numeric((n, a) => n <= a),
    sentence: (args) => `Input must be a number less than or equal to ${args[0]}.`,
  },
  DATE_IS_VALID_DATE: { valid: (value) => isDate(value), sentence: () => 'Input must be a valid date.' },
};

/** The warning for `value` under `rule`, or undefined when the value passes (or the rule is unknown). */
export function invalidMessage(rule: ValidationRule | null | undefined, value: unknown): string | undefined {
  if (!rule || value === '' || value === null || value === undefined) return undefined;
  const known = RULES[rule.criteria];
  if (!known || known.valid(value, rule.values)) return undefined;
  return `Invalid: ${rule.helpText || known.sentence(rule.values)}`;
}
