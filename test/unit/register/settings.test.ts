import {
  deserializeSettings,
  SETTINGS_KEYS,
  serializeSettings,
  settingsOrDefaults,
  validateSettings,
} from '../../../src/domain/register/settings';
import { DEFAULT_SETTINGS } from '../../../src/domain/register/types';

describe('checking settings', () => {
  it('reads values that arrive as strings from the dialog', () => {
    expect(
      validateSettings({
        fiscalYearStartMonth: ' 7 ',
        reviewCadence: 'Monthly',
        stakeholderGroups: 'Sales Ops,\n  Account   executives \nsales ops,,\n',
      }),
    ).toEqual({
      ok: true,
      value: {
        fiscalYearStartMonth: 7,
        reviewCadenceMonths: 1,
        checkInCadenceDays: 14,
        stakeholderGroups: ['Sales Ops', 'Account executives'],
      },
    });
  });

  it('reads numbers and lists, and takes defaults for missing fields', () => {
    expect(validateSettings({ fiscalYearStartMonth: 4, reviewCadence: 3, stakeholderGroups: ['SDR team'] })).toEqual({
      ok: true,
      value: {
        fiscalYearStartMonth: 4,
        reviewCadenceMonths: 3,
        stakeholderGroups: ['SDR team'],
        checkInCadenceDays: 14,
      },
    });
    expect(validateSettings({})).toEqual({ ok: true, value: DEFAULT_SETTINGS });
  });

  it('explains every invalid field in a sentence', () => {
    expect(
      validateSettings({ fiscalYearStartMonth: '13', reviewCadence: 'yearly', stakeholderGroups: 'x'.repeat(101) }),
    ).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message: 'The fiscal year start month must be a whole number from 1 (January) to 12 (December), not "13".',
        }),
        expect.objectContaining({ message: 'The review cadence must be "quarterly" or "monthly", not "yearly".' }),
        expect.objectContaining({
          message: `The stakeholder group "${'x'.repeat(60)}…" is 101 characters long; keep each group to 100.`,
        }),
      ],
    });
    expect(validateSettings({ fiscalYearStartMonth: 2.5 }).ok).toBe(false);
    expect(validateSettings({ stakeholderGroups: [3] })).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message: 'Stakeholder groups must be text, one group per line or separated by commas.',
        }),
      ],
    });
  });

  it('refuses more than 200 stakeholder groups', () => {
    const groups = Array.from({ length: 201 }, (_, index) => `Group ${index}`).join(',');
    expect(validateSettings({ stakeholderGroups: groups })).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({ message: 'There are 201 stakeholder groups; the add-on keeps at most 200.' }),
      ],
    });
  });
});

describe('settings as document properties', () => {
  const settings = {
    fiscalYearStartMonth: 7,
    reviewCadenceMonths: 1 as const,
    stakeholderGroups: ['Sales Ops', 'SDR team'],
    checkInCadenceDays: 7,
  };

  it('writes a flat map of strings and reads it back unchanged', () => {
    const properties = serializeSettings(settings);
    expect(properties).toEqual({
      [SETTINGS_KEYS.fiscalYearStartMonth]: '7',
      [SETTINGS_KEYS.reviewCadence]: 'monthly',
      [SETTINGS_KEYS.stakeholderGroups]: 'Sales Ops\nSDR team',
      [SETTINGS_KEYS.checkInCadenceDays]: '7',
    });
    expect(deserializeSettings({ ...properties, unrelated: 'x' })).toEqual({ ok: true, value: settings });
  });

  it('falls back to defaults field by field when a stored value is damaged', () => {
    const damaged = { ...serializeSettings(settings), [SETTINGS_KEYS.fiscalYearStartMonth]: 'July' };
    expect(deserializeSettings(damaged).ok).toBe(false);
    expect(settingsOrDefaults(damaged)).toEqual({ ...settings, fiscalYearStartMonth: 1 });
    expect(settingsOrDefaults({})).toEqual(DEFAULT_SETTINGS);
  });
});

describe('settings too large for a document property', () => {
  it('refuses stakeholder groups that would not fit in 9 KB, with the size', () => {
    const groups = Array.from({ length: 150 }, (_, n) => `Regional sales team ${n} ${'é'.repeat(40)}`);
    const result = validateSettings({ stakeholderGroups: groups });
    expect(result).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message:
            'The stakeholder groups take 16 KB, more than the 9 KB a document can store in one setting; shorten or remove some.',
        }),
      ],
    });
  });
});
