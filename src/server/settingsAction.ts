import { MONTH_NAMES } from '../domain/monthNames';
import { fiscalYearLock, serializeSettings, validateSettings } from '../domain/register/settings';
import type { Settings } from '../domain/register/types';
import { quartersInHistory } from '../sheets/historyStore';
import type { OperationResult, SettingsSave, SettingsView } from './api/wireTypes';
import { documentContext } from './documentContext';
import { refusal } from './refusal';
import { openSidebar } from './sidebar';

export function toSettingsView(settings: Settings): SettingsView {
  return {
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    reviewCadence: settings.reviewCadenceMonths === 1 ? 'monthly' : 'quarterly',
    stakeholderGroups: settings.stakeholderGroups,
    checkInCadenceDays: settings.checkInCadenceDays,
  };
}

/** Menu: Settings… opens the sidebar on its settings view. */
export function openSettings(): void {
  openSidebar('settings');
}

/** Sidebar: the saved settings (defaults for any that were never set), and whether snapshots fix the start month. */
export function getSettings(): SettingsView {
  const { spreadsheet, settings, properties } = documentContext();
  const view = toSettingsView(settings);
  const locked = fiscalYearLock(settings.fiscalYearStartMonth, quartersInHistory(spreadsheet, properties));
  return locked === undefined ? view : { ...view, fiscalYearLocked: locked };
}

/**
 * Sidebar: checks and saves the settings; an invalid value, or a new fiscal year start
 * month under existing snapshots, is refused with a sentence and nothing is saved.
 */
export function saveSettings(input: SettingsSave): OperationResult {
  const { spreadsheet, settings, properties, documentProperties } = documentContext();
  const checked = validateSettings({
    fiscalYearStartMonth: input.fiscalYearStartMonth,
    reviewCadence: input.reviewCadence,
    stakeholderGroups: input.stakeholderGroups,
    checkInCadenceDays: input.checkInCadenceDays ?? settings.checkInCadenceDays,
  });
  if (!checked.ok) return refusal(checked);
  if (checked.value.fiscalYearStartMonth !== settings.fiscalYearStartMonth) {
    const locked = fiscalYearLock(settings.fiscalYearStartMonth, quartersInHistory(spreadsheet, properties));
    if (locked !== undefined) return { ok: false, message: locked, code: 'invalid-setting' };
  }
  documentProperties.setProperties(serializeSettings(checked.value));
  const { fiscalYearStartMonth, reviewCadenceMonths, stakeholderGroups, checkInCadenceDays } = checked.value;
  const groups =
    stakeholderGroups.length === 1 ? '1 stakeholder group' : `${stakeholderGroups.length} stakeholder groups`;
  const checkIns = checkInCadenceDays === 1 ? 'every day' : `every ${checkInCadenceDays} days`;
  return {
    ok: true,
    message: `Settings saved: the fiscal year starts in ${MONTH_NAMES[fiscalYearStartMonth - 1]}, reviews are ${reviewCadenceMonths === 1 ? 'monthly' : 'quarterly'}, check-ins ${checkIns}, ${groups}.`,
  };
}
