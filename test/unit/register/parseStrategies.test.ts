import { parseStrategies } from '../../../src/domain/register/parseStrategies';
import { aStrategy, SEED_STRATEGY_ROW, strategyGrid } from './fixtures';

describe('parsing the Strategies sheet', () => {
  it('reads the seed strategy into a typed record with its sheet row', () => {
    const parsed = parseStrategies(strategyGrid([SEED_STRATEGY_ROW]), 'Etc/UTC');
    expect(parsed).toEqual({
      ok: true,
      value: {
        records: [
          aStrategy({
            row: 2,
            due: new Date('2027-06-30T00:00:00Z'),
            confidence: 6,
            lastReviewed: null,
            current: 0.21,
          }),
        ],
        findings: [],
        missingColumns: [],
      },
    });
  });

  it('reads columns in any order and ignores the user’s own columns', () => {
    const headers = ['Owner notes', 'Target', 'Strategy', 'ID', 'Metric', 'Status'];
    const parsed = parseStrategies(
      strategyGrid(
        [
          {
            'Owner notes': 'call Ana',
            Target: 0.05,
            Strategy: 'Cut churn to 5%',
            ID: 'S7',
            Metric: 'Churn',
            Status: 'active',
          },
        ],
        headers,
      ),
      'Etc/UTC',
    );
    expect(parsed.ok && parsed.value.records[0]).toMatchObject({
      row: 2,
      id: 'S7',
      statement: 'Cut churn to 5%',
      metric: 'Churn',
      target: 0.05,
      baseline: null,
      status: 'Active',
      learning: '',
    });
  });

  it('skips blank rows, including rows where only the Progress formula shows a value', () => {
    const parsed = parseStrategies(
      strategyGrid([{ ID: 'S1', Strategy: 'Grow' }, {}, { Progress: 0 }, { ID: 'S2', Strategy: 'Keep' }, {}, {}]),
      'Etc/UTC',
    );
    expect(parsed.ok && parsed.value.records.map((strategy) => [strategy.row, strategy.id])).toEqual([
      [2, 'S1'],
      [5, 'S2'],
    ]);
  });

  it('reports each unreadable cell as a bad value naming sheet, row, column, item and value', () => {
    const parsed = parseStrategies(
      strategyGrid([
        { ID: 'S3', Strategy: 'Grow', Baseline: '20%', Confidence: 12, Status: 'Paused', Due: '2026-03-31' },
      ]),
      'Etc/UTC',
    );
    expect(parsed.ok && parsed.value.findings).toEqual([
      {
        rule: 'bad-value',
        at: { sheet: 'Strategies', row: 2, column: 'Baseline' },
        id: 'S3',
        message: 'Baseline of S3 (row 2) in Strategies is "20%", text where a number belongs.',
        blocking: false,
      },
      {
        rule: 'bad-value',
        at: { sheet: 'Strategies', row: 2, column: 'Due' },
        id: 'S3',
        message:
          'Due of S3 (row 2) in Strategies is "2026-03-31", text where a date belongs; format the cell as a date.',
        blocking: false,
      },
      {
        rule: 'bad-value',
        at: { sheet: 'Strategies', row: 2, column: 'Status' },
        id: 'S3',
        message:
          'Status of S3 (row 2) in Strategies is "Paused", not a status; use one of Active, On hold, Achieved, Retired.',
        blocking: false,
      },
      {
        rule: 'bad-value',
        at: { sheet: 'Strategies', row: 2, column: 'Confidence' },
        id: 'S3',
        message: 'Confidence of S3 (row 2) in Strategies is 12, outside 0–10.',
        blocking: false,
      },
    ]);
    expect(parsed.ok && parsed.value.records[0]).toMatchObject({
      baseline: null,
      due: null,
      status: null,
      confidence: null,
    });
  });

  it('names an item without an ID by its row', () => {
    const parsed = parseStrategies(strategyGrid([{ Strategy: 'Grow', Target: '#N/A' }]), 'Etc/UTC');
    expect(parsed.ok && parsed.value.findings.map((finding) => finding.message)).toEqual([
      'Target of row 2 in Strategies is "#N/A", an error from a formula.',
    ]);
  });

  it('fails with a sentence when the statement column is missing', () => {
    expect(
      parseStrategies(
        [
          ['ID', 'Metric'],
          ['S1', 'Win rate'],
        ],
        'Etc/UTC',
      ),
    ).toEqual({
      ok: false,
      problems: [
        expect.objectContaining({
          message:
            'Strategies has no "Strategy" column: type Strategy in row 1 above its values, or run Set up register to add the column.',
        }),
      ],
    });
  });
});
