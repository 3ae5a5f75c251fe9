import { isBlank } from '../../domain/cellValue';
import { RegisterError } from '../../domain/errors';
import type { RegisterItems } from '../../domain/import/registerRows';
import { findColumns } from '../../domain/register/columns';
import { parseRegister } from '../../domain/register/register';
import { STRATEGY_HEADERS, TACTIC_HEADERS } from '../../domain/register/schema';
import { sentence } from '../../domain/result';
import { findRegisterSheets, readRegisterSheets } from '../../sheets/registerSheets';
import type { DocumentContext } from '../documentContext';
import type { LoadedRegister } from '../register/loadRegister';

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

/** A register sheet with nothing in it, not even its header row (a set-up cut short), counts as not set up. */
function isEmptySheet(grid: readonly (readonly unknown[])[]): boolean {
  return grid.every((row) => row.every(isBlank));
}

/** The register as it stands, read and parsed; undefined while a register sheet is missing or empty (to be set up). */
export function registerIfSetUp(context: DocumentContext): LoadedRegister | undefined {
  const found = findRegisterSheets(context.spreadsheet);
  if (!found.strategies || !found.tactics) return undefined;
  const sheets = readRegisterSheets(context.spreadsheet, found);
  if (isEmptySheet(sheets.strategyGrid) || isEmptySheet(sheets.tacticGrid)) return undefined;
  const parsed = parseRegister(sheets.strategyGrid, sheets.tacticGrid, context.timeZone);
  if (!parsed.ok) throw new RegisterError('missing-header', sentence(parsed));
  return { sheets, register: parsed.value };
}

/** The items of the register as it stands, for counting what an import would add; none before it is set up. */
export function currentRegisterItems(context: DocumentContext): RegisterItems {
  const loaded = registerIfSetUp(context);
  return loaded ? registerItems(loaded) : { strategies: [], tactics: [] };
}
