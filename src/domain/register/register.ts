import { failAll, ok, type Result } from '../result';
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

export type RegisterParse = Result<Register>;

/**
 * Parses the two sheets' `getValues()`, reading dates in the spreadsheet's time zone;
 * fails only when a sheet lacks a column no operation can do without.
 */
export function parseRegister(strategyGrid: unknown, tacticGrid: unknown, timeZone: string): RegisterParse {
  const strategies = parseStrategies(strategyGrid, timeZone);
  const tactics = parseTactics(tacticGrid, timeZone);
  if (!strategies.ok || !tactics.ok) {
    return failAll([...(strategies.ok ? [] : strategies.problems), ...(tactics.ok ? [] : tactics.problems)]);
  }
  return ok({
    strategies: strategies.value.records,
    tactics: tactics.value.records,
    parseFindings: [...strategies.value.findings, ...tactics.value.findings],
    missingColumns: [...strategies.value.missingColumns, ...tactics.value.missingColumns],
  });
}
