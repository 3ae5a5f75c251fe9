import {
  quarterCalendar,
  readRegisterQuarter,
  readSnapshotQuarter,
  splitQuarterPair,
  storedLabelProblem,
} from '../../../src/domain/history/quarterOrder';
import { chooseVariancePair, pairAfterSnapshot } from '../../../src/domain/history/variancePair';

/** 10 November 2026: 2026-Q4 in the calendar year, FY2027-Q2 with a July start. */
const NOW = new Date('2026-11-10T12:00:00Z');
const JANUARY = quarterCalendar(NOW, 'Etc/UTC', 1);
const JULY = quarterCalendar(NOW, 'Etc/UTC', 7);

describe('quarter labels typed by a user', () => {
  it('are read in the register’s own calendar and written back canonically', () => {
    expect(readRegisterQuarter(' 2026 q3 ', JANUARY)).toMatchObject({ ok: true, value: { label: '2026-Q3' } });
    expect(readRegisterQuarter('Q3 2026', JANUARY)).toMatchObject({ ok: true, value: { label: '2026-Q3' } });
    expect(readRegisterQuarter('fy2027-q1', JULY)).toMatchObject({ ok: true, value: { label: 'FY2027-Q1' } });
    expect(readRegisterQuarter('Q1 FY2027', JULY)).toMatchObject({ ok: true, value: { label: 'FY2027-Q1' } });
  });

  it('are refused in the other calendar with the form and the current quarter', () => {
    expect(readRegisterQuarter('FY2027-Q1', JANUARY)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message:
            '"FY2027-Q1" is not a quarter of this register: its fiscal year starts in January, so quarters are written like 2026-Q4 (the current quarter).',
        }),
      ],
    });
    expect(readRegisterQuarter('2027-Q1', JULY)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message:
            '"2027-Q1" is not a quarter of this register: its fiscal year starts in July, so quarters are written like FY2027-Q2 (the current quarter).',
        }),
      ],
    });
    expect(readRegisterQuarter('last quarter', JANUARY).ok).toBe(false);
    expect(readRegisterQuarter('  ', JULY)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message:
            "No quarter was given: this register's fiscal year starts in July, so quarters are written like FY2027-Q2 (the current quarter).",
        }),
      ],
    });
  });

  it('name a snapshot quarter only up to the current one', () => {
    expect(readSnapshotQuarter('2026-Q4', JANUARY)).toMatchObject({ ok: true, value: { label: '2026-Q4' } });
    expect(readSnapshotQuarter('2019-Q1', JANUARY)).toMatchObject({ ok: true, value: { label: '2019-Q1' } });
    expect(readSnapshotQuarter('2027-Q1', JANUARY)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message: '2027-Q1 has not begun yet: a snapshot is for the current quarter (2026-Q4) or one that has ended.',
        }),
      ],
    });
    expect(readSnapshotQuarter('FY2027-Q3', JULY)).toMatchObject({ ok: false });
  });

  it('find the current quarter in the spreadsheet’s zone, not the server’s', () => {
    // 12:00 UTC on 31 December 2026 is already 1 January 2027 at UTC+14.
    const lastDay = new Date('2026-12-31T12:00:00Z');
    expect(readSnapshotQuarter('2027-Q1', quarterCalendar(lastDay, 'Pacific/Kiritimati', 1)).ok).toBe(true);
    expect(readSnapshotQuarter('2027-Q1', quarterCalendar(lastDay, 'America/Los_Angeles', 1)).ok).toBe(false);
  });

  it('pair up with a space, a comma, an arrow or "to"', () => {
    for (const typed of ['2026-Q1 2026-Q3', '2026-Q1, 2026-Q3', '2026-Q1 → 2026-Q3', '2026-Q1 to 2026-Q3']) {
      expect(splitQuarterPair(typed)).toEqual(['2026-Q1', '2026-Q3']);
    }
    expect(splitQuarterPair('2026-Q1 2026-Q2 2026-Q3')).toBeUndefined();
  });

  it('already in history are questioned when of another calendar or not begun', () => {
    expect(storedLabelProblem('2026-Q3', JANUARY)).toBeUndefined();
    expect(storedLabelProblem('FY2027-Q1', JANUARY)).toBe(
      'Snapshot History holds a snapshot labelled FY2027-Q1, which is not a quarter of this register (its fiscal year starts in January, so quarters are written like 2026-Q4).',
    );
    expect(storedLabelProblem('2031-Q4', JANUARY)).toBe(
      'Snapshot History holds a snapshot labelled 2031-Q4, a quarter that has not begun yet (the current quarter is 2026-Q4).',
    );
  });
});

describe('the two quarters a variance compares', () => {
  const held = ['2026-Q1', '2026-Q2', '2026-Q3'];

  it('are the two latest by default, and earlier → later whatever order they are named in', () => {
    expect(chooseVariancePair(held, undefined, JANUARY)).toEqual({
      ok: true,
      value: { from: '2026-Q2', to: '2026-Q3' },
    });
    expect(chooseVariancePair(held, ['2026-Q3', '2026-q1'], JANUARY)).toEqual({
      ok: true,
      value: { from: '2026-Q1', to: '2026-Q3' },
    });
  });

  it('must be two different quarters with snapshots', () => {
    expect(chooseVariancePair(held, ['2026-Q2', '2026 Q2'], JANUARY)).toMatchObject({ ok: false });
    expect(chooseVariancePair(['2026-Q2'], undefined, JANUARY)).toMatchObject({ ok: false });
    expect(chooseVariancePair([], ['2026-Q1', '2026-Q2'], JANUARY)).toMatchObject({ ok: false });
    expect(chooseVariancePair(held, ['2025-Q4', '2026-Q3'], JANUARY)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message: 'There is no snapshot for "2025-Q4"; Snapshot History holds 2026-Q1, 2026-Q2, 2026-Q3.',
        }),
      ],
    });
  });

  it('by default never include a label the register cannot read', () => {
    expect(chooseVariancePair(['2026-Q3', 'FY2027-Q1'], undefined, JANUARY)).toMatchObject({ ok: false });
  });

  it('after a snapshot: the one before it, else the one after it, else none', () => {
    expect(pairAfterSnapshot(held, '2026-Q3', JANUARY)).toEqual({
      ok: true,
      value: { from: '2026-Q2', to: '2026-Q3' },
    });
    expect(pairAfterSnapshot(held, '2026-Q1', JANUARY)).toEqual({
      ok: true,
      value: { from: '2026-Q1', to: '2026-Q2' },
    });
    expect(pairAfterSnapshot(['2026-Q1'], '2026-Q1', JANUARY)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message: 'It is the only snapshot, so QoQ Variance has nothing to compare it with yet.',
        }),
      ],
    });
  });
});
