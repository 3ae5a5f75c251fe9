/** The settings form's checks, mirroring the server's rules so help is instant. */

import { MAX_GROUP_LENGTH, MAX_GROUPS, readCheckInCadence } from '../domain/register/settings';
import { sentence } from '../domain/result';
import type { SettingsView } from '../server/api/wireTypes';

export { MONTH_NAMES } from '../domain/monthNames';

export interface SettingsForm {
  readonly fiscalYearStartMonth: string;
  readonly reviewCadence: string;
  /** One group per line (commas also separate). */
  readonly stakeholderGroups: string;
  /** Whole days between check-ins. */
  readonly checkInCadenceDays: string;
}

export type SettingsFormResult =
  | { readonly ok: true; readonly value: SettingsView }
  | { readonly ok: false; readonly errors: Readonly<Record<string, string>> };

export function settingsForm(settings: SettingsView): SettingsForm {
  return {
    fiscalYearStartMonth: String(settings.fiscalYearStartMonth),
    reviewCadence: settings.reviewCadence,
    stakeholderGroups: settings.stakeholderGroups.join('\n'),
    checkInCadenceDays: String(settings.checkInCadenceDays),
  };
}

/** Groups from the text box: trimmed, blanks dropped, repeats (any case) kept once. */
export function parseGroups(text: string): string[] {
  const seen = new Set<string>();
  const groups: string[] = [];
  for (const raw of text.split(/[,\n\r]+/)) {
    const group = raw.trim().replace(/\s+/g, ' ');
    if (group === '' || seen.has(group.toLowerCase())) continue;
    seen.add(group.toLowerCase());
    groups.push(group);
  }
  return groups;
}

export function readSettingsForm(form: SettingsForm): SettingsFormResult {
  const errors: Record<string, string> = {};
  const month = Number(form.fiscalYearStartMonth);
  if (!/^\d{1,2}$/.test(form.fiscalYearStartMonth) || month < 1 || month > 12) {
    errors.fiscalYearStartMonth = 'Choose the month the fiscal year starts in, January to December.';
  }
  if (form.reviewCadence !== 'quarterly' && form.reviewCadence !== 'monthly') {
    errors.reviewCadence = 'Choose a review cadence: quarterly or monthly.';
  }
  const groups = parseGroups(form.stakeholderGroups);
  const tooLong = groups.find((group) => group.length > MAX_GROUP_LENGTH);
  if (tooLong !== undefined) {
    errors.stakeholderGroups = `The group starting "${tooLong.slice(0, 30)}…" is ${tooLong.length} characters long; keep each group to ${MAX_GROUP_LENGTH}.`;
  } else if (groups.length > MAX_GROUPS) {
    errors.stakeholderGroups = `There are ${groups.length} groups; the add-on keeps at most ${MAX_GROUPS}.`;
  }
  // The server's own rule, so the form refuses exactly what the server would.
  const cadence = readCheckInCadence(form.checkInCadenceDays.trim() === '' ? 'none' : form.checkInCadenceDays);
  if (!cadence.ok) errors.checkInCadenceDays = sentence(cadence);
  if (Object.keys(errors).length > 0 || !cadence.ok) return { ok: false, errors };
  return {
    ok: true,
    value: {
      fiscalYearStartMonth: month,
      reviewCadence: form.reviewCadence as SettingsView['reviewCadence'],
      stakeholderGroups: groups,
      checkInCadenceDays: cadence.value,
    },
  };
}
