import { type ItemEdit, strategyEdit, tacticEdit } from '../../domain/edit/itemEdits';
import { placeRow } from '../../domain/edit/rowPlacement';
import { idKey } from '../../domain/register/ids';
import { SHEET } from '../../domain/register/schema';
import { writeRowCells } from '../../sheets/rowCells';
import type { Sheet } from '../../sheets/types';
import type { SaveResult, StrategyInput, TacticInput } from '../api/wireTypes';
import { documentContext } from '../documentContext';
import { type ColumnLookup, loadRegister, registerColumns } from './loadRegister';

interface RowTarget {
  readonly sheet: Sheet;
  readonly grid: readonly (readonly unknown[])[];
  readonly columns: ColumnLookup;
  readonly records: readonly { readonly row: number; readonly id: string }[];
  readonly prefix: 'S' | 'T';
}

/**
 * Writes one register row from a checked form, in one call: the row being edited (when
 * it is unchanged since the sidebar loaded it) or a new row after the last item.
 */
function saveRow(target: RowTarget, input: { row?: number; version?: string }, edit: ItemEdit<string>): SaveResult {
  if (!edit.ok) return { ok: false, fieldErrors: edit.fieldErrors, stale: false };
  const placed = placeRow(target.grid, target.records, target.prefix, input);
  if (placed.stale) return { ok: false, fieldErrors: {}, stale: true };
  const { row, id } = placed;

  const cells = new Map<number, unknown>();
  const put = (header: string, value: unknown) => cells.set(target.columns(header), value);
  if (placed.writeId) put('ID', id);
  for (const [header, value] of Object.entries(edit.cells)) put(header, value);
  writeRowCells(target.sheet, row, cells, target.grid[row - 1]);
  return { ok: true, id, row };
}

/** Sidebar: adds or edits a strategy. */
export function saveStrategy(input: StrategyInput): SaveResult {
  const { spreadsheet, timeZone } = documentContext();
  const edit = strategyEdit({ ...input }, timeZone);
  if (!edit.ok) return { ok: false, fieldErrors: edit.fieldErrors, stale: false };
  const loaded = loadRegister(spreadsheet, timeZone);
  const { sheets, register } = loaded;
  const target = {
    sheet: sheets.strategies,
    grid: sheets.strategyGrid,
    columns: registerColumns(loaded, SHEET.strategies),
    prefix: 'S' as const,
  };
  return saveRow({ ...target, records: register.strategies }, input, edit);
}

/** Sidebar: adds or edits a tactic; its Strategy ID must name a strategy of the register. */
export function saveTactic(input: TacticInput): SaveResult {
  const { spreadsheet, timeZone } = documentContext();
  const loaded = loadRegister(spreadsheet, timeZone);
  const { sheets, register } = loaded;
  const strategyIds = new Set(register.strategies.map((strategy) => idKey(strategy.id)).filter((id) => id !== ''));
  const edit = tacticEdit({ ...input }, timeZone, strategyIds);
  const target = {
    sheet: sheets.tactics,
    grid: sheets.tacticGrid,
    columns: registerColumns(loaded, SHEET.tactics),
    prefix: 'T' as const,
  };
  return saveRow({ ...target, records: register.tactics }, input, edit);
}
