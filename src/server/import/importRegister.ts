import type { RegisterItems } from '../../domain/import/registerRows';
import { findColumns } from '../../domain/register/columns';
import { STRATEGY_HEADERS, TACTIC_HEADERS } from '../../domain/register/schema';
import { findRegisterSheets } from '../../sheets/registerSheets';
import type { DocumentContext } from '../documentContext';
import { type LoadedRegister, loadRegister } from '../register/loadRegister';

function textOf(cell: unknown): string {
  if (typeof cell === 'string') return cell.trim();
  return cell === null || cell === undefined ? '' : String(cell);
}

/** Each row's `Source` cell of a register sheet ('' when the sheet has no Source column). */
function sourceCells(grid: readonly (readonly unknown[])[], headers: readonly string[]): (row: number) => string {
  const found = findColumns('', grid[0], headers, []);
  const column = found.ok ? found.value.columns.Source : undefined;
  return (row) => (column === undefined ? '' : textOf(grid[row - 1]?.[column]));
}

/** The register's items as the import compares them: IDs, statements, Source cells. */
export function registerItems(loaded: LoadedRegister): RegisterItems {
  const { register, sheets } = loaded;
  const strategySource = sourceCells(sheets.strategyGrid, STRATEGY_HEADERS);
  const tacticSource = sourceCells(sheets.tacticGrid, TACTIC_HEADERS);
  return {
    strategies: register.strategies.map((strategy) => ({
      row: strategy.row,
      id: strategy.id,
      statement: strategy.statement,
      source: strategySource(strategy.row),
    })),
    tactics: register.tactics.map((tactic) => ({
      row: tactic.row,
      id: tactic.id,
      statement: tactic.statement,
      source: tacticSource(tactic.row),
      strategyId: tactic.strategyId,
    })),
  };
}

/** The items of the register as it stands, for counting what an import would add; none before it is set up. */
export function currentRegisterItems(context: DocumentContext): RegisterItems {
  const found = findRegisterSheets(context.spreadsheet);
  if (!found.strategies || !found.tactics) return { strategies: [], tactics: [] };
  return registerItems(loadRegister(context.spreadsheet, context.timeZone, found));
}
