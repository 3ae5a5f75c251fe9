/**
 * Check-ins through the built add-on as Apps Script runs it: hand-typed rows read by
 * STRATEGY_FORECAST, a sidebar save of any number of items, the stale-check-in finding,
 * and the forecast kept in Snapshot History and shown in the variance.
 */
import type { LoadedAddon } from '../../local/appsScriptRuntime';
import { AuthMode } from '../../local/emulator';
import { CHECK_IN_HEADERS } from '../../src/domain/checkins/checkInSchema';
import type { FindingView, RegisterView } from '../../src/server/api/wireTypes';
import { addonWithRegister, day, MORE_PROSPECTS, today, WIN_RATE } from './fixtures/register';
import { snapshotAs } from './fixtures/snapshotScenario';

// WIN_RATE runs from 2026-07-01 to 2027-06-30 (day 364), from 20% to 25%. Typed check-ins of
// 20.25% on day 30 and 20.75% on day 60 are progress 0.05 and 0.15, so the points are
// (0, 0), (30, 0.05), (60, 0.15): x̄ = 30, ȳ = 0.2/3, Σ(x−x̄)² = 1800, Σ(x−x̄)(y−ȳ) = 4.5,
// slope 0.0025, and on day 364 the line reads 0.2/3 + 0.0025 × 334 = 0.901 666…
const BY_HAND = 0.2 / 3 + 0.0025 * 334;

const TYPED = [
  [...CHECK_IN_HEADERS],
  [day('2026-07-31'), 'S1', 0.2025, 6, 'Pipeline review started', 'Account executives'],
  [day('2026-08-30'), 's1', 0.2075, 7, 'Two enterprise wins', ''],
];

function withCheckIns(rows: readonly (readonly unknown[])[], strategies = [WIN_RATE]): LoadedAddon {
  const addon = addonWithRegister(strategies, [MORE_PROSPECTS]);
  addon.emulator.seedSheet('Check-ins', rows, { raw: true });
  addon.emulator.calls.reset();
  return addon;
}

function formula(addon: LoadedAddon, ...args: unknown[]): unknown {
  addon.emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
  try {
    return addon.call('STRATEGY_FORECAST', ...args);
  } finally {
    addon.emulator.setAuthMode(AuthMode.FULL);
  }
}

describe('STRATEGY_FORECAST on check-ins typed into the sheet', () => {
  it('equals the least-squares forecast worked by hand', () => {
    const addon = withCheckIns(TYPED);
    expect(formula(addon, 'S1', day('2026-09-01'))).toBeCloseTo(BY_HAND, 12);
  });

  it('counts only the check-ins up to as_of, and says why when that leaves only the start', () => {
    const addon = withCheckIns(TYPED);
    // One check-in: the line through (0, 0) and (30, 0.05) reads 0.05 × 364 / 30 on Due.
    expect(formula(addon, 'S1', day('2026-08-01'))).toBeCloseTo((0.05 * 364) / 30, 12);
    expect(() => formula(addon, 'S1', day('2026-07-15'))).toThrow(
      /STRATEGY_FORECAST.*S1 has no check-in with a value on or before 2026-07-15/,
    );
  });

  it('leaves out hand-typed rows that break a rule, and the register never changes', () => {
    const bad = [
      ...TYPED,
      [day('2026-08-31'), 'S1', 'about 30%', '', 'Text for a value', ''],
      [day('2026-08-31'), 'S1', 0.5, 11, 'Confidence 11', ''],
      ['31/08/2026', 'S1', 0.5, '', 'A date typed as text', ''],
      [day('2099-01-01'), 'S1', 0.5, '', 'A date to come', ''],
    ];
    const addon = withCheckIns(bad);
    const register = addon.emulator.readValues('Strategies');
    expect(formula(addon, 'S1', day('2026-09-01'))).toBeCloseTo(BY_HAND, 12);
    const findings = (addon.call('checkRegister') as FindingView[]).filter((finding) => finding.sheet === 'Check-ins');
    expect(findings.map((finding) => [finding.rule, finding.row])).toEqual([
      ['bad-value', 4],
      ['bad-value', 5],
      ['bad-value', 6],
      ['bad-value', 7],
    ]);
    expect(findings[1]?.message).toBe(
      'Confidence of S1 (row 5) in Check-ins is 11; confidence must be a number from 0 to 10.',
    );
    expect(addon.emulator.readValues('Strategies')).toEqual(register);
  });

  it('fills a column of IDs in one call, reading each sheet once however many rows', () => {
    const addon = withCheckIns(TYPED);
    formula(addon, [['S1']], day('2026-09-01'));
    const one = addon.emulator.calls.total;
    addon.emulator.calls.reset();
    const column = formula(addon, [['S1'], [''], ['S9'], ['T1']], day('2026-09-01')) as unknown[][];
    expect(addon.emulator.calls.total).toBe(one);
    expect(column[0]?.[0]).toBeCloseTo(BY_HAND, 12);
    expect(column[1]).toEqual(['']);
    expect(String(column[2]?.[0])).toMatch(/STRATEGY_FORECAST.*no strategy or tactic has the ID "S9"/);
    expect(String(column[3]?.[0])).toMatch(/T1 has no Start date/);
  });
});

describe('saving check-ins from the sidebar', () => {
  const entry = (id: string, value: string) => ({ id, value, confidence: '8', note: `=${id} moved` });

  it('appends a row per item and sets Current and Confidence, in as many calls for fifty items as for one', () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ ...WIN_RATE, ID: `S${i + 1}` }));
    const one = withCheckIns(TYPED, many);
    expect(one.call('saveCheckIns', { entries: [entry('S1', '21%')] })).toMatchObject({ ok: true, saved: 1 });
    const callsForOne = one.emulator.calls.total;

    const fifty = withCheckIns(TYPED, many);
    const entries = many.map((strategy, i) => entry(String(strategy.ID), `${21 + i / 100}%`));
    expect(fifty.call('saveCheckIns', { entries, by: 'Sales ops' })).toMatchObject({ ok: true, saved: 50 });
    expect(fifty.emulator.calls.total).toBe(callsForOne);

    const log = fifty.emulator.readValues('Check-ins');
    expect(log).toHaveLength(TYPED.length + 50);
    expect(log[3]).toEqual([today(), 'S1', 0.21, 8, '=S1 moved', 'Sales ops']);
    const strategies = fifty.emulator.readValues('Strategies');
    const current = strategies[0]?.indexOf('Current') ?? -1;
    expect(strategies.slice(1).map((row) => row[current])).toEqual(many.map((_, i) => Number(`${2100 + i}e-4`)));
  });

  it('refuses an unknown ID, a confidence of 11 and text for a value with the sheet’s own sentences, writing nothing', () => {
    const addon = withCheckIns(TYPED);
    const before = addon.emulator.cellsSnapshot();
    const result = addon.call('saveCheckIns', {
      entries: [
        { id: 'S9', value: '21%' },
        { id: 'S1', value: 'about 21', confidence: '11' },
      ],
    });
    expect(result).toEqual({
      ok: false,
      code: 'bad-value',
      message: expect.any(String),
      fieldErrors: {
        S9: { id: 'ID of the check-in is "S9", which names no strategy or tactic.' },
        S1: {
          value: expect.stringMatching(/^Value of S1 is "about 21"; /),
          confidence: 'Confidence of S1 is 11; confidence must be a number from 0 to 10.',
        },
      },
    });
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
  });
});

describe('a check-in in a spreadsheet far from UTC', () => {
  it.each(['Pacific/Kiritimati', 'Pacific/Pago_Pago'])('is dated today as %s shows it, and counts as today', (zone) => {
    const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS], { timeZone: zone });
    addon.emulator.seedSheet('Check-ins', [[...CHECK_IN_HEADERS]], { raw: true });
    expect(addon.call('saveCheckIns', { entries: [{ id: 'S1', value: '21%' }] })).toMatchObject({ ok: true });
    const shownToday = new Intl.DateTimeFormat('en-CA', { timeZone: zone }).format(new Date());
    expect(addon.emulator.readDisplayValues('Check-ins')[1]?.slice(0, 3)).toEqual([shownToday, 'S1', '21.0%']);
    const s1 = (addon.call('getRegister') as RegisterView).strategies[0];
    expect([s1?.checkIns.last?.day, s1?.checkIns.daysSince]).toEqual([shownToday, 0]);
  });
});

describe('check-ins across the register', () => {
  it('flags an active item whose last check-in is older than the cadence', () => {
    const addon = withCheckIns(TYPED);
    const stale = (addon.call('checkRegister') as FindingView[]).filter((finding) => finding.rule === 'stale-check-in');
    expect(stale.map((finding) => [finding.sheet, finding.id])).toEqual([
      ['Strategies', 'S1'],
      ['Tactics', 'T1'],
    ]);
    expect(stale[0]?.message).toMatch(/last checked in on 2026-08-30, \d+ days ago; the team checks in every 14 days/);
  });

  it('gives the sidebar each strategy’s trend, forecast and this quarter’s notes', () => {
    const addon = withCheckIns(TYPED);
    addon.call('saveCheckIns', { entries: [{ id: 'S1', value: '21%', note: 'Renewals slipped' }] });
    const s1 = (addon.call('getRegister') as RegisterView).strategies[0];
    expect(s1?.checkIns.trend.map((point) => point.valueText)).toEqual(['20.25%', '20.75%', '21%']);
    expect(s1?.checkIns.quarter.map((point) => point.note)).toContain('Renewals slipped');
    expect(s1?.checkIns.forecast?.atDue).toEqual(expect.any(Number));
    expect(s1?.checkIns.daysSince).toBe(0);
  });

  it('keeps the forecast and the quarter’s check-ins in each snapshot, and the variance shows before → after', () => {
    const addon = withCheckIns(TYPED);
    snapshotAs(addon, '2026-Q3');
    addon.call('saveCheckIns', { entries: [{ id: 'S1', value: '24%' }] });
    const quarter = (addon.call('getRegister') as RegisterView).currentQuarter;
    snapshotAs(addon, quarter);
    const [header = [], ...rows] = addon.emulator.readValues('Snapshot History');
    const at = (name: string) => header.indexOf(name);
    const s1 = rows.filter((row) => row[at('ID')] === 'S1');
    expect(s1.map((row) => [row[at('Quarter')], row[at('Check-ins')]])).toEqual([
      ['2026-Q3', 2],
      [quarter, 1],
    ]);
    const [before, after] = s1.map((row) => row[at('Forecast')] as number);
    expect(after).toBeGreaterThan(before ?? 1);

    const variance = addon.emulator.readValues('QoQ Variance');
    const headerRow = variance.find((row) => row.includes('Forecast before')) ?? [];
    const s1Row = variance.find((row) => row[0] === 'S1') ?? [];
    expect([s1Row[headerRow.indexOf('Forecast before')], s1Row[headerRow.indexOf('Forecast after')]]).toEqual([
      before,
      after,
    ]);
    expect(s1Row[headerRow.indexOf('Check-ins in quarter')]).toBe(1);
  });
});
