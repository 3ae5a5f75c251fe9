import type { LoadedAddon } from '../../../local/appsScriptRuntime';
import type { Emulator } from '../../../local/emulator';

/**
 * A stand-in add-on over the real emulator with one menu item that asks for confirmation,
 * for testing how the preview handles dialogs: answering Yes appends `2026-Q4` to the first
 * sheet, any other answer changes nothing.
 */
export function confirmingAddon(emulator: Emulator): LoadedAddon {
  const app = emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
  const scope: Record<string, unknown> = {
    onOpen: () => app.getUi().createAddonMenu().addItem('Take quarterly snapshot…', 'takeSnapshot').addToUi(),
    takeSnapshot: () => {
      const ui = app.getUi();
      const answer = ui.alert('Take snapshot', 'Take the snapshot of 2026-Q4?', ui.ButtonSet.YES_NO);
      if (answer === ui.Button.YES) app.getActiveSpreadsheet().getSheets()[0]?.appendRow(['2026-Q4']);
    },
  };
  return {
    emulator,
    scope,
    consoleLog: [],
    call: (name, ...args) => (scope[name] as (...a: unknown[]) => unknown)(...args),
  };
}
