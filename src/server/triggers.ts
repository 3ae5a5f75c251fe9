import { buildAddonMenu } from './menu';

/** Simple trigger: runs on every open, in any auth mode; only builds the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildAddonMenu();
}

/** Runs once when the add-on is installed, so the menu appears without reopening the file. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}
