/** Settings: fiscal year start month, review cadence and the team's stakeholder groups. */
import type { SettingsView } from '../../server/api/wireTypes';
import { h, spinner } from '../dom';
import { MONTH_NAMES, readSettingsForm, type SettingsForm, settingsForm } from '../settingsModel';
import { field, readFields, showFieldErrors } from './formFields';
import type { Sidebar } from './shell';

function renderSettings(sidebar: Sidebar, settings: SettingsView): HTMLElement {
  const start = settingsForm(settings);
  const fields = [
    field({
      name: 'fiscalYearStartMonth',
      label: 'Fiscal year starts in',
      value: start.fiscalYearStartMonth,
      kind: 'select',
      options: MONTH_NAMES.map((name, index) => ({ value: String(index + 1), label: name })),
      hint: settings.fiscalYearLocked ?? 'Quarters are named FY2027-Q1 when the fiscal year starts after January.',
    }),
    field({
      name: 'reviewCadence',
      label: 'Review cadence',
      value: start.reviewCadence,
      kind: 'select',
      options: [
        { value: 'quarterly', label: 'Quarterly' },
        { value: 'monthly', label: 'Monthly' },
      ],
    }),
    field({
      name: 'checkInCadenceDays',
      label: 'Check-in cadence (days)',
      value: start.checkInCadenceDays,
      kind: 'number',
      hint: 'An active item with no check-in for longer is flagged by the health check as stale.',
    }),
    field({
      name: 'stakeholderGroups',
      label: 'Stakeholder groups',
      value: start.stakeholderGroups,
      kind: 'textarea',
      hint: 'One group per line, e.g. Account executives.',
    }),
  ];
  // Snapshots labelled in this calendar fix the month; the hint says why and how to start anew.
  const month = fields[0];
  if (month && settings.fiscalYearLocked !== undefined) month.control.disabled = true;
  const result = h('div', { 'aria-live': 'polite' });
  const saveButton = h('button', { type: 'submit', class: 'primary' }, 'Save settings');
  const save = async () => {
    const read = readSettingsForm(readFields(fields) as unknown as SettingsForm);
    showFieldErrors(fields, read.ok ? {} : read.errors);
    if (!read.ok) return;
    saveButton.disabled = true;
    result.replaceChildren(spinner('Saving settings…'));
    try {
      const outcome = await sidebar.call('saveSettings', read.value);
      result.replaceChildren(
        h('p', { class: outcome.ok ? 'result ok' : 'result failed', role: 'status' }, outcome.message),
      );
    } catch (error) {
      result.replaceChildren();
      sidebar.failed(error, () => void save());
    } finally {
      saveButton.disabled = false;
    }
  };
  return h(
    'form',
    {
      class: 'card',
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        void save();
      },
    },
    ...fields.map((item) => item.element),
    result,
    h('div', { class: 'actions' }, saveButton),
  );
}

export function settingsScreen(sidebar: Sidebar): HTMLElement {
  const body = h('div', {});
  void sidebar.load(
    body,
    'Loading settings…',
    () => sidebar.call('getSettings'),
    (settings) => renderSettings(sidebar, settings),
  );
  return h(
    'section',
    { class: 'view', 'aria-labelledby': 'settings-heading' },
    h('h1', { id: 'settings-heading' }, 'Settings'),
    body,
  );
}
