import { columnLetter } from '../register/columns';
import type { ColumnLayout, SheetLayout } from './registerLayout';

/** What Set up register will do to one sheet: create it, or add the columns it lacks at the right. */
export interface SheetSetUp {
  readonly sheet: string;
  readonly create: boolean;
  /** Columns to add, with the 1-based column each one lands in. */
  readonly added: readonly (ColumnLayout & { readonly column: number })[];
  /** 1-based column of every layout header after set-up, for formulas that refer to them. */
  readonly columnOf: Readonly<Record<string, number>>;
}

function headerKey(cell: unknown): string {
  return typeof cell === 'string' ? cell.trim().replace(/\s+/g, ' ').toLowerCase() : '';
}

/**
 * Plans set-up from the sheet's header row, as wide as its last used column (undefined
 * when the sheet does not exist). Existing columns keep their place and content; user
 * columns are left alone.
 */
export function planSheetSetUp(layout: SheetLayout, headerRow: readonly unknown[] | undefined): SheetSetUp {
  const existing = headerRow ?? [];
  const columnOf: Record<string, number> = {};
  existing.forEach((cell, index) => {
    const known = layout.columns.find((column) => headerKey(column.header) === headerKey(cell));
    if (known && columnOf[known.header] === undefined) columnOf[known.header] = index + 1;
  });
  // New columns go after every used column: a column with a blank header may still hold data.
  let next = existing.length + 1;
  const added = layout.columns
    .filter((column) => columnOf[column.header] === undefined)
    .map((column) => {
      columnOf[column.header] = next;
      return { ...column, column: next++ };
    });
  return { sheet: layout.name, create: headerRow === undefined, added, columnOf };
}

/** One sentence per sheet for the toast. */
export function describeSetUp(plans: readonly SheetSetUp[]): string {
  const parts = plans.flatMap((plan) => {
    if (plan.create) return [`created ${plan.sheet}`];
    if (plan.added.length === 0) return [];
    return [`added ${plan.added.map((column) => column.header).join(', ')} to ${plan.sheet}`];
  });
  return parts.length === 0
    ? 'The register is already set up; nothing was changed.'
    : `Set up register: ${parts.join('; ')}. Existing data was not changed.`;
}

/** The one formula in row 2 of Progress that fills the whole column from Baseline, Target and Current. */
export function progressFormula(plan: SheetSetUp): string | undefined {
  const [baseline, target, current] = ['Baseline', 'Target', 'Current'].map((header) => plan.columnOf[header]);
  if (baseline === undefined || target === undefined || current === undefined) return undefined;
  const column = (n: number) => `${columnLetter(n - 1)}2:${columnLetter(n - 1)}`;
  return `=STRATEGY_PROGRESS(${column(baseline)}, ${column(target)}, ${column(current)})`;
}
