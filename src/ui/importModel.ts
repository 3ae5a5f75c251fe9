/** The mapping editor's state, apart from the page: the choices it offers and the mapping it sends. */
import { type ColumnChoice, FIELD_LABELS } from '../domain/import/importFields';
import { checkMapping, type MappingChoice } from '../domain/import/mappingSchema';
import type { ImportColumnView, ImportView } from '../server/api/importTypes';

/** Every choice a column may take, in the editor's order, with its label. */
export const CHOICE_OPTIONS: readonly { readonly value: ColumnChoice; readonly label: string }[] = (
  Object.keys(FIELD_LABELS) as ColumnChoice[]
).map((value) => ({ value, label: FIELD_LABELS[value] }));

/** The mapping the view shows, every column chosen as it is read now: the start of an edit. */
export function mappingOf(view: ImportView): MappingChoice {
  const columns: (ColumnChoice | null)[] = [];
  for (const column of view.columns) columns[column.column] = column.field;
  return { headerRow: view.headerRow, columns: Array.from(columns, (choice) => choice ?? null) };
}

/** The mapping with one column chosen anew. */
export function withChoice(mapping: MappingChoice, column: number, choice: ColumnChoice): MappingChoice {
  const columns = [...mapping.columns];
  while (columns.length <= column) columns.push(null);
  columns[column] = choice;
  return { ...mapping, columns };
}

/** A new header row: its columns are read as their headers say. */
export function withHeaderRow(headerRow: number): MappingChoice {
  return { headerRow, columns: [] };
}

/** The schema's sentences by column letter (and `headerRow`), as the fields show them; {} when the mapping is sound. */
export function mappingErrors(mapping: MappingChoice, rowCount: number): Record<string, string> {
  const checked = checkMapping(mapping, rowCount);
  if (checked.ok) return {};
  const errors: Record<string, string> = {};
  for (const problem of checked.problems) errors[problem.subject ?? 'form'] ??= problem.message;
  return errors;
}

/** A column's label in the editor: its letter and header. */
export function columnLabel(column: ImportColumnView): string {
  return `${column.letter} · ${column.header === '' ? '(no header)' : column.header}`;
}

/** The hint under a column: what it holds, and why it is read as it is. */
export function columnHint(column: ImportColumnView): string {
  const samples =
    column.samples.length === 0
      ? 'No values under it.'
      : `Holds ${column.samples.map((s) => JSON.stringify(s)).join(', ')}.`;
  return column.note === '' ? samples : `${samples} ${column.note[0]?.toUpperCase() ?? ''}${column.note.slice(1)}.`;
}
