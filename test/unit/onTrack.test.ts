import fc from 'fast-check';
import { elapsedShare, onTrack, onTrackAt } from '../../src/domain/onTrack';
import type { CalendarDate } from '../../src/domain/timeZone';
import { checkProperty } from '../checkProperty';

function day(iso: string): CalendarDate {
  const [year, month, dayOfMonth] = iso.split('-').map(Number) as [number, number, number];
  return { year, month, day: dayOfMonth };
}

// A hundred-day plan: 1 January to 11 April 2026; 20 February is halfway.
const START = day('2026-01-01');
const DUE = day('2026-04-11');
const HALFWAY = day('2026-02-20');

describe('onTrack', () => {
  it.each([
    [0.5, 'On track'],
    [0.475, 'On track'], // exactly 95% of the elapsed half
    [0.4749, 'At risk'],
    [0.375, 'At risk'], // exactly 75% of the elapsed half
    [0.3749, 'Off track'],
    [0, 'Off track'],
    [-0.2, 'Off track'],
    [1, 'Done'],
    [1.3, 'Done'],
  ])('halfway through the plan, progress %d is %s', (progress, state) => {
    expect(onTrack(progress, START, DUE, HALFWAY)).toEqual({ ok: true, value: state });
  });

  it.each([
    ['2025-12-31', 0, 'On track'],
    ['2020-06-01', -1, 'On track'],
    ['2026-01-01', 0, 'On track'],
    ['2026-04-11', 0.95, 'On track'],
    ['2026-04-11', 0.94, 'At risk'],
    ['2027-01-01', 0.9, 'At risk'],
    ['2027-01-01', 0.5, 'Off track'],
  ])('on %s, progress %d is %s', (asOf, progress, state) => {
    expect(onTrack(progress, START, DUE, day(asOf))).toEqual({ ok: true, value: state });
  });

  it('judges a plan due the day it starts as fully elapsed from that day', () => {
    expect(onTrack(0, START, START, day('2025-12-31'))).toEqual({ ok: true, value: 'On track' });
    expect(onTrack(0, START, START, START)).toEqual({ ok: true, value: 'On track' });
    expect(onTrack(0.5, START, START, day('2026-01-02'))).toEqual({ ok: true, value: 'Off track' });
  });

  it('returns an error, not an exception, when the due date comes before the start', () => {
    expect(onTrack(0.5, DUE, START, HALFWAY)).toEqual({
      ok: false,
      problems: [{ code: 'due-before-start', message: 'The due date comes before the start date.' }],
    });
  });

  it('counts calendar days, so a plan across a leap day and a DST change moves in whole days', () => {
    expect(elapsedShare(day('2028-02-28'), day('2028-03-02'), day('2028-02-29'))).toBeCloseTo(1 / 3, 12);
    expect(elapsedShare(day('2026-03-07'), day('2026-03-09'), day('2026-03-08'))).toBe(0.5);
  });

  it('never judges progress that meets the elapsed share as anything but on track or done', () => {
    const anyDay = fc.integer({ min: 0, max: 3650 }).map((offset) => {
      const date = new Date(Date.UTC(2020, 0, 1 + offset));
      return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() };
    });
    checkProperty(
      fc.property(anyDay, anyDay, anyDay, (a, b, asOf) => {
        const [start, due] =
          a.year * 400 + a.month * 31 + a.day <= b.year * 400 + b.month * 31 + b.day ? [a, b] : [b, a];
        const share = elapsedShare(start, due, asOf);
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(1);
        const result = onTrack(share, start, due, asOf);
        expect(result.ok && ['On track', 'Done'].includes(result.value)).toBe(true);
      }),
    );
  });
});

describe('onTrackAt', () => {
  it('reads instants as calendar days in the given zone', () => {
    // 1 March 2026 05:00 UTC is still 28 February in Los Angeles.
    const start = new Date('2026-02-01T08:00:00Z');
    const due = new Date('2026-03-03T08:00:00Z');
    const asOf = new Date('2026-03-01T05:00:00Z');
    // 27 of 30 days have passed in Los Angeles (share 0.9), 28 in UTC (share 0.9333…).
    expect(onTrackAt(0.86, start, due, asOf, 'America/Los_Angeles')).toEqual({ ok: true, value: 'On track' });
    expect(onTrackAt(0.86, start, due, asOf, 'Etc/UTC')).toEqual({ ok: true, value: 'At risk' });
  });
});
