import type { CheckIn } from '../../../src/domain/checkins/checkInSchema';
import {
  type ForecastItem,
  forecastLine,
  forecastProgress,
  leastSquaresAt,
} from '../../../src/domain/checkins/forecast';
import { sentence } from '../../../src/domain/result';
import type { CalendarDate } from '../../../src/domain/timeZone';

const on = (iso: string): CalendarDate => {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day };
};

const checkIn = (iso: string, id: string, value: number | null): CheckIn => ({
  row: 0,
  day: on(iso),
  id,
  kind: id.startsWith('T') ? 'tactic' : 'strategy',
  value,
  confidence: null,
  note: '',
  by: '',
});

// Start 2026-01-01, Due 2026-12-31: the Due day is day 364 of the line.
const WIN_RATE: ForecastItem = {
  kind: 'strategy',
  id: 'S1',
  start: on('2026-01-01'),
  due: on('2026-12-31'),
  baseline: 20,
  target: 30,
};

describe('leastSquaresAt', () => {
  it('reads the fitted line where asked, as worked by hand', () => {
    // x̄ = 10, ȳ = 1/6, Σ(x−x̄)² = 200, Σ(x−x̄)(y−ȳ) = 3, slope 0.015; at day 100: 1/6 + 0.015 × 90.
    const points = [
      { day: 0, progress: 0 },
      { day: 10, progress: 0.2 },
      { day: 20, progress: 0.3 },
    ];
    expect(leastSquaresAt(points, 100)).toBeCloseTo(1 / 6 + 1.35, 12);
  });

  it('has no line through fewer than two points, or through points all on one day', () => {
    expect(leastSquaresAt([{ day: 5, progress: 0.5 }], 10)).toBeUndefined();
    expect(
      leastSquaresAt(
        [
          { day: 0, progress: 0 },
          { day: 0, progress: 0.4 },
        ],
        10,
      ),
    ).toBeUndefined();
  });
});

describe('forecastProgress', () => {
  it('gives no forecast once its Due day has passed: the line would be read backwards', () => {
    const late = forecastProgress(WIN_RATE, [checkIn('2026-12-20', 'S1', 28)], on('2027-01-15'));
    if (late.ok) throw new Error('a forecast past the Due day');
    expect(sentence(late)).toBe(
      "S1's Due date (2026-12-31) is before 2027-01-15, so there is nothing left to forecast: set a later Due date, or a status that closes it.",
    );
    expect(forecastProgress(WIN_RATE, [checkIn('2026-12-20', 'S1', 28)], on('2026-12-31')).ok).toBe(true);
  });

  // Points (0, 0), (30, 0.05), (60, 0.15): x̄ = 30, ȳ = 0.2/3, Σ(x−x̄)² = 1800,
  // Σ(x−x̄)(y−ȳ) = 2 + 2.5 = 4.5, slope 0.0025; at day 364: 0.2/3 + 0.0025 × 334 = 0.901 666…
  const HAND = 0.2 / 3 + 0.0025 * 334;
  const asOf = on('2026-06-01');

  it('projects a rising metric to its Due day through Start and the check-ins', () => {
    const checkIns = [checkIn('2026-01-31', 'S1', 20.5), checkIn('2026-03-02', 'S1', 21.5)];
    const result = forecastProgress(WIN_RATE, checkIns, asOf);
    expect(result.ok && result.value).toBeCloseTo(HAND, 12);
  });

  it('reads a falling metric as progress toward its lower target', () => {
    const churn: ForecastItem = { ...WIN_RATE, id: 'S2', baseline: 0.08, target: 0.05 };
    const checkIns = [checkIn('2026-01-31', 'S2', 0.0785), checkIn('2026-03-02', 'S2', 0.0755)];
    const result = forecastProgress(churn, checkIns, asOf);
    expect(result.ok && result.value).toBeCloseTo(HAND, 9);
  });

  it('starts a tactic from 0 and measures actual ÷ target, whatever its Baseline says', () => {
    const tactic: ForecastItem = { ...WIN_RATE, kind: 'tactic', id: 'T1', baseline: 99, target: 40 };
    const checkIns = [checkIn('2026-01-31', 'T1', 2), checkIn('2026-03-02', 'T1', 6)];
    const result = forecastProgress(tactic, checkIns, asOf);
    expect(result.ok && result.value).toBeCloseTo(HAND, 12);
  });

  it('counts only check-ins on or before as_of, and none without a value', () => {
    const checkIns = [
      checkIn('2026-01-31', 'S1', 20.5),
      checkIn('2026-02-15', 'S1', null),
      checkIn('2026-03-02', 'S1', 21.5),
      checkIn('2026-06-02', 'S1', 29),
    ];
    const result = forecastProgress(WIN_RATE, checkIns, asOf);
    expect(result.ok && result.value).toBeCloseTo(HAND, 12);
    const later = forecastProgress(WIN_RATE, checkIns, on('2026-06-02'));
    expect(later.ok && later.value).toBeGreaterThan(HAND);
  });

  it('gives the fitted line at Start as well, for drawing it', () => {
    const line = forecastLine(WIN_RATE, [checkIn('2026-01-31', 'S1', 20.5), checkIn('2026-03-02', 'S1', 21.5)], asOf);
    // At day 0: ȳ − slope × x̄ = 0.2/3 − 0.075.
    expect(line.ok && line.value.atStart).toBeCloseTo(0.2 / 3 - 0.075, 12);
  });

  it('says why there is no forecast with fewer than two points, or a missing field', () => {
    const none = forecastProgress(WIN_RATE, [checkIn('2026-07-01', 'S1', 25)], asOf);
    expect(!none.ok && sentence(none)).toBe(
      'S1 has no check-in with a value on or before 2026-06-01, so its line has one point (its start); a forecast needs two.',
    );
    const sameDay = forecastProgress(WIN_RATE, [checkIn('2026-01-01', 'S1', 21)], asOf);
    expect(!sameDay.ok && sentence(sameDay)).toMatch(/all fall on its Start day \(2026-01-01\)/);
    const noDue = forecastProgress({ ...WIN_RATE, due: null }, [], asOf);
    expect(!noDue.ok && sentence(noDue)).toBe('S1 has no Due date to read its line on.');
    const flat = forecastProgress({ ...WIN_RATE, target: 20 }, [], asOf);
    expect(!flat.ok && sentence(flat)).toMatch(/target equals its baseline \(20\)/);
  });
});
