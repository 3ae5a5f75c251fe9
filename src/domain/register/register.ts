import type { MissingColumn } from './missingColumns';
import { parseStrategies } from './parseStrategies';
import { parseTactics } from './parseTactics';
import type { Finding, Strategy, Tactic } from './types';

/** Both register sheets, parsed, with the findings parsing produced (bad values, repeated headers). */
export interface Register {
  readonly strategies: readonly Strategy[];
  readonly tactics: readonly Tactic[];
  readonly parseFindings: readonly Finding[];
  /** Register columns either sheet lacks; see `columnNeeds.ts` for who may do without which. */
  readonly missingColumns: readonly MissingColumn[];
}

export type RegisterParse =
  | { readonly ok: true; readonly register: Register }
  | { readonly ok: false; readonly errors: readonly string[] };

/**
 * Parses the two sheets' `getValues()`, reading dates in the spreadsheet's time zone;
 * fails only when a sheet lacks a column no operation can do without.
 */
export function parseRegister(strategyGrid: unknown, tacticGrid: unknown, timeZone: string): RegisterParse {
  const strategies = parseStrategies(strategyGrid, timeZone);
  const tactics = parseTactics(tacticGrid, timeZone);
  const errors = [...(strategies.ok ? [] : strategies.errors), ...(tactics.ok ? [] : tactics.errors)];
  if (!strategies.ok || !tactics.ok) return { ok: false, errors };
  return {
    ok: true,
    register: {
      strategies: strategies.records,
      tactics: tactics.records,
      parseFindings: [...strategies.findings, ...tactics.findings],
      missingColumns: [...strategies.missingColumns, ...tactics.missingColumns],
    },
  };
}
