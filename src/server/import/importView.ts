import { cellText } from '../../domain/edit/formFields';
import { headerText, mapColumns } from '../../domain/import/columnMapping';
import { findHeaderRow, tableUnder } from '../../domain/import/findTable';
import type { ImportReading } from '../../domain/import/importPlan';
import { importSummary } from '../../domain/import/importSummary';
import { LAYOUT_TEXT } from '../../domain/import/layout';
import type { MappingChoice } from '../../domain/import/mappingSchema';
import type { NewRow, RegisterAppend } from '../../domain/import/registerRows';
import { columnLetter } from '../../domain/register/columns';
import { STRATEGY_HEADERS, TACTIC_HEADERS } from '../../domain/register/schema';
import type { ImportColumnView, ImportItemView, ImportView } from '../api/importTypes';

/** Shaping the mapping editor's view: the columns with their samples, the counts and the first items. */

const PREVIEW_ITEMS = 12;
const SAMPLES = 3;
const SAMPLE_LENGTH = 40;

function shortText(text: string): string {
  const characters = Array.from(text);
  return characters.length > SAMPLE_LENGTH ? `${characters.slice(0, SAMPLE_LENGTH).join('')}…` : text;
}

/** The editor's columns: as the plan read them, or (when it could not be read) as the header row names them. */
function columnViews(
  grid: readonly unknown[][],
  headerRow: number,
  timeZone: string,
  mapping: ImportReading['mapping'] | undefined,
  chosen: MappingChoice | null,
): ImportColumnView[] {
  const table = tableUnder(grid, headerRow - 1);
  const entries = mapping ?? mapColumns(table, timeZone, chosen?.columns);
  return entries.map((entry) => ({
    column: entry.column,
    letter: columnLetter(entry.column),
    header: entry.header || headerText(table.header[entry.column], timeZone),
    field: entry.field,
    found: entry.found,
    note: entry.note ?? '',
    samples: table.rows
      .map((row) => cellText(row.cells[entry.column], timeZone).trim())
      .filter((text) => text !== '')
      .slice(0, SAMPLES)
      .map(shortText),
  }));
}

function itemView(kind: 'strategy' | 'tactic', row: NewRow, timeZone: string): ImportItemView {
  const statementHeader = kind === 'strategy' ? 'Strategy' : 'Tactic';
  const headers: readonly string[] = kind === 'strategy' ? STRATEGY_HEADERS : TACTIC_HEADERS;
  const skip = new Set(['ID', statementHeader, 'Source']);
  const cells = headers
    .filter((header) => !skip.has(header) && row.cells[header] !== undefined && row.cells[header] !== '')
    .map((header) => [header, cellText(row.cells[header], timeZone)] as const);
  return {
    kind,
    id: row.id,
    source: String(row.cells.Source ?? ''),
    statement: String(row.cells[statementHeader] ?? ''),
    cells,
  };
}

/** The first items as they will land: each new strategy followed by its new tactics, then the other tactics. */
function previewItems(append: RegisterAppend, timeZone: string): ImportItemView[] {
  const items: ImportItemView[] = [];
  const placed = new Set<NewRow>();
  for (const strategy of append.strategies) {
    items.push(itemView('strategy', strategy, timeZone));
    for (const tactic of append.tactics) {
      if (tactic.cells['Strategy ID'] !== strategy.id) continue;
      items.push(itemView('tactic', tactic, timeZone));
      placed.add(tactic);
    }
    if (items.length >= PREVIEW_ITEMS) break;
  }
  for (const tactic of append.tactics) if (!placed.has(tactic)) items.push(itemView('tactic', tactic, timeZone));
  return items.slice(0, PREVIEW_ITEMS);
}

export interface ViewInputs {
  readonly sheet: string;
  readonly sheets: readonly string[];
  readonly grid: readonly unknown[][];
  readonly timeZone: string;
  readonly chosen: MappingChoice | null;
}

const NOTHING = { strategies: 0, tactics: 0 } as const;

/** The view of a plan that was read, with what importing it would add. */
export function importView(inputs: ViewInputs, reading: ImportReading, append: RegisterAppend): ImportView {
  return {
    sheet: inputs.sheet,
    sheets: inputs.sheets,
    rowCount: inputs.grid.length,
    headerRow: reading.headerRow,
    layout: reading.layout,
    layoutText: LAYOUT_TEXT[reading.layout],
    columns: columnViews(inputs.grid, reading.headerRow, inputs.timeZone, reading.mapping, inputs.chosen),
    summary: importSummary(append, reading.sheet),
    counts: { strategies: append.strategies.length, tactics: append.tactics.length },
    importedBefore: append.importedBefore,
    preview: previewItems(append, inputs.timeZone),
    findings: reading.findings.map((finding) => finding.message),
  };
}

/** The view of a sheet whose plan could not be read: the sentence, and the columns to choose from. */
export function refusedView(inputs: ViewInputs, refusal: string): ImportView {
  const found = findHeaderRow(inputs.grid, inputs.sheet);
  const headerRow = inputs.chosen?.headerRow ?? (found.ok ? found.value + 1 : 1);
  const inSheet = headerRow >= 1 && headerRow <= inputs.grid.length;
  return {
    sheet: inputs.sheet,
    sheets: inputs.sheets,
    rowCount: inputs.grid.length,
    refusal,
    headerRow,
    columns: inSheet ? columnViews(inputs.grid, headerRow, inputs.timeZone, undefined, inputs.chosen) : [],
    summary: '',
    counts: NOTHING,
    importedBefore: NOTHING,
    preview: [],
    findings: [],
  };
}
