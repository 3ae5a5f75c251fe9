import fc from 'fast-check';
import { parseHistory } from '../../src/domain/history/historyRead';
import { defaultColumnOf, HISTORY_HEADERS, type HistoryFieldKey } from '../../src/domain/history/historySchema';
import { buildHistoryView } from '../../src/domain/history/historyView';
import { quarterCalendar } from '../../src/domain/history/quarterOrder';
import { COMPARISON_FIELDS, EARLIER_FIELDS } from '../../src/domain/history/readPlan';
import { buildSnapshotRows, storedProgress } from '../../src/domain/history/snapshotRows';
import { varianceOfView } from '../../src/domain/history/variance';
import { chooseVariancePair } from '../../src/domain/history/variancePair';
import { progress } from '../../src/domain/progress';
import { nextQuarter, previousQuarter, quarterOf, quarterStart } from '../../src/domain/quarter';
import { healthCheck } from '../../src/domain/register/healthCheck';
import { parseStrategies } from '../../src/domain/register/parseStrategies';
import { parseTactics } from '../../src/domain/register/parseTactics';
import { parseRegister } from '../../src/domain/register/register';
import { STRATEGY_HEADERS, TACTIC_HEADERS } from '../../src/domain/register/schema';
import { DEFAULT_SETTINGS, type Settings } from '../../src/domain/register/types';
import { sentence } from '../../src/domain/result';
import { anyGrid, anyRegister, notAGrid, TIME_ZONES } from './arbitraries';
import { tallyFor } from './figures';

const tally = tallyFor('properties');
const RULES = { timeZone: 'Etc/UTC', settings: DEFAULT_SETTINGS };

const settings: fc.Arbitrary<Settings> = fc.record({
  fiscalYearStartMonth: fc.integer({ min: 1, max: 12 }),
  reviewCadenceMonths: fc.constantFrom(1 as const, 3 as const),
  stakeholderGroups: fc.array(fc.string({ maxLength: 10 }), { maxLength: 3 }),
  checkInCadenceDays: fc.integer({ min: 1, max: 365 }),
});
const context = fc.record({
  now: fc.date({ noInvalidDate: true, min: new Date('2000-01-01'), max: new Date('2100-01-01') }),
  timeZone: fc.constantFrom(...TIME_ZONES),
  settings,
});
const strategyGrid = fc.oneof({ weight: 9, arbitrary: anyGrid(STRATEGY_HEADERS) }, { weight: 1, arbitrary: notAGrid });
const tacticGrid = fc.oneof({ weight: 9, arbitrary: anyGrid(TACTIC_HEADERS) }, { weight: 1, arbitrary: notAGrid });

describe('parsing never throws, whatever the cells hold', () => {
  it('reads any Strategies grid as records or a sentence', () => {
    tally.check(
      fc.property(strategyGrid, (grid) => {
        const parsed = parseStrategies(grid, 'Etc/UTC');
        if (!parsed.ok)
          expect(
            parsed.problems.every((problem) => typeof problem.message === 'string' && problem.message !== ''),
          ).toBe(true);
      }),
    );
  });

  it('reads any Tactics grid as records or a sentence', () => {
    tally.check(
      fc.property(tacticGrid, (grid) => {
        const parsed = parseTactics(grid, 'Etc/UTC');
        if (!parsed.ok)
          expect(
            parsed.problems.every((problem) => typeof problem.message === 'string' && problem.message !== ''),
          ).toBe(true);
      }),
    );
  });

  it('health-checks any register that parses, in any zone, month and cadence', () => {
    tally.check(
      fc.property(strategyGrid, tacticGrid, context, (strategies, tactics, at) => {
        const parsed = parseRegister(strategies, tactics, 'Etc/UTC');
        if (!parsed.ok) return;
        const report = healthCheck(parsed.value, at);
        expect(report.summary.total).toBe(report.findings.length);
        // Cells reach the sentence as values a user recognises, never as a JavaScript object's name.
        for (const finding of report.findings) expect(finding.message).not.toContain('[object ');
      }),
    );
  });

  it('reads any Snapshot History grid, and builds its view and default variance', () => {
    tally.check(
      fc.property(anyGrid(HISTORY_HEADERS), (grid) => {
        const parsed = parseHistory(grid, 'Etc/UTC');
        expect(parsed.problemCount).toBeGreaterThanOrEqual(parsed.problems.length);
        const view = buildHistoryView(parsed.entries);
        const pair = chooseVariancePair(view.quarters, undefined, quarterCalendar(new Date(), 'Etc/UTC', 1));
        if (pair.ok) expect(varianceOfView(view, pair.value.from, pair.value.to, RULES).ok).toBe(true);
      }),
    );
  });
});

describe('a snapshot read back from history', () => {
  it('gives every strategy and tactic of the register with its values', () => {
    tally.check(
      fc.property(anyRegister, ({ strategies, tactics }) => {
        const takenAt = new Date('2026-09-30T17:00:00Z');
        const { rows } = buildSnapshotRows(strategies, tactics, '2026-Q3', takenAt);
        const view = buildHistoryView(parseHistory([[...HISTORY_HEADERS], ...rows], 'Etc/UTC').entries);
        const snapshot = view.snapshots.get('2026-Q3');
        expect(view.quarters).toEqual(['2026-Q3']);
        expect([...(snapshot?.strategies.keys() ?? [])]).toEqual(strategies.map((s) => s.id));
        expect([...(snapshot?.tactics.keys() ?? [])].sort()).toEqual(tactics.map((t) => t.id).sort());
        for (const s of strategies) {
          const { row: _row, status, decision, ...fields } = s;
          expect(snapshot?.strategies.get(s.id)).toMatchObject({
            ...fields,
            decision: decision ?? '',
            kind: 'Strategy',
            strategyId: s.id,
            status: status ?? '',
            progress: storedProgress(s),
            takenAt,
            superseded: false,
          });
        }
        for (const t of tactics) {
          const { row: _row, status, actual, ...fields } = t;
          expect(snapshot?.tactics.get(t.id)).toMatchObject({ ...fields, current: actual, status: status ?? '' });
        }
      }),
    );
  });
});

describe('the variance of a snapshot against an identical one', () => {
  it('changes nothing and shows no drift for any strategy', () => {
    tally.check(
      fc.property(anyRegister, ({ strategies, tactics }) => {
        const grid = [
          [...HISTORY_HEADERS],
          ...buildSnapshotRows(strategies, tactics, '2026-Q2', new Date('2026-06-30T00:00:00Z')).rows,
          ...buildSnapshotRows(strategies, tactics, '2026-Q3', new Date('2026-09-30T00:00:00Z')).rows,
        ];
        const variance = varianceOfView(
          buildHistoryView(parseHistory(grid, 'Etc/UTC').entries),
          '2026-Q2',
          '2026-Q3',
          RULES,
        );
        if (!variance.ok) throw new Error(sentence(variance));
        const { summary } = variance.value;
        expect(summary).toMatchObject({
          strategiesChanged: 0,
          strategiesAdded: 0,
          strategiesRetired: 0,
          tacticsAdded: 0,
          tacticsDropped: 0,
          tacticsMoved: 0,
          meanDrift: 0,
        });
        expect(variance.value.strategies).toHaveLength(strategies.length);
        for (const row of variance.value.strategies) {
          expect(row).toMatchObject({
            presence: 'both',
            changed: false,
            reworded: false,
            addedTactics: [],
            droppedTactics: [],
            drift: 0,
          });
          expect(row.status.changed).toBe(false);
          for (const change of [row.target, row.current, row.progress]) {
            expect(change.change === null || change.change === 0).toBe(true);
            expect(change.effect).toBe('neutral');
          }
        }
        for (const row of variance.value.tactics) {
          expect(row.flag).toBe('unchanged');
          expect(row.actual.change === null || row.actual.change === 0).toBe(true);
        }
      }),
    );
  });
});

describe('the variance from the columns the read plan reads', () => {
  it('is the variance of the whole rows, for any two snapshots', () => {
    const keep = (fields: readonly HistoryFieldKey[]) => new Set(fields.map(defaultColumnOf));
    const later = keep(COMPARISON_FIELDS);
    const earlier = keep(EARLIER_FIELDS);
    const onlyRead = (row: readonly unknown[], read: ReadonlySet<number>) =>
      row.map((cell, column) => (read.has(column) ? cell : ''));
    const taken = fc.date({ noInvalidDate: true, min: new Date('2026-07-01'), max: new Date('2026-09-30') });
    tally.check(
      fc.property(anyRegister, anyRegister, taken, (before, after, takenAt) => {
        const q2 = buildSnapshotRows(before.strategies, before.tactics, '2026-Q2', new Date('2026-06-30T00:00:00Z'));
        const q3 = buildSnapshotRows(after.strategies, after.tactics, '2026-Q3', takenAt);
        const varianceOf = (rows: readonly (readonly unknown[])[]) =>
          varianceOfView(
            buildHistoryView(parseHistory([[...HISTORY_HEADERS], ...rows], 'Etc/UTC').entries),
            '2026-Q2',
            '2026-Q3',
            RULES,
          );
        const whole = varianceOf([...q2.rows, ...q3.rows]);
        const read = varianceOf([
          ...q2.rows.map((row) => onlyRead(row, earlier)),
          ...q3.rows.map((row) => onlyRead(row, later)),
        ]);
        expect(read).toEqual(whole);
      }),
    );
  });
});

const amount = fc.double({ noNaN: true, min: -1e9, max: 1e9 });

describe('progress', () => {
  it('never falls as current moves toward the target, for rising and falling metrics', () => {
    tally.check(
      fc.property(amount, amount, amount, amount, (baseline, target, a, b) => {
        fc.pre(baseline !== target);
        const [low, high] = a <= b ? [a, b] : [b, a];
        const rising = target > baseline;
        const [farther, nearer] = rising ? [low, high] : [high, low];
        expect(progress(baseline, target, nearer)).toBeGreaterThanOrEqual(progress(baseline, target, farther));
        expect(progress(baseline, target, baseline)).toBe(0);
        expect(progress(baseline, target, target)).toBeCloseTo(1, 9);
      }),
    );
  });

  it('is met only on the target when the target equals the baseline', () => {
    tally.check(
      fc.property(amount, amount, (target, current) => {
        expect(progress(target, target, current)).toBe(current === target ? 1 : 0);
      }),
    );
  });
});

describe('quarters', () => {
  it('hold every instant in exactly one quarter, for every fiscal start month and zone', () => {
    tally.check(
      fc.property(
        fc.date({ noInvalidDate: true, min: new Date('1971-01-01'), max: new Date('2199-12-31') }),
        fc.integer({ min: 1, max: 12 }),
        fc.constantFrom(...TIME_ZONES),
        (instant, month, zone) => {
          const quarter = quarterOf(instant, zone, month);
          const start = quarterStart(quarter, zone).getTime();
          const end = quarterStart(nextQuarter(quarter), zone).getTime();
          expect(start).toBeLessThanOrEqual(instant.getTime());
          expect(instant.getTime()).toBeLessThan(end);
          // The neighbours end where this one starts and start where it ends, so they cannot hold it too.
          expect(quarterStart(previousQuarter(quarter), zone).getTime()).toBeLessThan(start);
          expect(quarterOf(new Date(start), zone, month)).toEqual(quarter);
          expect(quarterOf(new Date(end - 1), zone, month)).toEqual(quarter);
          expect(quarterOf(new Date(end), zone, month)).toEqual(nextQuarter(quarter));
        },
      ),
    );
  });
});
