import {
  findField,
  HISTORY_COLUMN_FORMATS,
  HISTORY_HEADERS,
  HISTORY_TEXT_COLUMNS,
  locateColumns,
} from '../../../src/domain/history/historySchema';
import { buildSnapshotRows } from '../../../src/domain/history/snapshotRows';
import { sentence } from '../../../src/domain/result';
import { Q3_TAKEN, strategy, tactic } from './fixtures';

describe('Snapshot History columns', () => {
  it('follows the contract order, item fields between Statement and Superseded', () => {
    expect(HISTORY_HEADERS).toEqual([
      'Quarter',
      'Taken at',
      'Kind',
      'ID',
      'Strategy ID',
      'Statement',
      'Metric',
      'Unit',
      'Baseline',
      'Target',
      'Current',
      'Progress',
      'Status',
      'Stakeholders',
      'Owner',
      'Indicator',
      'Start',
      'Due',
      'Confidence',
      'Last reviewed',
      'Learning',
      'Decision',
      'Weight',
      'Parent',
      'Forecast',
      'Check-ins',
      'Superseded',
    ]);
  });

  it('formats text columns as plain text and the rest as numbers or dates', () => {
    expect(HISTORY_TEXT_COLUMNS).toEqual([0, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 20, 21, 23]);
    expect(HISTORY_COLUMN_FORMATS[1]).toBe('yyyy-mm-dd hh:mm:ss');
    expect(HISTORY_COLUMN_FORMATS[9]).toBe('General');
    expect(HISTORY_COLUMN_FORMATS[11]).toBe('0.0%');
    expect(HISTORY_COLUMN_FORMATS[16]).toBe('yyyy-mm-dd');
  });

  it('finds fields by any case and accepts Actual for Current', () => {
    expect(findField('actual')).toEqual({ ok: true, value: expect.objectContaining({ key: 'current' }) });
    expect(findField('  LAST_REVIEWED ')).toEqual({
      ok: true,
      value: expect.objectContaining({ key: 'lastReviewed' }),
    });
    expect(findField('Tactic')).toEqual({ ok: true, value: expect.objectContaining({ key: 'statement' }) });
  });

  it('lists the fields that exist when asked for an unknown one', () => {
    const found = findField('Budget');
    expect(found.ok).toBe(false);
    expect(!found.ok && sentence(found)).toBe(
      'There is no field "Budget" in Snapshot History; the fields are Quarter, Taken at, Kind, ID, Strategy ID, Statement, Metric, Unit, Baseline, Target, Current, Progress, Status, Stakeholders, Owner, Indicator, Start, Due, Confidence, Last reviewed, Learning, Decision, Weight, Parent, Forecast, Check-ins (Actual is another name for Current).',
    );
    expect(findField('Superseded').ok).toBe(false);
  });

  it('locates columns by header whatever their order and case', () => {
    const columns = locateColumns(['notes', 'id', 'QUARTER', 42, 'Kind']);
    expect([...columns]).toEqual([
      ['id', 1],
      ['quarter', 2],
      ['kind', 4],
    ]);
  });
});

describe('buildSnapshotRows', () => {
  const s1 = strategy({
    id: 'S1',
    statement: 'Cut churn',
    baseline: 8,
    target: 5,
    current: 6.5,
    unit: '%',
    decision: 'Adjust',
  });
  const t1 = tactic({ id: 'T1', strategyId: 'S1', target: 10, actual: null });

  it('stores a strategy with its fields, decision and progress as a number', () => {
    const { rows } = buildSnapshotRows([s1], [], '2026-Q3', Q3_TAKEN);
    expect(rows).toEqual([
      [
        '2026-Q3',
        Q3_TAKEN,
        'Strategy',
        'S1',
        'S1',
        'Cut churn',
        'Revenue',
        '%',
        8,
        5,
        6.5,
        0.5,
        'Active',
        'Sales ops',
        '',
        '',
        s1.start,
        s1.due,
        7,
        s1.lastReviewed,
        '',
        'Adjust',
        '',
        '',
        '',
        '',
        '',
      ],
    ]);
  });

  it('stores a tactic with its Actual under Current and blanks for strategy-only fields', () => {
    const { rows } = buildSnapshotRows([], [t1], '2026-Q3', Q3_TAKEN);
    expect(rows).toEqual([
      [
        '2026-Q3',
        Q3_TAKEN,
        'Tactic',
        'T1',
        'S1',
        'Do T1',
        '',
        '',
        '',
        10,
        '',
        '',
        'In progress',
        'Account executives',
        'Ana',
        'Calls',
        t1.start,
        t1.due,
        '',
        t1.lastReviewed,
        '',
        '',
        '',
        '',
        '',
        '',
        '',
      ],
    ]);
  });

  it('leaves progress blank when a number is missing', () => {
    const { rows } = buildSnapshotRows([strategy({ id: 'S2', current: null })], [], '2026-Q3', Q3_TAKEN);
    expect(rows[0]?.[11]).toBe('');
  });

  it('puts each strategy before its tactics and orphan tactics last', () => {
    const s2 = strategy({ id: 'S2' });
    const tactics = [
      tactic({ id: 'T1', strategyId: 'S2' }),
      tactic({ id: 'T2', strategyId: 'S9' }),
      tactic({ id: 'T3', strategyId: 'S1' }),
    ];
    const { rows, columnFormats, textColumns } = buildSnapshotRows([s1, s2], tactics, '2026-Q3', Q3_TAKEN);
    expect(rows.map((row) => row[3])).toEqual(['S1', 'T3', 'S2', 'T1', 'T2']);
    expect(columnFormats).toBe(HISTORY_COLUMN_FORMATS);
    expect(textColumns).toBe(HISTORY_TEXT_COLUMNS);
  });

  it('keeps each item’s forecast and its check-ins in the quarter, 0 for one with none, blank without the sheet', () => {
    const checkIns = new Map([['S1', { forecast: 0.84, count: 6 }]]);
    const [strategyRow, tacticRow] = buildSnapshotRows([s1], [t1], '2026-Q3', Q3_TAKEN, checkIns).rows;
    const at = (header: string) => HISTORY_HEADERS.indexOf(header as (typeof HISTORY_HEADERS)[number]);
    expect([strategyRow?.[at('Forecast')], strategyRow?.[at('Check-ins')]]).toEqual([0.84, 6]);
    expect([tacticRow?.[at('Forecast')], tacticRow?.[at('Check-ins')]]).toEqual(['', 0]);
    const [withoutSheet] = buildSnapshotRows([s1], [], '2026-Q3', Q3_TAKEN).rows;
    expect([withoutSheet?.[at('Forecast')], withoutSheet?.[at('Check-ins')]]).toEqual(['', '']);
  });
});
