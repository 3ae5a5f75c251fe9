import { AuthMode } from './utilities';

/** In AuthMode.NONE (onOpen of an add-on not yet used in this document) only menus can be built. */
function allowedWithoutAuthorization(method: string): boolean {
  return method === 'SpreadsheetApp.getUi' || /^Ui\.create(Addon)?Menu$/.test(method) || method.startsWith('Menu.');
}

/** A custom function may read the spreadsheet but not change it, nor show anything. */
function allowedInCustomFunction(method: string): boolean {
  const [type = '', name = ''] = method.split('.');
  if (['Ui', 'Menu', 'HtmlService', 'HtmlOutput', 'HtmlTemplate', 'LockService', 'Lock'].includes(type)) return false;
  if (method === 'SpreadsheetApp.getUi' || method === 'Spreadsheet.toast') return false;
  const writes =
    /^(set|insert|delete|append|clear|protect|merge|activate|hide|show|auto|add|remove|rename|update|flush)/;
  return !['Spreadsheet', 'Sheet', 'Range', 'SpreadsheetApp'].includes(type) || !writes.test(name);
}

/** Which calls an authorization mode allows; undefined means all. */
export function permittedIn(mode: AuthMode): ((method: string) => boolean) | undefined {
  if (mode === AuthMode.NONE) return allowedWithoutAuthorization;
  if (mode === AuthMode.CUSTOM_FUNCTION) return allowedInCustomFunction;
  return undefined;
}
