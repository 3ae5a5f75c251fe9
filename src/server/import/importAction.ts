import { MAPPING_SUBJECT } from '../../domain/import/findTable';
import { importQuestion, nothingNew } from '../../domain/import/importSummary';
import { checkMapping, type MappingChoice } from '../../domain/import/mappingSchema';
import { planRegisterAppend } from '../../domain/import/registerRows';
import { sentence } from '../../domain/result';
import type { ImportView } from '../api/importTypes';
import type { OperationResult } from '../api/wireTypes';
import { documentContext } from '../documentContext';
import { openSidebar } from '../sidebar';
import { alert, ask, toast } from '../ui';
import { currentRegisterItems } from './importRegister';
import { type ImportOutcome, importPlanFrom } from './importRun';
import { addonSheetRefusal, importableSheets, readGrid, readSourceGrid } from './importSource';
import { importView, refusedView } from './importView';

/**
 * Menu: Import a plan from this sheet…, and the sidebar's mapping editor. The menu reads the
 * active sheet and asks first, with no lock held: the mapping it found, the layout and the
 * counts, then Yes (import), No (open the mapping editor) or Cancel. The import itself runs
 * under the lock and reads everything again, as the sheets may change while the dialog is open.
 */

/** The sheet the user answered Yes for. */
export interface ImportAnswer {
  readonly sheet: string;
}

/** Opens the sidebar's mapping editor on a sheet. */
function openEditor(sheet: string): void {
  openSidebar('import', { 'import-sheet': sheet });
}

/** Menu: the question about the active sheet; undefined when the user stopped or the sheet was refused. */
export function askImport(): ImportAnswer | undefined {
  const context = documentContext();
  const sheet = context.spreadsheet.getActiveSheet().getName();
  const refusal = addonSheetRefusal(sheet);
  if (refusal !== undefined) {
    alert(refusal);
    return undefined;
  }
  const { reading } = readSourceGrid(context, sheet, null);
  if (!reading.ok) {
    if (reading.problems[0]?.subject !== MAPPING_SUBJECT) {
      alert(sentence(reading));
      return undefined;
    }
    const answer = ask(
      `${sentence(reading)}\n\nOpen the mapping editor to choose the header row and the columns yourself?`,
    );
    if (answer === 'yes') openEditor(sheet);
    return undefined;
  }
  const append = planRegisterAppend(reading.value, currentRegisterItems(context));
  if (append.strategies.length + append.tactics.length === 0) {
    alert(nothingNew(reading.value, append));
    return undefined;
  }
  const answer = ask(importQuestion(reading.value, append), true);
  if (answer === 'yes') return { sheet };
  if (answer === 'no') openEditor(sheet);
  else toast('Import cancelled; nothing was changed.');
  return undefined;
}

/** The wire's share of an outcome: the plan it read holds dates, which google.script.run refuses. */
function operationResult(outcome: ImportOutcome): OperationResult {
  const { ok, message, code } = outcome;
  return code === undefined ? { ok, message } : { ok, message, code };
}

/** Menu: the import, under the lock. */
export function importAnswered(answer: ImportAnswer): OperationResult {
  return operationResult(importPlanFrom(answer.sheet, null));
}

/** Menu: what the user is told once the lock is released. */
export function tellImport(result: OperationResult): void {
  if (result.ok) toast(result.message);
  else alert(result.message);
}

/** A mapping the editor sent, checked by the domain's schema; a refused one is its sentence. */
function checkedChoice(chosen: unknown, rows: number): { choice: MappingChoice | null; refusal?: string } {
  if (chosen === null || chosen === undefined) return { choice: null };
  const checked = checkMapping(chosen, rows);
  return checked.ok ? { choice: checked.value } : { choice: null, refusal: sentence(checked) };
}

/**
 * Sidebar: the mapping editor's view of sheet `sheet` (the active one when null, or the
 * first sheet a plan may come from): the mapping found or `chosen`, and what importing adds.
 */
export function importPreview(sheet: string | null, chosen: MappingChoice | null): ImportView {
  const context = documentContext();
  const sheets = importableSheets(context.spreadsheet);
  const active = context.spreadsheet.getActiveSheet().getName();
  const name = sheet ?? (sheets.includes(active) ? active : (sheets[0] ?? active));
  const first = readSourceGrid(context, name, null);
  const { choice, refusal } = checkedChoice(chosen, first.grid.length);
  const inputs = { sheet: name, sheets, grid: first.grid, timeZone: context.timeZone, chosen: choice };
  if (refusal !== undefined) return refusedView(inputs, refusal);
  const reading = choice === null ? first.reading : readGrid(first.grid, context, name, choice, first.numberFormats);
  if (!reading.ok) return refusedView(inputs, sentence(reading));
  return importView(inputs, reading.value, planRegisterAppend(reading.value, currentRegisterItems(context)));
}

/** Sidebar: imports sheet `sheet` with the editor's mapping (null: as its headers say). */
export function importPlanNow(sheet: string, chosen: MappingChoice | null): OperationResult {
  if (typeof sheet !== 'string') {
    return { ok: false, message: 'The sidebar sent no sheet to import; reload it.', code: 'bad-argument' };
  }
  return operationResult(importPlanFrom(sheet, chosen));
}
