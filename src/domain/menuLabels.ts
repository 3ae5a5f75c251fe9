/**
 * The add-on menu's labels (Extensions → Strategy Register), in one place: the menu is
 * built from them, and every sentence that tells the user which item to run names it
 * through them, so a label is never copied.
 */
export const ADDON_NAME = 'Strategy Register';

export const MENU_LABELS = {
  openRegister: 'Open register',
  setUpRegister: 'Set up register',
  runHealthCheck: 'Run health check',
  takeSnapshot: 'Take quarterly snapshot…',
  buildQoqVariance: 'Build QoQ variance…',
  settings: 'Settings…',
  checkIn: 'Check in…',
  importPlan: 'Import a plan from this sheet…',
  buildRollup: 'Build roll-up',
} as const;

/** Where a menu item is found: `Extensions → Strategy Register → Set up register`. */
export function menuPath(label: string): string {
  return `Extensions → ${ADDON_NAME} → ${label}`;
}
