import { Button } from '../../local/emulator';
import { services } from './fixtures';

describe('Ui', () => {
  it('records add-on and custom menus with separators and submenus', () => {
    const { SpreadsheetApp, emulator } = services({ addonTitle: 'Register' });
    const ui = SpreadsheetApp.getUi();
    const more = ui.createMenu('More').addItem('Help', 'showHelp');
    ui.createAddonMenu().addItem('Open', 'open').addSeparator().addSubMenu(more).addToUi();
    expect(emulator.ui.menus).toEqual([
      {
        title: 'Register',
        addon: true,
        items: [
          { label: 'Open', functionName: 'open' },
          'separator',
          { label: 'More', functionName: '', submenu: [{ label: 'Help', functionName: 'showHelp' }] },
        ],
      },
    ]);
  });

  it('answers an alert with OK when nothing is scripted, and records it', () => {
    const { SpreadsheetApp, emulator } = services();
    const ui = SpreadsheetApp.getUi();
    expect(ui.alert('Saved')).toBe(Button.OK);
    expect(emulator.ui.dialogs).toEqual([
      { kind: 'alert', title: '', message: 'Saved', buttons: 'OK', answer: { button: 'OK', text: '' } },
    ]);
    expect(emulator.ui.alerts).toEqual([{ title: '', message: 'Saved' }]);
  });

  it('gives scripted answers in order', () => {
    const { SpreadsheetApp, emulator } = services();
    const ui = SpreadsheetApp.getUi();
    emulator.ui.scriptedAnswers.push({ button: Button.NO }, { button: Button.OK, text: '2026-Q2' });
    expect(ui.alert('Snapshot', 'Take it now?', ui.ButtonSet.YES_NO)).toBe(ui.Button.NO);
    const response = ui.prompt('Quarter', 'Which quarter?', ui.ButtonSet.OK_CANCEL);
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual([ui.Button.OK, '2026-Q2']);
    expect(emulator.ui.dialogs.map((d) => [d.kind, d.title, d.message, d.buttons])).toEqual([
      ['alert', 'Snapshot', 'Take it now?', 'YES_NO'],
      ['prompt', 'Quarter', 'Which quarter?', 'OK_CANCEL'],
    ]);
  });

  it('answers an unscripted prompt with OK and empty text', () => {
    const { SpreadsheetApp } = services();
    const response = SpreadsheetApp.getUi().prompt('Name?');
    expect([response.getSelectedButton(), response.getResponseText()]).toEqual([Button.OK, '']);
  });

  it('refuses a scripted answer the dialog has no button for', () => {
    const { SpreadsheetApp, emulator } = services();
    emulator.ui.scriptedAnswers.push({ button: Button.YES });
    const ui = SpreadsheetApp.getUi();
    expect(() => ui.alert('Hi', ui.ButtonSet.OK)).toThrow('Scripted answer YES is not a button of a OK alert.');
  });

  it('records sidebars and modal dialogs', () => {
    const { SpreadsheetApp, HtmlService, emulator } = services();
    const ui = SpreadsheetApp.getUi();
    ui.showSidebar(HtmlService.createHtmlOutput('<p>side</p>').setTitle('Register'));
    ui.showModalDialog(HtmlService.createHtmlOutput('<p>modal</p>'), 'Settings');
    expect(emulator.ui.sidebars).toEqual([{ title: 'Register', html: '<p>side</p>' }]);
    expect(emulator.ui.modalDialogs).toEqual([{ title: 'Settings', html: '<p>modal</p>', modal: true }]);
  });
});
