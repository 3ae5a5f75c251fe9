import { MONTH_NAMES } from '../domain/monthNames';
import { serializeSettings, validateSettings } from '../domain/register/settings';
import type { Settings } from '../domain/register/types';
import { utf8Length } from '../domain/textChunks';
import type { OperationResult, SettingsView } from './api/wireTypes';
import { documentContext } from './documentContext';
import { openSidebar } from './sidebar';

/** Apps Script refuses a property value over 9 KB. */
const PROPERTY_VALUE_LIMIT = 9 * 1024;

export function toSettingsView(settings: Settings): SettingsView {
  return {
    fiscalYearStartMonth: settings.fiscalYearStartMonth,
    reviewCadence: settings.reviewCadenceMonths === 1 ? 'monthly' : 'quarterly',
    stakeholderGroups: settings.stakeholderGroups,
  };
}

/** Menu: Settings… opens the sidebar on its settings view. */
export function openSettings(): void {
  openSidebar('settings');
}

/** Sidebar: the saved settings (defaults for any that were never set). */
export function getSettings(): SettingsView {
  return toSettingsView(documentContext().settings);
}

/** Sidebar: checks and saves the settings; an invalid value is refused with a sentence and nothing is saved. */
export function saveSettings(input: SettingsView): OperationResult {
  const checked = validateSettings({
    fiscalYearStartMonth: input.fiscalYearStartMonth,
    reviewCadence: input.reviewCadence,
    stakeholderGroups: input.stakeholderGroups,
  });
  if (!checked.ok) return { ok: false, message: checked.errors.join(' ') };
  const properties = serializeSettings(checked.value);
  for (const value of Object.values(properties)) {
    const bytes = utf8Length(value);
    if (bytes > PROPERTY_VALUE_LIMIT) {
      return {
        ok: false,
        message: `The stakeholder groups take ${Math.ceil(bytes / 1024)} KB, more than the 9 KB a document can store in one setting; shorten or remove some.`,
      };
    }
  }
  PropertiesService.getDocumentProperties().setProperties(properties);
  const { fiscalYearStartMonth, reviewCadenceMonths, stakeholderGroups } = checked.value;
  const groups =
    stakeholderGroups.length === 1 ? '1 stakeholder group' : `${stakeholderGroups.length} stakeholder groups`;
  return {
    ok: true,
    message: `Settings saved: the fiscal year starts in ${MONTH_NAMES[fiscalYearStartMonth - 1]}, reviews are ${reviewCadenceMonths === 1 ? 'monthly' : 'quarterly'}, ${groups}.`,
  };
}
