import { parseGroups, readSettingsForm, settingsForm } from '../../../src/ui/settingsModel';
import { viewNamed } from '../../../src/ui/views/shell';

describe('the settings form', () => {
  it('shows stored settings as form text, one group per line', () => {
    expect(
      settingsForm({
        fiscalYearStartMonth: 4,
        reviewCadence: 'monthly',
        stakeholderGroups: ['Sales ops', 'Finance'],
        checkInCadenceDays: 7,
      }),
    ).toEqual({
      fiscalYearStartMonth: '4',
      reviewCadence: 'monthly',
      stakeholderGroups: 'Sales ops\nFinance',
      checkInCadenceDays: '7',
    });
  });

  it('reads groups one per line or comma separated, trimmed, each once whatever its case', () => {
    expect(parseGroups(' Sales ops \n\nfinance, Finance,  Account   executives ')).toEqual([
      'Sales ops',
      'finance',
      'Account executives',
    ]);
  });

  it('reads a valid form into settings', () => {
    expect(
      readSettingsForm({
        fiscalYearStartMonth: '7',
        reviewCadence: 'quarterly',
        stakeholderGroups: 'Sales ops',
        checkInCadenceDays: ' 10 ',
      }),
    ).toEqual({
      ok: true,
      value: {
        fiscalYearStartMonth: 7,
        reviewCadence: 'quarterly',
        stakeholderGroups: ['Sales ops'],
        checkInCadenceDays: 10,
      },
    });
  });

  it('names each field that is wrong', () => {
    expect(
      readSettingsForm({
        fiscalYearStartMonth: '13',
        reviewCadence: 'weekly',
        stakeholderGroups: 'g'.repeat(101),
        checkInCadenceDays: '0',
      }),
    ).toEqual({
      ok: false,
      errors: {
        fiscalYearStartMonth: 'Choose the month the fiscal year starts in, January to December.',
        reviewCadence: 'Choose a review cadence: quarterly or monthly.',
        stakeholderGroups: `The group starting "${'g'.repeat(30)}…" is 101 characters long; keep each group to 100.`,
        checkInCadenceDays: 'The check-in cadence must be a whole number of days from 1 to 365, not "0".',
      },
    });
  });

  it('refuses more groups than the add-on keeps', () => {
    const groups = Array.from({ length: 201 }, (_, index) => `Group ${index}`).join('\n');
    const result = readSettingsForm({
      fiscalYearStartMonth: '1',
      reviewCadence: 'quarterly',
      stakeholderGroups: groups,
      checkInCadenceDays: '14',
    });
    expect(result).toEqual({
      ok: false,
      errors: { stakeholderGroups: 'There are 201 groups; the add-on keeps at most 200.' },
    });
  });
});

describe('the view a page opens on', () => {
  it('follows the initial-view meta content, and falls back to the register', () => {
    expect([viewNamed('settings'), viewNamed(' Review '), viewNamed('variance'), viewNamed(null)]).toEqual([
      'settings',
      'review',
      'register',
      'register',
    ]);
  });
});
