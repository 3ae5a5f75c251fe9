import type { RegisterView, ReviewDraft, SettingsView, StrategyReview } from '../../src/server/api/wireTypes';
import { addonWithRegister, day, MORE_PROSPECTS, today, WIN_RATE } from './fixtures/register';

const CHURN = {
  ID: 'S2',
  Strategy: 'Cut churn from 8% to 5%',
  Metric: 'Churn',
  Baseline: 0.08,
  Target: 0.05,
  Status: 'Active',
};
const CALLS = {
  ...MORE_PROSPECTS,
  ID: 'T2',
  'Strategy ID': 'S2',
  Tactic: 'Call every at-risk account',
  Owner: 'CS team',
};

describe('quarterly review through the built add-on', () => {
  it('writes decisions, learning, review date, changed fields, target and statuses in a few column writes', () => {
    const addon = addonWithRegister(
      [
        { ...WIN_RATE, 'Last reviewed': day('2026-01-10') },
        { ...CHURN, 'Last reviewed': day('2026-01-10') },
      ],
      [
        { ...MORE_PROSPECTS, 'Last reviewed': day('2026-01-10') },
        { ...CALLS, 'Last reviewed': day('2026-01-10') },
      ],
    );
    const reviews: StrategyReview[] = [
      {
        strategyId: 'S1',
        learning: 'Formal stages helped; <b>demos</b> lag',
        decision: 'adjust',
        changes: { confidence: '6', current: '22%' },
        newTarget: '24%',
        tactics: { T1: 'done' },
      },
      { strategyId: 's2', learning: '', decision: 'retire', changes: {}, tactics: { T2: 'drop' } },
    ];
    const quarter = (addon.call('getRegister') as RegisterView).currentQuarter;
    addon.emulator.calls.reset();
    expect(addon.call('applyReview', reviews)).toEqual({
      ok: true,
      message: `Review of ${quarter} saved: 2 strategies and 2 tactics marked reviewed today.`,
    });
    const strategies = addon.emulator.readValues('Strategies');
    expect(strategies[1]?.slice(5, 7)).toEqual([0.24, 0.22]);
    expect(strategies[1]?.slice(10, 15)).toEqual([
      'Active',
      6,
      today(),
      'Formal stages helped; <b>demos</b> lag',
      'Adjust',
    ]);
    expect(strategies[2]?.slice(10, 15)).toEqual(['Retired', '', today(), '', 'Retire']);
    const tactics = addon.emulator.readValues('Tactics');
    expect(tactics.slice(1).map((row) => [row[5], row[11]])).toEqual([
      ['Done', today()],
      ['Dropped', today()],
    ]);
    // Strategies: Target, Current, Confidence, Status, Last reviewed, Learning, Decision; Tactics: Status, Last reviewed.
    expect(addon.emulator.calls.byMethod()['Range.setValues']).toBe(9);
    expect((addon.call('getRegister') as RegisterView).lastReview).toEqual({
      quarter,
      appliedOn: today().toISOString().slice(0, 10),
      strategies: 2,
      tactics: 2,
    });
  });

  it('refuses a review it could not save whole: no Decision column, until Set up adds it', () => {
    const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
    const sheet = addon.emulator.spreadsheet.getSheetByName('Strategies');
    sheet?.deleteColumn(15);
    const before = addon.emulator.cellsSnapshot();
    const review = [{ strategyId: 'S1', learning: 'x', decision: 'pivot', changes: {}, tactics: {} }];
    expect(addon.call('applyReview', review)).toEqual({
      ok: false,
      code: 'missing-header',
      message:
        'Strategies has no "Decision" column: type Decision in row 1 above its values, or run Set up register to add the column.',
    });
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
    addon.call('setUpRegister');
    expect(addon.call('applyReview', review)).toMatchObject({ ok: true });
    const [header = [], row = []] = addon.emulator.readValues('Strategies');
    expect(row[header.indexOf('Decision')]).toBe('Pivot');
  });

  it('writes no field the reviewer left as it stands, even one that cannot be read', () => {
    const addon = addonWithRegister([{ ...WIN_RATE, Current: 'about 7', Confidence: 12 }], []);
    const review = [{ strategyId: 'S1', learning: '', decision: 'keep', changes: {}, tactics: {} }];
    expect(addon.call('applyReview', review)).toMatchObject({ ok: true });
    expect(addon.emulator.readValues('Strategies')[1]?.slice(5, 12)).toEqual([
      0.25,
      'about 7',
      'Account executives',
      day('2026-07-01'),
      day('2027-06-30'),
      'Active',
      12,
    ]);
  });

  it('refuses a changed field the Edit form would refuse, in the same sentence, and writes nothing', () => {
    const addon = addonWithRegister([WIN_RATE], []);
    const before = addon.emulator.cellsSnapshot();
    const review = [{ strategyId: 'S1', learning: '', decision: 'keep', changes: { confidence: '11' }, tactics: {} }];
    expect(addon.call('applyReview', review)).toEqual({
      ok: false,
      code: 'bad-value',
      message: 'S1: Confidence must be a number from 0 to 10.',
    });
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
  });

  it('refuses a review naming a tactic of another strategy and writes nothing', () => {
    const addon = addonWithRegister([WIN_RATE, CHURN], [MORE_PROSPECTS, CALLS]);
    const before = addon.emulator.cellsSnapshot();
    const result = addon.call('applyReview', [
      { strategyId: 'S1', learning: 'x', decision: 'keep', changes: { confidence: '5' }, tactics: { T2: 'drop' } },
    ]);
    expect(result).toEqual({
      ok: false,
      code: 'bad-value',
      message: 'Tactic "T2" does not serve S1 any more; reload the sidebar.',
    });
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
  });

  it('puts every written column back when Sheets fails part-way', () => {
    const addon = addonWithRegister([WIN_RATE, CHURN], [MORE_PROSPECTS, CALLS]);
    const before = addon.emulator.cellsSnapshot();
    const review = [
      { strategyId: 'S1', learning: 'x', decision: 'retire', changes: { confidence: '5' }, tactics: { T1: 'drop' } },
    ];
    let failures = 0;
    for (let k = 1; ; k++) {
      addon.emulator.calls.reset();
      addon.emulator.calls.failAt(k);
      try {
        addon.call('applyReview', review);
        break;
      } catch {
        failures += 1;
        expect(addon.emulator.cellsSnapshot()).toEqual(before);
      }
    }
    expect(failures).toBeGreaterThan(5);
  });

  it('keeps a draft per user and spreadsheet across sidebar sessions, however long', () => {
    const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
    expect(addon.call('getReviewDraft')).toBeNull();
    const draft: ReviewDraft = {
      quarter: '2026-Q4',
      step: 1,
      reviews: [
        {
          strategyId: 'S1',
          learning: `Long notes ✍️ ${'x'.repeat(30_000)}`,
          decision: 'keep',
          changes: { confidence: '7' },
          tactics: { T1: 'keep' },
        },
      ],
    };
    addon.call('saveReviewDraft', draft);
    expect(addon.call('getReviewDraft')).toEqual(draft);
    addon.call('saveReviewDraft', { ...draft, reviews: [] });
    expect(addon.call('getReviewDraft')).toEqual({ ...draft, reviews: [] });
    addon.call('saveReviewDraft', null);
    expect(addon.call('getReviewDraft')).toBeNull();
  });
});

describe('settings through the built add-on', () => {
  it('starts from the defaults and saves valid settings to document properties', () => {
    const addon = addonWithRegister([], []);
    expect(addon.call('getSettings')).toEqual({
      fiscalYearStartMonth: 1,
      reviewCadence: 'quarterly',
      stakeholderGroups: [],
      checkInCadenceDays: 14,
    });
    const settings: SettingsView = {
      fiscalYearStartMonth: 7,
      reviewCadence: 'monthly',
      stakeholderGroups: ['Sales Ops', 'Account executives'],
      checkInCadenceDays: 7,
    };
    expect(addon.call('saveSettings', settings)).toEqual({
      ok: true,
      message:
        'Settings saved: the fiscal year starts in July, reviews are monthly, check-ins every 7 days, 2 stakeholder groups.',
    });
    expect(addon.call('getSettings')).toEqual(settings);
  });

  it('refuses an invalid month with a sentence and keeps the old settings', () => {
    const addon = addonWithRegister([], []);
    const result = addon.call('saveSettings', {
      fiscalYearStartMonth: 13,
      reviewCadence: 'quarterly',
      stakeholderGroups: [],
    });
    expect(result).toEqual({
      ok: false,
      code: 'invalid-setting',
      message: 'The fiscal year start month must be a whole number from 1 (January) to 12 (December), not 13.',
    });
    expect((addon.call('getSettings') as SettingsView).fiscalYearStartMonth).toBe(1);
  });

  it('opens the sidebar on its settings view from the menu', () => {
    const addon = addonWithRegister([], []);
    addon.call('openSettings');
    expect(addon.emulator.ui.sidebars.at(-1)?.html).toContain('<meta name="initial-view" content="settings">');
  });
});

describe('settings larger than a document property holds', () => {
  it('are refused with the size, and the old settings stay', () => {
    const addon = addonWithRegister([], []);
    const groups = Array.from({ length: 150 }, (_, n) => `Regional sales team ${n} ${'é'.repeat(40)}`);
    const result = addon.call('saveSettings', {
      fiscalYearStartMonth: 1,
      reviewCadence: 'quarterly',
      stakeholderGroups: groups,
    });
    expect(result).toEqual({
      ok: false,
      code: 'invalid-setting',
      message:
        'The stakeholder groups take 16 KB, more than the 9 KB a document can store in one setting; shorten or remove some.',
    });
    expect((addon.call('getSettings') as SettingsView).stakeholderGroups).toEqual([]);
  });
});
