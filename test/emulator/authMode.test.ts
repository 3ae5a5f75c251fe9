import { loadAddon } from '../../local/appsScriptRuntime';
import { AuthMode } from '../../local/emulator';
import { services } from './fixtures';

describe('authorization modes', () => {
  it('allows only building menus in AuthMode.NONE', () => {
    const { SpreadsheetApp, PropertiesService, emulator } = services();
    emulator.setAuthMode(AuthMode.NONE);
    SpreadsheetApp.getUi().createAddonMenu().addItem('Open', 'open').addToUi();
    expect(emulator.ui.menus).toHaveLength(1);
    expect(() => SpreadsheetApp.getActiveSpreadsheet()).toThrow(
      'You do not have permission to call SpreadsheetApp.getActiveSpreadsheet',
    );
    expect(() => PropertiesService.getDocumentProperties()).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
  });

  it('lets a custom function read but not write or show anything', () => {
    const { SpreadsheetApp, book, emulator } = services();
    const sheet = book.getActiveSheet();
    emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(() => sheet.getRange('A1').setValue(1)).toThrow('You do not have permission to call Range.setValue');
    expect(() => SpreadsheetApp.getUi()).toThrow('You do not have permission to call SpreadsheetApp.getUi');
  });

  it('allows everything again in FULL', () => {
    const { book, emulator } = services();
    emulator.setAuthMode(AuthMode.NONE);
    emulator.setAuthMode(AuthMode.FULL);
    expect(() => book.insertSheet('Data')).not.toThrow();
  });

  it('runs the built onOpen in AuthMode.NONE without touching other services', () => {
    const addon = loadAddon();
    addon.emulator.setAuthMode(AuthMode.NONE);
    addon.call('onOpen', { authMode: AuthMode.NONE });
    expect(addon.emulator.ui.menus[0]?.addon).toBe(true);
  });
});
