import type { LoadedAddon } from '../../local/appsScriptRuntime';
import type { Grid } from '../fixtures/badInput/register';

/**
 * The import's entry points as the bad-input run drives them, both ways round: a plain plan
 * imported into each odd register, and each odd register's own Strategies rows pasted into
 * a tab of their own and imported as a plan. The cells an import may change are the blank
 * ones (new rows, the Source header, IDs the health check assigns), so no cell is expected
 * to change: the run's check that nothing is lost covers it.
 */
export interface ImportOperation {
  readonly name: string;
  readonly kind: 'menu' | 'sidebar';
  readonly run: (addon: LoadedAddon) => unknown;
}

const PLAN_SHEET = 'Q3 plan';
const PASTED_SHEET = 'Pasted plan';

/** A plan as a team pastes it, with text that must stay text in the register. */
const PLAN: Grid = [
  ['Objective', 'Key result', 'Owner', 'Baseline', 'Target', 'Status', 'Notes'],
  ['Grow mid-market revenue', 'New ARR ($k)', 'Sales leadership', '1,250', '1,800', 'On track', '=1+1 stays text'],
  ['Grow mid-market revenue', 'Hire two AEs', 'Dana Ruiz', '', '', 'Not started', "+cmd|' /C calc'!A0"],
  ['@SUM(1+1) as an objective', '-2+3 as a key result', 'RevOps', '25%', '30%', 'Closed', ''],
];

/** The case's Strategies sheet (in whatever case it is named), as the rows a user would copy. */
function strategyRows(addon: LoadedAddon): Grid {
  const sheet = addon.emulator.spreadsheet
    .getSheets()
    .find((candidate) => candidate.getName().toLowerCase() === 'strategies');
  return sheet ? (addon.emulator.readValues(sheet.getName()) as Grid) : [];
}

/** Puts `rows` into a new tab and makes it the active sheet, as a user pasting a plan does. */
function pasted(addon: LoadedAddon, name: string, rows: Grid): void {
  if (rows.length > 0) addon.emulator.seedSheet(name, rows, { raw: true });
  else addon.emulator.spreadsheet.insertSheet(name);
  addon.emulator.spreadsheet.getSheetByName(name)?.activate();
}

export const IMPORT_OPERATIONS: readonly ImportOperation[] = [
  {
    name: 'importPlan (a pasted plan into this register)',
    kind: 'menu',
    run: (addon) => {
      pasted(addon, PLAN_SHEET, PLAN);
      return addon.call('importPlan');
    },
  },
  {
    name: 'importPlan (this register’s Strategies rows as a plan)',
    kind: 'menu',
    run: (addon) => {
      pasted(addon, PASTED_SHEET, strategyRows(addon));
      return addon.call('importPlan');
    },
  },
  {
    name: 'importPreview (this register’s Strategies rows as a plan)',
    kind: 'sidebar',
    run: (addon) => {
      pasted(addon, PASTED_SHEET, strategyRows(addon));
      return addon.call('importPreview', PASTED_SHEET, null);
    },
  },
  {
    name: 'importPlanNow (a pasted plan into this register)',
    kind: 'sidebar',
    run: (addon) => {
      pasted(addon, PLAN_SHEET, PLAN);
      return addon.call('importPlanNow', PLAN_SHEET, null);
    },
  },
];
