import { MENU_LABELS } from '../menuLabels';
import { columnLetter, findColumns } from '../register/columns';
import { type MissingColumn, missingColumns } from '../register/missingColumns';
import { missingSheetSentence } from '../register/missingSheets';
import { OPTIONAL_STRATEGY_HEADERS, OPTIONAL_TACTIC_HEADERS } from '../register/schema';
import type { ColumnLayout, SheetLayout } from './registerLayout';

/** What Set up register will do to one sheet: create it, or add the columns it lacks at the right. */
export interface SheetSetUp {
  readonly sheet: string;
  readonly create: boolean;
  /** Columns to add, with the 1-based column each one lands in. */
  readonly added: readonly (ColumnLayout & { readonly column: number })[];
  /** 1-based column of every layout header after set-up, for formulas that refer to them. */
  readonly columnOf: Readonly<Record<string, number>>;
  /**
   * Headers left out because a column of the sheet looks like them (its header blank or
   * misspelt): adding an empty one would split the column's values from its name.
   */
  readonly withheld: readonly MissingColumn[];
  /** Why a missing sheet was not created: another sheet looks like it renamed. */
  readonly notCreated?: string;
}

/** A sheet as Set up finds it: absent (perhaps renamed), or its cells. */
export type SheetFound =
  | { readonly exists: false /** The sheet that looks like it renamed. */; readonly renamed?: string }
  | { readonly exists: true; readonly grid: readonly (readonly unknown[])[]; readonly timeZone: string };

function headers(layout: SheetLayout): string[] {
  return layout.columns.map((column) => column.header);
}

const OPTIONAL: ReadonlySet<string> = new Set([...OPTIONAL_STRATEGY_HEADERS, ...OPTIONAL_TACTIC_HEADERS]);

/** Headers whose column may be there under a lost name: optional ones are only ever added. */
function trackedHeaders(layout: SheetLayout): string[] {
  return headers(layout).filter((header) => !OPTIONAL.has(header));
}

/**
 * True when the header row lacks some layout header, so Set up must look at the cells
 * to tell an unlabelled column from a missing one.
 */
export function lacksHeaders(layout: SheetLayout, headerRow: readonly unknown[]): boolean {
  const found = findColumns(layout.name, headerRow, headers(layout), []);
  return !found.ok || headers(layout).some((header) => found.value.columns[header] === undefined);
}

/**
 * Plans set-up from the sheet's cells (row 0 = headers, as wide as its last used column;
 * the header row alone when it lacks nothing). Existing columns keep their place and
 * content; user columns are left alone; a header whose column seems to be there unlabelled
 * is withheld, with the sentence that says which column.
 */
export function planSheetSetUp(layout: SheetLayout, found: SheetFound): SheetSetUp {
  const none = { sheet: layout.name, added: [], columnOf: {}, withheld: [] };
  if (!found.exists && found.renamed !== undefined) {
    return { ...none, create: false, notCreated: missingSheetSentence(layout.name, found.renamed) };
  }
  const grid = found.exists ? found.grid : [];
  const located = findColumns(layout.name, grid[0], headers(layout), []);
  const columns = located.ok ? located.value.columns : {};
  const columnOf: Record<string, number> = {};
  for (const [header, index] of Object.entries(columns)) if (index !== undefined) columnOf[header] = index + 1;
  const missing = found.exists
    ? missingColumns(layout.name, grid, trackedHeaders(layout), columns, found.timeZone)
    : [];
  const withheld = missing.filter((column) => column.lookAlike);
  // New columns go after every used column: a column with a blank header may still hold data.
  let next = grid.reduce((widest, row) => Math.max(widest, row.length), 0) + 1;
  const added = layout.columns
    .filter((column) => columnOf[column.header] === undefined && !withheld.some((w) => w.header === column.header))
    .map((column) => {
      columnOf[column.header] = next;
      return { ...column, column: next++ };
    });
  return { ...none, create: !found.exists, added, columnOf, withheld };
}

/** The toast: what was created or added per sheet, then what was left out and why. */
export function describeSetUp(plans: readonly SheetSetUp[]): string {
  const parts = plans.flatMap((plan) => {
    if (plan.create) return [`created ${plan.sheet}`];
    if (plan.added.length === 0) return [];
    return [`added ${plan.added.map((column) => column.header).join(', ')} to ${plan.sheet}`];
  });
  const left = plans.flatMap((plan) => [
    ...(plan.notCreated === undefined ? [] : [plan.notCreated]),
    ...plan.withheld.map((column) => column.message),
  ]);
  if (parts.length === 0 && left.length === 0) return 'The register is already set up; nothing was changed.';
  const done =
    parts.length === 0
      ? `${MENU_LABELS.setUpRegister}: nothing was added.`
      : `${MENU_LABELS.setUpRegister}: ${parts.join('; ')}. Existing data was not changed.`;
  return [done, ...left].join(' ');
}

/** The one formula in row 2 of Progress that fills the whole column from Baseline, Target and Current. */
export function progressFormula(plan: SheetSetUp): string | undefined {
  const [baseline, target, current] = ['Baseline', 'Target', 'Current'].map((header) => plan.columnOf[header]);
  if (baseline === undefined || target === undefined || current === undefined) return undefined;
  const column = (n: number) => `${columnLetter(n - 1)}2:${columnLetter(n - 1)}`;
  return `=STRATEGY_PROGRESS(${column(baseline)}, ${column(target)}, ${column(current)})`;
}
