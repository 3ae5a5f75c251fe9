import { runHealthCheck } from './register/healthCheckAction';
import { setUpRegister } from './register/setUpAction';
import { openSettings } from './settingsAction';
import { openRegister } from './sidebar';
import { buildVariance } from './snapshot/buildVarianceAction';
import { takeSnapshot } from './snapshot/takeSnapshotAction';

export interface MenuItem {
  readonly label: string;
  /** The top-level function Sheets calls; the build declares it in dist/Code.js. */
  readonly functionName: string;
  readonly run: () => unknown;
  readonly separatorBefore?: true;
}

/** Extensions → Strategy Register, in the contract's order. */
export const MENU_ITEMS: readonly MenuItem[] = [
  { label: 'Open register', functionName: 'openRegister', run: openRegister },
  { label: 'Set up register', functionName: 'setUpRegister', run: setUpRegister },
  { label: 'Run health check', functionName: 'runHealthCheck', run: runHealthCheck },
  { label: 'Take quarterly snapshot…', functionName: 'takeSnapshot', run: takeSnapshot, separatorBefore: true },
  { label: 'Build QoQ variance…', functionName: 'buildVariance', run: buildVariance },
  { label: 'Settings…', functionName: 'openSettings', run: openSettings, separatorBefore: true },
];

/**
 * Builds the add-on menu. Needs no authorisation, so it is safe in every `e.authMode`,
 * including AuthMode.NONE before the user has enabled the add-on in this document.
 */
export function buildAddonMenu(): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of MENU_ITEMS) {
    if (item.separatorBefore) menu.addSeparator();
    menu.addItem(item.label, item.functionName);
  }
  menu.addToUi();
}
