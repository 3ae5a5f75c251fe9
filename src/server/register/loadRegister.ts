import { RegisterError } from '../../domain/errors';
import { findColumns } from '../../domain/register/columns';
import { type IdAssignment, planIds } from '../../domain/register/ids';
import { parseRegister, type Register } from '../../domain/register/register';
import { SHEET } from '../../domain/register/schema';
import { type CellBlock, writeBlocks } from '../../sheets/cellBlocks';
import { columnPatchBlocks } from '../../sheets/columnPatches';
import { type RegisterSheets, readRegisterSheets } from '../../sheets/registerSheets';
import type { Sheet, Spreadsheet } from '../../sheets/types';

export interface LoadedRegister {
  readonly sheets: RegisterSheets;
  readonly register: Register;
}

/** Reads and parses both register sheets (one read each), dates in the spreadsheet's zone. A missing column is a sentence. */
export function loadRegister(spreadsheet: Spreadsheet, timeZone: string): LoadedRegister {
  const sheets = readRegisterSheets(spreadsheet);
  const parsed = parseRegister(sheets.strategyGrid, sheets.tacticGrid, timeZone);
  if (!parsed.ok) throw new RegisterError('missing-header', parsed.errors.join(' '));
  return { sheets, register: parsed.register };
}

/** 1-based column of a header in a sheet's header row. */
export function columnOf(sheet: string, grid: readonly (readonly unknown[])[], header: string): number {
  const found = findColumns(sheet, grid[0], [header], [header]);
  if (!found.ok) throw new RegisterError('missing-header', found.errors.join(' '));
  return (found.columns[header] ?? 0) + 1;
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
    ...idBlocks(sheets.strategies, sheets.strategyGrid, SHEET.strategies, strategyIds),
    ...idBlocks(sheets.tactics, sheets.tacticGrid, SHEET.tactics, tacticIds),
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

function idBlocks(sheet: Sheet, grid: unknown[][], name: string, ids: readonly IdAssignment[]): CellBlock[] {
  if (ids.length === 0) return [];
  const column = columnOf(name, grid, 'ID');
  const patches = new Map(ids.map((assignment) => [assignment.row, { ID: assignment.id }]));
  return columnPatchBlocks(sheet, grid, () => column, patches);
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
