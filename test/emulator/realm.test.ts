import * as vm from 'node:vm';
import { createEmulator } from '../../local/emulator';

/** Runs `code` in a fresh script scope over the emulator, as the add-on runs. */
function runInScript(code: string) {
  const emulator = createEmulator();
  const scope = vm.createContext({ ...emulator.globals });
  emulator.adoptRealm(scope);
  return { emulator, result: vm.runInContext(code, scope) as unknown };
}

describe('the add-on realm', () => {
  it('hands the script Dates of its own realm, so instanceof Date holds there', () => {
    const { result } = runInScript(`
      const sheet = SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
      sheet.getRange('A1').setValue(new Date(Date.UTC(2026, 2, 31)));
      const read = sheet.getRange('A1').getValue();
      [read instanceof Date, read.toISOString()];
    `);
    expect(result).toEqual([true, '2026-03-31T00:00:00.000Z']);
  });

  it('lets template scriptlets call the script top-level functions', () => {
    const { result } = runInScript(`
      function include(name) { return '<style>/* ' + name + ' */</style>'; }
      HtmlService.createTemplate('<?!= include("Styles") ?>').evaluate().getContent();
    `);
    expect(result).toBe('<style>/* Styles */</style>');
  });
});
