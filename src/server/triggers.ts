import { DIGEST_SHEET } from '../domain/history/digestGrid';
import { HISTORY_VERSION_KEY } from '../domain/history/historyVersion';
import { SHEET } from '../domain/register/schema';
import { buildAddonMenu } from './menu';

/** Simple trigger: runs on every open, in any auth mode; only builds the menu. */
export function onOpen(_e?: GoogleAppsScript.Events.SheetsOnOpen): void {
  buildAddonMenu();
}

/** Runs once when the add-on is installed, so the menu appears without reopening the file. */
export function onInstall(e?: GoogleAppsScript.Events.AddonOnInstall): void {
  onOpen(e as GoogleAppsScript.Events.SheetsOnOpen | undefined);
}

/**
 * Simple trigger: an edit by hand in Snapshot History or its digest gives the history a
 * new version, so no cached formula index, ledger or digest built from the old cells is
 * used again: the next reader reads the history whole. Edits elsewhere cost one sheet
 * name; the add-on's own writes do not fire it.
 */
export function onEdit(e?: GoogleAppsScript.Events.SheetsOnEdit): void {
  if (!e?.range || e.authMode === ScriptApp.AuthMode.NONE) return;
  const name = e.range.getSheet().getName();
  if (name !== SHEET.history && name !== DIGEST_SHEET) return;
  PropertiesService.getDocumentProperties().setProperty(HISTORY_VERSION_KEY, `edited ${Date.now()}`);
}
