/**
 * Import a plan from this sheet…, with each of its service calls failing in turn: the
 * register keeps every cell it had, or holds the whole import; the source sheet never
 * changes; and running the menu item again finishes the import exactly as a clean run does.
 */
import { type LoadedAddon, loadAddon } from '../../local/appsScriptRuntime';
import type { WorkbookData } from '../../local/emulator';
import { seedLayout } from '../bundle/fixtures/importScenario';
import { PLAN, plannedAddon } from '../bundle/fixtures/snapshotScenario';
import { OKR_SHEET, PROGRESS_REPORT, type SourceLayout } from '../fixtures/import/sourceLayouts';
import { tallyFor } from './figures';
import { cellsOf, type FaultRun, sweepFaults } from './sweep';

const tally = tallyFor('importFaults');

const REGISTER = ['Strategies', 'Tactics'];
const FAILED =
  /^Strategy Register stopped because Google Sheets reported an error: Service error \(injected at call \d+\): \S+$/;

/** The menu item on the active sheet, its question answered with the first button (Yes), as the emulator does unscripted. */
function importYes(addon: LoadedAddon): () => unknown {
  return () => addon.call('importPlan');
}

function runClean(addon: LoadedAddon, saved: WorkbookData, operation: () => unknown): WorkbookData {
  addon.emulator.importWorkbook(saved);
  operation();
  const after = addon.emulator.exportWorkbook();
  addon.emulator.importWorkbook(saved);
  return after;
}

function cellsIn(data: WorkbookData, sheets: readonly string[]): Record<string, unknown> {
  const scratch = loadAddon();
  scratch.emulator.importWorkbook(data);
  return cellsOf(scratch, sheets);
}

/** The run was done and only what follows the write failed: the Health check sheet, the selection, the toast, the lock. */
function finishedAnyway(addon: LoadedAddon, cleanRegister: Record<string, unknown>): boolean {
  return JSON.stringify(cellsOf(addon, REGISTER)) === JSON.stringify(cleanRegister);
}

/** Register cells holding text of the source plan's rows: none before the import lands. */
function importedCells(addon: LoadedAddon, layout: SourceLayout): string[] {
  const texts = new Set(layout.rows.slice(1).flatMap((row) => row.filter((cell) => cell.length > 12)));
  return REGISTER.flatMap((name) =>
    addon.emulator.spreadsheet.getSheetByName(name) === null
      ? []
      : addon.emulator
          .readValues(name)
          .flat()
          .filter((cell): cell is string => typeof cell === 'string' && texts.has(cell)),
  );
}

function sweepImport(addon: LoadedAddon, layout: SourceLayout, register: readonly string[]): Record<string, number> {
  seedLayout(addon, layout);
  const saved = addon.emulator.exportWorkbook();
  const source = cellsOf(addon, [layout.sheet]);
  const before = cellsOf(addon, register);
  const operation = importYes(addon);
  const clean = runClean(addon, saved, operation);
  const cleanRegister = cellsIn(clean, REGISTER);
  const cleanWithReport = cellsIn(clean, [...REGISTER, 'Health check']);
  expect(cleanRegister).not.toEqual(cellsIn(saved, REGISTER));
  const seen = { untouched: 0, finished: 0, reportLeft: 0 };
  const faults = sweepFaults(addon, saved, operation, (run: FaultRun) => {
    expect(cellsOf(addon, [layout.sheet])).toEqual(source);
    if (finishedAnyway(addon, cleanRegister)) {
      seen.finished += 1;
      const report = cellsOf(addon, ['Health check']);
      if (JSON.stringify(report) !== JSON.stringify(cellsIn(clean, ['Health check']))) {
        // The rows landed and only the Health check sheet failed: the user is told to run the check.
        const told = addon.emulator.spreadsheet.toasts.map((toast) => toast.message).pop() ?? '';
        expect(told).toMatch(
          /^Imported .* The Health check sheet was not rebuilt \(.*\); run Run health check to see the findings\.$/,
        );
        seen.reportLeft += 1;
      }
      // An import that landed selects the register's first new row: the user goes back to the plan's tab.
      addon.emulator.spreadsheet.getSheetByName(layout.sheet)?.activate();
      operation();
      expect(cellsOf(addon, REGISTER)).toEqual(cleanRegister);
      return;
    } else {
      // Cut before or during the append: the user is told, and the register holds what it held.
      expect([...run.dialogs, run.outcome.threw ? run.outcome.error.message : '']).toContainEqual(
        expect.stringMatching(FAILED),
      );
      expect(cellsOf(addon, register)).toEqual(before);
      expect(importedCells(addon, layout)).toEqual([]);
      seen.untouched += 1;
    }
    // Back on the plan's tab, the menu item again completes the import, adding nothing twice.
    addon.emulator.spreadsheet.getSheetByName(layout.sheet)?.activate();
    operation();
    expect(cellsOf(addon, [...REGISTER, 'Health check'])).toEqual(cleanWithReport);
  });
  tally.figures.faults += faults;
  return { faults, ...seen };
}

describe('an import cut by a fault at any service call', () => {
  it('leaves a register with its own plan as it was, or holds the whole import', () => {
    const { faults, untouched, finished } = sweepImport(plannedAddon(), OKR_SHEET, REGISTER);
    expect(PLAN.strategies.length).toBeGreaterThan(0);
    expect(faults).toBeGreaterThan(20);
    expect(untouched).toBeGreaterThan(10);
    expect(finished).toBeGreaterThan(0);
  });

  it('into a spreadsheet with no register: a set-up is finished by the re-run, never a half import', () => {
    // With no register, what "as it was" can mean is no imported row: a set-up kept is completed on the re-run.
    const addon = loadAddon();
    const { faults, untouched } = sweepImport(addon, PROGRESS_REPORT, []);
    expect(faults).toBeGreaterThan(20);
    expect(untouched).toBeGreaterThan(10);
  });
});

afterAll(() => tally.save());
