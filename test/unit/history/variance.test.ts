import { type VarianceModel, varianceOfView } from '../../../src/domain/history/variance';
import { sentence } from '../../../src/domain/result';
import { REVIEW_RULES, viewOf } from './fixtures';
import { afterEdits, beforeEdits } from './scenario';

function varianceOf(from: string, to: string, view = viewOf(beforeEdits, afterEdits)): VarianceModel {
  const result = varianceOfView(view, from, to, REVIEW_RULES);
  if (!result.ok) throw new Error(sentence(result));
  return result.value;
}

const unchangedText = (value: string | null) => ({ before: value, after: value, changed: false });

describe('buildVariance between two quarters', () => {
  const model = varianceOf('2026-Q2', '2026-Q3');

  it('names the quarters and keeps all of them for the trend', () => {
    expect([model.from, model.to, model.quarters]).toEqual(['2026-Q2', '2026-Q3', ['2026-Q2', '2026-Q3']]);
  });

  it('summarises what moved', () => {
    expect(model.summary).toEqual({
      strategiesChanged: 2,
      strategiesAdded: 1,
      strategiesRetired: 1,
      tacticsAdded: 1,
      tacticsDropped: 2,
      tacticsMoved: 1,
      overdueReviews: 4,
      meanDrift: (0.46 + 0.15 + 0) / 3,
    });
  });

  it('lists strategies of the later quarter first, then those gone', () => {
    expect(model.strategies.map((s) => [s.id, s.presence])).toEqual([
      ['S1', 'both'],
      ['S2', 'both'],
      ['S4', 'added'],
      ['S3', 'gone'],
    ]);
  });

  it('shows a raised target, a rewording and tactic changes on a rising metric', () => {
    expect(model.strategies[0]).toEqual({
      id: 'S1',
      statement: 'Grow EMEA and APAC revenue',
      presence: 'both',
      target: { before: 200, after: 250, change: 50, changePercent: 0.25, effect: 'neutral' },
      current: { before: 120, after: 160, change: 40, changePercent: 40 / 120, effect: 'good' },
      progress: {
        before: 0.2,
        after: 0.4,
        change: 0.4 - 0.2,
        changePercent: (0.4 - 0.2) / 0.2,
        effect: 'good',
        points: 20,
      },
      status: unchangedText('Active'),
      reworded: true,
      oldStatement: 'Grow EMEA revenue',
      realigned: null,
      tactics: { before: 3, after: 2 },
      addedTactics: ['T5'],
      droppedTactics: ['T2', 'T6'],
      trend: [0.2, 0.4],
      drift: 0.46,
      direction: 'up',
      whatChanged: ['Wording', 'Target', 'Current', 'Progress', 'Tactics'],
      forecast: { before: null, after: null, change: null, changePercent: null, effect: 'neutral' },
      checkIns: null,
      changed: true,
    });
  });

  it('treats a fall in churn as good news', () => {
    expect(model.strategies[1]).toEqual({
      id: 'S2',
      statement: 'Cut churn',
      presence: 'both',
      target: { before: 5, after: 5, change: 0, changePercent: 0, effect: 'neutral' },
      current: { before: 8, after: 6.5, change: -1.5, changePercent: -0.1875, effect: 'good' },
      progress: { before: 0, after: 0.5, change: 0.5, changePercent: null, effect: 'good', points: 50 },
      status: unchangedText('Active'),
      reworded: false,
      oldStatement: null,
      realigned: null,
      tactics: { before: 1, after: 2 },
      addedTactics: ['T6'],
      droppedTactics: [],
      trend: [0, 0.5],
      drift: 0.15,
      direction: 'down',
      whatChanged: ['Current', 'Progress', 'Tactics'],
      forecast: { before: null, after: null, change: null, changePercent: null, effect: 'neutral' },
      checkIns: null,
      changed: true,
    });
  });

  it('lists a new strategy and one gone since, without before or after values', () => {
    expect(model.strategies[2]).toMatchObject({
      id: 'S4',
      target: { before: null, after: 5, change: null, changePercent: null, effect: 'neutral' },
      progress: { before: null, after: 0.2, change: null, points: null },
      status: { before: null, after: 'Active', changed: true },
      trend: [null, 0.2],
      drift: 0,
    });
    expect(model.strategies[3]).toMatchObject({
      id: 'S3',
      statement: 'Open the Nordics',
      current: { before: 0, after: null, change: null, changePercent: null, effect: 'neutral' },
      status: { before: 'Active', after: null, changed: true },
      tactics: { before: 1, after: 0 },
      droppedTactics: ['T4'],
      trend: [0, null],
      drift: null,
    });
  });

  it('flags tactics added, dropped, moved and changed, naming what changed', () => {
    expect(model.tactics.map((t) => [t.id, t.flag, t.strategy.before, t.strategy.after, t.whatChanged])).toEqual([
      ['T1', 'changed', 'S1', 'S1', ['Actual']],
      ['T5', 'added', null, 'S1', []],
      ['T3', 'changed', 'S2', 'S2', ['Status']],
      ['T6', 'moved', 'S1', 'S2', ['Strategy']],
      ['T2', 'dropped', 'S1', null, []],
      ['T4', 'dropped', 'S3', null, []],
    ]);
    expect(model.tactics[0]).toEqual({
      id: 'T1',
      statement: 'Do T1',
      oldStatement: null,
      strategy: unchangedText('S1'),
      status: unchangedText('In progress'),
      target: { before: 10, after: 10, change: 0, changePercent: 0, effect: 'neutral' },
      actual: { before: 5, after: 7, change: 2, changePercent: 0.4, effect: 'good' },
      whatChanged: ['Actual'],
      flag: 'changed',
    });
    expect(model.tactics[2]?.status).toEqual({ before: 'In progress', after: 'Done', changed: true });
  });
});

const model = () => varianceOf('2026-Q2', '2026-Q3');

describe('buildVariance edge cases', () => {
  it('is all zero with drift 0 when a snapshot is compared with itself', () => {
    const model = varianceOf('2026-Q2', '2026-Q2', viewOf(beforeEdits));
    expect(model.summary).toEqual({
      strategiesChanged: 0,
      strategiesAdded: 0,
      strategiesRetired: 0,
      tacticsAdded: 0,
      tacticsDropped: 0,
      tacticsMoved: 0,
      overdueReviews: 0, // every item was reviewed in the quarter its snapshot was taken
      meanDrift: 0,
    });
    for (const s of model.strategies) {
      expect([s.presence, s.changed, s.reworded, s.drift, s.addedTactics, s.droppedTactics]).toEqual([
        'both',
        false,
        false,
        0,
        [],
        [],
      ]);
      for (const change of [s.target, s.current, s.progress])
        expect([change.change, change.effect]).toEqual([0, 'neutral']);
    }
    expect(model.tactics.every((t) => t.flag === 'unchanged' && t.whatChanged.length === 0)).toBe(true);
  });

  it('explains a quarter with no snapshot, naming those that exist', () => {
    expect(varianceOfView(viewOf(beforeEdits, afterEdits), '2026-Q1', '2026-Q4', REVIEW_RULES)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message: 'There is no snapshot for "2026-Q1"; Snapshot History holds 2026-Q2, 2026-Q3.',
        }),
        expect.objectContaining({
          message: 'There is no snapshot for "2026-Q4"; Snapshot History holds 2026-Q2, 2026-Q3.',
        }),
      ],
    });
    expect(varianceOfView(viewOf(), '2026-Q1', '2026-Q2', REVIEW_RULES)).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message: 'Snapshot History holds no snapshots yet; take a quarterly snapshot first.',
        }),
      ],
    });
  });

  it('compares the earlier quarter with the later one whichever comes first', () => {
    expect(varianceOf('2026-Q3', '2026-Q2')).toEqual(model());
  });
});
