import { cellText, type FieldContext } from '../../domain/edit/formFields';
import {
  cellsOfForm,
  checkForm,
  type FormSchema,
  formTexts,
  type SavedNumbers,
  STRATEGY_FORM,
  strategyFieldContext,
  TACTIC_FORM,
} from '../../domain/edit/formSchemas';
import { percentHeaders } from '../../domain/edit/percentCells';
import { placeRow } from '../../domain/edit/rowPlacement';
import { savedStrategyFindings, savedTacticFindings } from '../../domain/edit/saveFindings';
import { findColumns } from '../../domain/register/columns';
import { idKey } from '../../domain/register/ids';
import type { MissingColumn } from '../../domain/register/missingColumns';
import { SHEET, STRATEGY_HEADERS, TACTIC_HEADERS } from '../../domain/register/schema';
import type { Finding } from '../../domain/register/types';
import { writeRowCells } from '../../sheets/rowCells';
import type { Sheet } from '../../sheets/types';
import type { ItemSave, SaveResult, StrategySave, TacticSave } from '../api/wireTypes';
import { documentContext } from '../documentContext';
import { loadRegister } from './loadRegister';

interface ItemSheet<K extends string> {
  readonly sheetName: string;
  readonly sheet: Sheet;
  readonly grid: readonly (readonly unknown[])[];
  readonly headers: readonly string[];
  readonly records: readonly { readonly row: number; readonly id: string }[];
  readonly prefix: 'S' | 'T';
  readonly schema: FormSchema<K>;
  readonly strategyIds: ReadonlySet<string>;
  /** How the row's numbers read and show, from its Unit before and after the save. */
  readonly fieldContext: (unit: string, saved: SavedNumbers) => FieldContext;
  /** The register columns the sheet lacks: a field written to one is refused with its sentence. */
  readonly missing: readonly MissingColumn[];
  /** The lint findings about the row as it stands after the save. */
  readonly findings: (headerRow: readonly unknown[], cells: readonly unknown[], row: number) => Finding[];
}

const NOTHING_SENT = {
  ok: false,
  fieldErrors: { form: 'The sidebar sent no fields to save; reload it and try again.' },
  code: 'bad-argument',
} as const;

/**
 * Saves one form into its row in one write per run of adjacent cells: an edit writes only
 * the fields that differ from what the row holds (a patch, refused when the row changed
 * since the sidebar loaded it), a new item the fields given, after the last item.
 */
function saveRow<K extends string>(target: ItemSheet<K>, input: ItemSave<K>, timeZone: string): SaveResult {
  if (typeof input?.changes !== 'object' || input.changes === null) return NOTHING_SENT;
  const placed = placeRow(target.grid, target.records, target.prefix, input);
  if (placed.stale) return { ok: false, fieldErrors: {}, code: 'stale-row' };
  const { row, id } = placed;
  const editing = input.row !== undefined;

  const headerRow = target.grid[0] ?? [];
  const found = findColumns(target.sheetName, headerRow, target.headers, []);
  const columns: Readonly<Record<string, number | undefined>> = found.ok ? found.value.columns : {};
  const before = target.grid[row - 1] ?? [];
  const cellOf = (header: string) => {
    const index = columns[header];
    return index === undefined ? '' : before[index];
  };
  const savedUnit = cellText(cellOf('Unit'), timeZone);
  const saved = { baseline: cellOf('Baseline'), target: cellOf('Target'), current: cellOf('Current') };
  const existing = editing
    ? formTexts(target.schema, cellOf, timeZone, target.fieldContext(savedUnit, saved))
    : undefined;
  // A field sent as the row already shows it is no change: its cell stays as it is, whatever it holds.
  const changes = Object.fromEntries(
    Object.entries(input.changes).filter(([key, text]) => existing?.[key as K] !== text),
  );
  // Numbers are read in the unit the row will have: the one sent, else the one it holds.
  const unit = typeof changes.unit === 'string' ? changes.unit : savedUnit;
  const checked = checkForm(target.schema, changes, {
    ...target.fieldContext(unit, saved),
    strategyIds: target.strategyIds,
    ...(existing ? { existing } : {}),
  });
  if (!checked.ok) return { ok: false, fieldErrors: checked.fieldErrors, code: 'bad-value' };

  const cells = cellsOfForm(target.schema, checked.values, timeZone);
  // A new row's cells are blank already: only what the user gave is written.
  if (!editing) for (const [header, value] of cells) if (value === '') cells.delete(header);
  if (placed.writeId) cells.set('ID', id);
  const byColumn = new Map<number, unknown>();
  const fieldErrors: Record<string, string> = {};
  for (const [header, value] of cells) {
    const index = columns[header];
    if (index !== undefined) byColumn.set(index + 1, value);
    else fieldErrors[keyOf(target.schema, header)] = missingColumn(target, header);
  }
  if (Object.keys(fieldErrors).length > 0) return { ok: false, fieldErrors, code: 'missing-header' };
  const percentColumns = new Set(
    percentHeaders(unit, (header) => cells.get(header)).flatMap((header) => {
      const index = columns[header];
      return index === undefined ? [] : [index + 1];
    }),
  );
  if (byColumn.size > 0) writeRowCells(target.sheet, row, byColumn, before, percentColumns);

  const after = [...before];
  for (const [column, value] of byColumn) after[column - 1] = value;
  const warnings = target.findings(headerRow, after, row).map((finding) => finding.message);
  return { ok: true, id, row, warnings };
}

function keyOf<K extends string>(schema: FormSchema<K>, header: string): string {
  return (Object.keys(schema) as K[]).find((key) => schema[key].header === header) ?? header;
}

/** The missing-column sentence, the same every operation refuses with. */
function missingColumn<K extends string>(target: ItemSheet<K>, header: string): string {
  const missing = target.missing.find((column) => column.sheet === target.sheetName && column.header === header);
  return missing?.message ?? `${target.sheetName} has no ${header} column, so this field cannot be saved.`;
}

/** Sidebar: adds a strategy, or saves the fields the user changed in one. */
export function saveStrategy(input: StrategySave): SaveResult {
  const { spreadsheet, timeZone, settings } = documentContext();
  const { sheets, register } = loadRegister(spreadsheet, timeZone);
  // A Parent must name a strategy; one naming the strategy itself or closing a cycle is the health check's to report.
  const strategyIds = new Set(register.strategies.map((strategy) => idKey(strategy.id)).filter((id) => id !== ''));
  return saveRow(
    {
      sheetName: SHEET.strategies,
      sheet: sheets.strategies,
      grid: sheets.strategyGrid,
      headers: STRATEGY_HEADERS,
      records: register.strategies,
      prefix: 'S',
      schema: STRATEGY_FORM,
      strategyIds,
      fieldContext: strategyFieldContext,
      missing: register.missingColumns,
      findings: (headerRow, cells, row) => savedStrategyFindings(headerRow, cells, row, settings, timeZone),
    },
    input,
    timeZone,
  );
}

/** Sidebar: adds a tactic, or saves the fields the user changed in one; its Strategy ID must name a strategy. */
export function saveTactic(input: TacticSave): SaveResult {
  const { spreadsheet, timeZone } = documentContext();
  const { sheets, register } = loadRegister(spreadsheet, timeZone);
  const strategyIds = new Set(register.strategies.map((strategy) => idKey(strategy.id)).filter((id) => id !== ''));
  return saveRow(
    {
      sheetName: SHEET.tactics,
      sheet: sheets.tactics,
      grid: sheets.tacticGrid,
      headers: TACTIC_HEADERS,
      records: register.tactics,
      prefix: 'T',
      schema: TACTIC_FORM,
      strategyIds,
      // Tactics have no Unit: their numbers are plain.
      fieldContext: () => ({}),
      missing: register.missingColumns,
      findings: (headerRow, cells, row) => savedTacticFindings(headerRow, cells, row, strategyIds, timeZone),
    },
    input,
    timeZone,
  );
}
