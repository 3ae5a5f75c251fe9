import { RegisterError } from '../../domain/errors';
import { findColumns } from '../../domain/register/columns';
import { type IdAssignment, planIds } from '../../domain/register/ids';
import { parseRegister, type Register } from '../../domain/register/register';
import { SHEET, STRATEGY_HEADERS, TACTIC_HEADERS } from '../../domain/register/schema';
import { sentence } from '../../domain/result';
import { type CellBlock, writeBlocks } from '../../sheets/cellBlocks';
import { columnPatchBlocks } from '../../sheets/columnPatches';
import { type FoundSheets, type RegisterSheets, readRegisterSheets } from '../../sheets/registerSheets';
import type { Sheet, Spreadsheet } from '../../sheets/types';

type RegisterSheetName = typeof SHEET.strategies | typeof SHEET.tactics;

export interface LoadedRegister {
  readonly sheets: RegisterSheets;
  readonly register: Register;
}

/** Reads and parses both register sheets (one read each), dates in the spreadsheet's zone. A missing column is a sentence. */
export function loadRegister(spreadsheet: Spreadsheet, timeZone: string, found?: FoundSheets): LoadedRegister {
  const sheets = readRegisterSheets(spreadsheet, found);
  const parsed = parseRegister(sheets.strategyGrid, sheets.tacticGrid, timeZone);
  if (!parsed.ok) throw new RegisterError('missing-header', sentence(parsed));
  return { sheets, register: parsed.value };
}

/** 1-based column of a register header; a header the sheet lacks throws its missing-column sentence. */
export type ColumnLookup = (header: string) => number;

/**
 * Where a write lands in a register sheet. A write to a column the sheet lacks is refused
 * with the missing column's sentence before anything is written, never dropped in silence.
 */
export function registerColumns(loaded: LoadedRegister, sheet: RegisterSheetName): ColumnLookup {
  const grid = sheet === SHEET.strategies ? loaded.sheets.strategyGrid : loaded.sheets.tacticGrid;
  const headers: readonly string[] = sheet === SHEET.strategies ? STRATEGY_HEADERS : TACTIC_HEADERS;
  const found = findColumns(sheet, grid[0], headers, []);
  const columns = found.ok ? found.value.columns : {};
  return (header) => {
    const index = columns[header];
    if (index !== undefined) return index + 1;
    const missing = loaded.register.missingColumns.find((column) => column.sheet === sheet && column.header === header);
    throw new RegisterError('missing-header', missing?.message ?? `${sheet} has no ${JSON.stringify(header)} column.`);
  };
}

/** A register with IDs for every item, and the cell writes that would store the new ones. */
export interface IdPlan {
  readonly register: Register;
  readonly blocks: CellBlock[];
}

/**
 * Plans the next free `S<n>` / `T<n>` for every strategy and tactic without an ID: one
 * column write per sheet. Existing IDs never change.
 */
export function planMissingIds(loaded: LoadedRegister): IdPlan {
  const { sheets, register } = loaded;
  const strategyIds = planIds(register.strategies, 'S');
  const tacticIds = planIds(register.tactics, 'T');
  const blocks = [
    ...idBlocks(sheets.strategies, sheets.strategyGrid, registerColumns(loaded, SHEET.strategies), strategyIds),
    ...idBlocks(sheets.tactics, sheets.tacticGrid, registerColumns(loaded, SHEET.tactics), tacticIds),
  ];
  return {
    register: {
      ...register,
      strategies: withIds(register.strategies, strategyIds),
      tactics: withIds(register.tactics, tacticIds),
    },
    blocks,
  };
}

/** Writes the missing IDs and returns the register with them. */
export function assignMissingIds(loaded: LoadedRegister): Register {
  const plan = planMissingIds(loaded);
  writeBlocks(plan.blocks);
  return plan.register;
}

function idBlocks(sheet: Sheet, grid: unknown[][], columns: ColumnLookup, ids: readonly IdAssignment[]): CellBlock[] {
  if (ids.length === 0) return [];
  const patches = new Map(ids.map((assignment) => [assignment.row, { ID: assignment.id }]));
  return columnPatchBlocks(sheet, grid, columns, patches);
}

function withIds<T extends { readonly row: number; readonly id: string }>(
  items: readonly T[],
  ids: readonly IdAssignment[],
): T[] {
  if (ids.length === 0) return [...items];
  const byRow = new Map(ids.map((assignment) => [assignment.row, assignment.id]));
  return items.map((item) => {
    const id = byRow.get(item.row);
    return id === undefined ? item : { ...item, id };
  });
}
