import { COLUMNS_NEEDED, missingFor } from '../register/columnNeeds';
import { parseStrategies } from '../register/parseStrategies';
import { parseTactics } from '../register/parseTactics';
import { individualScope, knownGroupSet } from '../register/rules/individualScope';
import { noStrategy } from '../register/rules/noStrategy';
import { readsLikeTactic } from '../register/rules/readsLikeTactic';
import type { Finding, Settings } from '../register/types';

/**
 * The health check's findings about one row just saved, from the rules that need only
 * that row: the sidebar shows them at once as warnings. A finding never blocks a save, and
 * a rule whose columns the sheet lacks is not run (the missing column is its own finding).
 */

type Cells = readonly unknown[];

/** `headerRow` and `cells` as the sheet holds them after the save; `row` is the 1-based sheet row. */
export function savedStrategyFindings(
  headerRow: Cells,
  cells: Cells,
  row: number,
  settings: Settings,
  timeZone: string,
): Finding[] {
  const parsed = parseStrategies([headerRow, cells], timeZone);
  const strategy = parsed.ok ? parsed.value.records[0] : undefined;
  if (!parsed.ok || !strategy) return [];
  const can = (need: keyof typeof COLUMNS_NEEDED) =>
    missingFor(COLUMNS_NEEDED[need], parsed.value.missingColumns).length === 0;
  const saved = { ...strategy, row };
  return [
    ...(can('readsLikeTactic') ? readsLikeTactic(saved) : []),
    ...(can('individualScope') ? individualScope(saved, knownGroupSet(settings.stakeholderGroups)) : []),
  ];
}

/** `strategyIds` are the register's strategy IDs (as `idKey` gives them). */
export function savedTacticFindings(
  headerRow: Cells,
  cells: Cells,
  row: number,
  strategyIds: ReadonlySet<string>,
  timeZone: string,
): Finding[] {
  const parsed = parseTactics([headerRow, cells], timeZone);
  const tactic = parsed.ok ? parsed.value.records[0] : undefined;
  return tactic ? noStrategy({ ...tactic, row }, strategyIds) : [];
}
