/** The naive scripts as benchmark operations over the same emulator as the add-on's runs. */
import type { LoadedAddon } from '../local/appsScriptRuntime';
import { SHEET } from '../src/domain/register/schema';
import { naiveHealthCheck } from './naive/healthCheck';
import type { SpreadsheetApp } from './naive/rowByRow';
import { naiveSidebarLoad } from './naive/sidebarLoad';
import { naiveSnapshot } from './naive/snapshot';
import { naiveVariance } from './naive/variance';
import type { BenchOperation } from './operations';
import { SNAPSHOT_QUARTER } from './registerFixture';

export interface NaivePair {
  /** The add-on operation this one does the same job as. */
  readonly addonOperation: string;
  readonly naive: BenchOperation;
}

export function naiveOperations(addon: LoadedAddon, addonNames: readonly string[]): NaivePair[] {
  const emulator = addon.emulator;
  const app = emulator.globals.SpreadsheetApp as SpreadsheetApp;
  const history = emulator.spreadsheet.sheets.find((sheet) => sheet.name === SHEET.history);
  if (!history) throw new Error('The benchmark spreadsheet has no Snapshot History');
  let historyRows = 0;
  let historyMaxRows = 0;
  const named = (start: string) => addonNames.find((name) => name.startsWith(start)) ?? start;
  const onRegister = () => emulator;
  return [
    {
      addonOperation: named('Health check'),
      naive: { name: 'Health check, row by row', emulator: onRegister, run: () => naiveHealthCheck(app) },
    },
    {
      addonOperation: named('Snapshot'),
      naive: {
        name: 'Snapshot, appendRow per item (+ naive variance)',
        emulator: onRegister,
        prepare: () => {
          historyRows = history.cells.lastRow();
          historyMaxRows = history.maxRows;
        },
        run: () => naiveSnapshot(app, SNAPSHOT_QUARTER),
        restore: () => {
          history.cells.deleteRows(historyRows, history.cells.lastRow() - historyRows);
          history.maxRows = historyMaxRows;
        },
      },
    },
    {
      addonOperation: named('Variance'),
      naive: { name: 'Variance, setValue per cell', emulator: onRegister, run: () => naiveVariance(app) },
    },
    {
      addonOperation: named('Sidebar load'),
      naive: { name: 'Sidebar load, row by row', emulator: onRegister, run: () => naiveSidebarLoad(app) },
    },
  ];
}
