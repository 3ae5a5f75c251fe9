import { describeValue, isDate, type PlainValue } from '../cellValue';
import { listQuarters } from '../history/quarterOrder';
import { MONTH_NAMES } from '../monthNames';
import { fail, failAll, type Result } from '../result';
import { utf8Length } from '../textChunks';
import { DEFAULT_SETTINGS, type Settings } from './types';

/**
 * The team's settings as they arrive from the settings dialog or document properties
 * (strings or numbers), checked and turned into `Settings`, and back into a flat string
 * map for `PropertiesService.getDocumentProperties()`.
 */

export interface SettingsInput {
  readonly fiscalYearStartMonth?: unknown;
  /** 'quarterly' | 'monthly', or 3 | 1 (as numbers or strings). */
  readonly reviewCadence?: unknown;
  /** One text (groups separated by commas or new lines) or a list of texts. */
  readonly stakeholderGroups?: unknown;
  /** Whole days, as a number or its digits. */
  readonly checkInCadenceDays?: unknown;
}

export type SettingsResult = Result<Settings>;

export const MAX_GROUP_LENGTH = 100;
export const MAX_GROUPS = 200;
/** The largest value Apps Script stores in one property, in UTF-8 bytes. */
export const PROPERTY_VALUE_LIMIT = 9 * 1024;

/** The document property keys; prefixed so they cannot collide with another feature's. */
export const SETTINGS_KEYS = {
  fiscalYearStartMonth: 'settings.fiscalYearStartMonth',
  reviewCadence: 'settings.reviewCadence',
  stakeholderGroups: 'settings.stakeholderGroups',
  checkInCadenceDays: 'settings.checkInCadenceDays',
} as const;

type FieldResult<T> = Result<T>;

function isMissing(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

// Settings arrive as property text or as the sidebar's JSON, so never as a date.
function shown(value: unknown): string {
  return isDate(value) ? 'a date' : describeValue(value as PlainValue);
}

function readMonth(value: unknown): FieldResult<number> {
  if (isMissing(value)) return { ok: true, value: DEFAULT_SETTINGS.fiscalYearStartMonth };
  const month = typeof value === 'string' && /^\s*\d{1,2}\s*$/.test(value) ? Number(value) : value;
  if (typeof month === 'number' && Number.isInteger(month) && month >= 1 && month <= 12)
    return { ok: true, value: month };
  return fail(
    'invalid-setting',
    `The fiscal year start month must be a whole number from 1 (January) to 12 (December), not ${shown(value)}.`,
  );
}

function readCadence(value: unknown): FieldResult<Settings['reviewCadenceMonths']> {
  if (isMissing(value)) return { ok: true, value: DEFAULT_SETTINGS.reviewCadenceMonths };
  const text = String(value).trim().toLowerCase();
  if (text === 'quarterly' || text === '3') return { ok: true, value: 3 };
  if (text === 'monthly' || text === '1') return { ok: true, value: 1 };
  return fail('invalid-setting', `The review cadence must be "quarterly" or "monthly", not ${shown(value)}.`);
}

/** The longest check-in cadence: a year. */
export const MAX_CHECK_IN_CADENCE_DAYS = 365;

/** The check-in cadence in whole days, 1 to 365; the settings form and the server read it with this one rule. */
export function readCheckInCadence(value: unknown): FieldResult<number> {
  if (isMissing(value)) return { ok: true, value: DEFAULT_SETTINGS.checkInCadenceDays };
  const days = typeof value === 'string' && /^\s*\d{1,3}\s*$/.test(value) ? Number(value) : value;
  if (typeof days === 'number' && Number.isInteger(days) && days >= 1 && days <= MAX_CHECK_IN_CADENCE_DAYS) {
    return { ok: true, value: days };
  }
  return fail(
    'invalid-setting',
    `The check-in cadence must be a whole number of days from 1 to ${MAX_CHECK_IN_CADENCE_DAYS}, not ${shown(value)}.`,
    'checkInCadenceDays',
  );
}

function readGroups(value: unknown): FieldResult<readonly string[]> {
  if (isMissing(value)) return { ok: true, value: DEFAULT_SETTINGS.stakeholderGroups };
  const pieces = Array.isArray(value) ? value : [value];
  if (!pieces.every((piece) => typeof piece === 'string')) {
    return fail('invalid-setting', 'Stakeholder groups must be text, one group per line or separated by commas.');
  }
  const groups: string[] = [];
  const seen = new Set<string>();
  for (const piece of pieces as string[]) {
    for (const raw of piece.split(/[,\n\r]+/)) {
      const group = raw.trim().replace(/\s+/g, ' ');
      if (group === '' || seen.has(group.toLowerCase())) continue;
      if (group.length > MAX_GROUP_LENGTH) {
        return fail(
          'invalid-setting',
          `The stakeholder group ${describeValue(group)} is ${group.length} characters long; keep each group to ${MAX_GROUP_LENGTH}.`,
        );
      }
      seen.add(group.toLowerCase());
      groups.push(group);
    }
  }
  if (groups.length > MAX_GROUPS) {
    return fail(
      'invalid-setting',
      `There are ${groups.length} stakeholder groups; the add-on keeps at most ${MAX_GROUPS}.`,
    );
  }
  // Stored as one document property, one group per line; Apps Script refuses a value over 9 KB.
  const bytes = utf8Length(groups.join('\n'));
  if (bytes > PROPERTY_VALUE_LIMIT) {
    return fail(
      'invalid-setting',
      `The stakeholder groups take ${Math.ceil(bytes / 1024)} KB, more than the 9 KB a document can store in one setting; shorten or remove some.`,
    );
  }
  return { ok: true, value: groups };
}

/** Checks every field; a missing field takes its default, an invalid one gives a sentence. */
export function validateSettings(input: SettingsInput): SettingsResult {
  const month = readMonth(input.fiscalYearStartMonth);
  const cadence = readCadence(input.reviewCadence);
  const groups = readGroups(input.stakeholderGroups);
  const checkIns = readCheckInCadence(input.checkInCadenceDays);
  if (month.ok && cadence.ok && groups.ok && checkIns.ok) {
    return {
      ok: true,
      value: {
        fiscalYearStartMonth: month.value,
        reviewCadenceMonths: cadence.value,
        stakeholderGroups: groups.value,
        checkInCadenceDays: checkIns.value,
      },
    };
  }
  return failAll([month, cadence, groups, checkIns].flatMap((field) => (field.ok ? [] : field.problems)));
}

/** Settings as document properties: every value a string. */
export function serializeSettings(settings: Settings): Record<string, string> {
  return {
    [SETTINGS_KEYS.fiscalYearStartMonth]: String(settings.fiscalYearStartMonth),
    [SETTINGS_KEYS.reviewCadence]: settings.reviewCadenceMonths === 1 ? 'monthly' : 'quarterly',
    [SETTINGS_KEYS.stakeholderGroups]: settings.stakeholderGroups.join('\n'),
    [SETTINGS_KEYS.checkInCadenceDays]: String(settings.checkInCadenceDays),
  };
}

/** Settings from document properties (other keys ignored), or sentences naming what is wrong. */
export function deserializeSettings(properties: Readonly<Record<string, string>>): SettingsResult {
  return validateSettings({
    fiscalYearStartMonth: properties[SETTINGS_KEYS.fiscalYearStartMonth],
    reviewCadence: properties[SETTINGS_KEYS.reviewCadence],
    stakeholderGroups: properties[SETTINGS_KEYS.stakeholderGroups],
    checkInCadenceDays: properties[SETTINGS_KEYS.checkInCadenceDays],
  });
}

/**
 * Settings from document properties for code that must carry on regardless (formulas,
 * health check): each unreadable field falls back to its default.
 */
export function settingsOrDefaults(properties: Readonly<Record<string, string>>): Settings {
  const month = readMonth(properties[SETTINGS_KEYS.fiscalYearStartMonth]);
  const cadence = readCadence(properties[SETTINGS_KEYS.reviewCadence]);
  const groups = readGroups(properties[SETTINGS_KEYS.stakeholderGroups]);
  const checkIns = readCheckInCadence(properties[SETTINGS_KEYS.checkInCadenceDays]);
  return {
    fiscalYearStartMonth: month.ok ? month.value : DEFAULT_SETTINGS.fiscalYearStartMonth,
    reviewCadenceMonths: cadence.ok ? cadence.value : DEFAULT_SETTINGS.reviewCadenceMonths,
    stakeholderGroups: groups.ok ? groups.value : DEFAULT_SETTINGS.stakeholderGroups,
    checkInCadenceDays: checkIns.ok ? checkIns.value : DEFAULT_SETTINGS.checkInCadenceDays,
  };
}

/**
 * Why the fiscal year start month cannot change, if it cannot: Snapshot History holds
 * snapshots labelled in the current calendar, and under another start month the same label
 * would name other months, so old and new snapshots would mix without a word. Setting the
 * history aside (renaming its sheet) lets the next snapshot start a new one.
 */
export function fiscalYearLock(month: number, quarters: readonly string[]): string | undefined {
  if (quarters.length === 0) return undefined;
  return `The fiscal year start month stays ${MONTH_NAMES[month - 1]}: Snapshot History holds ${listQuarters(quarters)}, labelled in that calendar, and under another start month the same labels would name other months. To change it, first rename the Snapshot History sheet to keep it aside; the next snapshot then starts a new history.`;
}
