import { RegisterError } from '../../domain/errors';
import { findColumns } from '../../domain/register/columns';
import { planIds } from '../../domain/register/ids';
import { parseRegister, type Register } from '../../domain/register/register';
import { SHEET } from '../../domain/register/schema';
import { writeIds } from '../../sheets/idColumn';
import { type RegisterSheets, readRegisterSheets } from '../../sheets/registerSheets';
import type { Spreadsheet } from '../../sheets/types';

export interface LoadedRegister {
  readonly sheets: RegisterSheets;
  readonly register: Register;
}

/** Reads and parses both register sheets: one read each. A missing column is a sentence. */
export function loadRegister(spreadsheet: Spreadsheet): LoadedRegister {
  const sheets = readRegisterSheets(spreadsheet);
  const parsed = parseRegister(sheets.strategyGrid, sheets.tacticGrid);
  if (!parsed.ok) throw new RegisterError('missing-header', parsed.errors.join(' '));
  return { sheets, register: parsed.register };
}

/** 1-based column of a header in a sheet's header row. */
export function columnOf(sheet: string, grid: readonly (readonly unknown[])[], header: string): number {
  const found = findColumns(sheet, grid[0], [header], [header]);
  if (!found.ok) throw new RegisterError('missing-header', found.errors.join(' '));
  return (found.columns[header] ?? 0) + 1;
}

/**
 * Gives every strategy and tactic without an ID the next free `S<n>` / `T<n>`, one write
 * per sheet, and returns the register with those IDs. Existing IDs never change.
 */
export function assignMissingIds(loaded: LoadedRegister): Register {
  const { sheets, register } = loaded;
  const strategyIds = planIds(register.strategies, 'S');
  const tacticIds = planIds(register.tactics, 'T');
  if (strategyIds.length > 0) {
    writeIds(
      sheets.strategies,
      sheets.strategyGrid,
      columnOf(SHEET.strategies, sheets.strategyGrid, 'ID'),
      strategyIds,
    );
  }
  if (tacticIds.length > 0) {
    writeIds(sheets.tactics, sheets.tacticGrid, columnOf(SHEET.tactics, sheets.tacticGrid, 'ID'), tacticIds);
  }
  const withIds = <T extends { row: number; id: string }>(items: readonly T[], ids: typeof strategyIds): T[] => {
    const byRow = new Map(ids.map((assignment) => [assignment.row, assignment.id]));
    return items.map((item) => {
      const id = byRow.get(item.row);
      return id === undefined ? item : { ...item, id };
    });
  };
  return {
    ...register,
    strategies: withIds(register.strategies, strategyIds),
    tactics: withIds(register.tactics, tacticIds),
  };
}
