import { varianceOfView } from '../../../src/domain/history/variance';
import {
  GENERATED_NOTE,
  renderVarianceSheet,
  STRATEGY_TABLE_HEADERS,
  sparklineFormula,
  TACTIC_TABLE_HEADERS,
} from '../../../src/domain/history/varianceLayout';
import { sentence } from '../../../src/domain/result';
import { REVIEW_RULES, viewOf } from './fixtures';
import { afterEdits, beforeEdits } from './scenario';

const GOOD = '#d9ead3';
const N = '#,##0.###';

function sheet() {
  const result = varianceOfView(viewOf(beforeEdits, afterEdits), '2026-Q2', '2026-Q3', REVIEW_RULES);
  if (!result.ok) throw new Error(sentence(result));
  return renderVarianceSheet(result.value);
}

const pad = (cells: unknown[], fill: unknown = '') => [...cells, ...Array(27 - cells.length).fill(fill)];

describe('renderVarianceSheet', () => {
  const rendered = sheet();

  it('is rectangular in every grid', () => {
    for (const grid of [rendered.values, rendered.backgrounds, rendered.notes, rendered.numberFormats]) {
      expect(grid.length).toBe(27);
      expect(grid.every((row) => row.length === 27)).toBe(true);
    }
  });

  it('opens with the title naming both quarters and a note marking the sheet as generated', () => {
    expect(rendered.values[0]).toEqual(pad(['2026-Q2 → 2026-Q3']));
    expect(rendered.notes[0]?.[0]).toBe(GENERATED_NOTE);
    expect(rendered.numberFormats[0]?.[0]).toBe('@');
  });

  it('lays out the summary block', () => {
    expect(rendered.values.slice(1, 12).map((row) => row.slice(0, 2))).toEqual([
      ['', ''],
      ['Summary', ''],
      ['Strategies changed', 2],
      ['Strategies added', 1],
      ['Strategies retired', 1],
      ['Tactics added', 1],
      ['Tactics dropped', 2],
      ['Tactics moved', 1],
      ['Overdue reviews', 4],
      ['Mean drift', (0.46 + 0.15 + 0) / 3],
      ['', ''],
    ]);
    expect(rendered.numberFormats[10]?.[1]).toBe('0.00');
  });

  it('writes the strategy table with before → after values', () => {
    expect(rendered.values[12]).toEqual(pad(['Strategies']));
    expect(rendered.values[13]).toEqual([...STRATEGY_TABLE_HEADERS]);
    expect(rendered.values[14]).toEqual([
      'S1',
      'Grow EMEA and APAC revenue',
      'Changed',
      200,
      250,
      120,
      160,
      40,
      40 / 120,
      0.2,
      0.4,
      20,
      'Active',
      'Active',
      'Yes',
      3,
      2,
      'T5',
      'T2, T6',
      '',
      0.46,
      'Up',
      'Wording, Target, Current, Progress, Tactics',
      '',
      '',
      '',
      '',
    ]);
    expect(rendered.values[16]?.slice(0, 5)).toEqual(['S4', 'Win public sector deals', 'New', '', 5]);
    expect(rendered.values[17]?.slice(0, 7)).toEqual(['S3', 'Open the Nordics', 'Gone', 10, '', 0, '']);
  });

  it('colours changes that help the strategy, including a fall in churn', () => {
    expect(rendered.backgrounds[14]).toEqual(
      pad([null, null, null, null, null, null, GOOD, GOOD, GOOD, null, null, GOOD], null),
    );
    expect(rendered.backgrounds[15]?.slice(5, 12)).toEqual([null, GOOD, GOOD, GOOD, null, null, GOOD]);
  });

  it('keeps the old wording in a note on the reworded cell', () => {
    expect(rendered.notes[14]?.[14]).toBe('Before: Grow EMEA revenue');
    expect(rendered.notes.flat().filter((note) => note !== '')).toHaveLength(2);
  });

  it('formats text as text and numbers by what they measure', () => {
    expect(rendered.numberFormats[14]).toEqual([
      '@',
      '@',
      '@',
      N,
      N,
      N,
      N,
      N,
      '0.0%',
      '0.0%',
      '0.0%',
      '+0.0;-0.0;0',
      '@',
      '@',
      '@',
      'General',
      'General',
      '@',
      '@',
      'General',
      '0.00',
      '@',
      '@',
      '0.0%',
      '0.0%',
      'General',
      '@',
    ]);
  });

  it('writes trend sparklines from literal numbers in one column region', () => {
    expect(rendered.trend).toEqual({
      firstRow: 15,
      column: 20,
      formulas: [['=SPARKLINE({0.2,0.4})'], ['=SPARKLINE({0,0.5})'], [''], ['']],
    });
  });

  it('writes the tactic table with flags, strategy moves and what changed', () => {
    expect(rendered.values[19]).toEqual(pad(['Tactics', 'Unchanged (not listed)', 0]));
    expect(rendered.values[20]).toEqual(pad([...TACTIC_TABLE_HEADERS]));
    expect(rendered.values.slice(21).map((row) => row.slice(0, 13))).toEqual([
      ['T1', 'Do T1', 'Changed', 'S1', 'S1', 'In progress', 'In progress', 5, 7, 2, 10, 10, 'Actual'],
      ['T5', 'Do T5', 'Added', '', 'S1', '', 'In progress', '', 5, '', '', 10, ''],
      ['T3', 'Do T3', 'Changed', 'S2', 'S2', 'In progress', 'Done', 5, 5, 0, 10, 10, 'Status'],
      ['T6', 'Do T6', 'Moved', 'S1', 'S2', 'In progress', 'In progress', 5, 5, 0, 10, 10, 'Strategy'],
      ['T2', 'Do T2', 'Dropped', 'S1', '', 'In progress', '', 5, '', '', 10, '', ''],
      ['T4', 'Do T4', 'Dropped', 'S3', '', 'In progress', '', 5, '', '', 10, '', ''],
    ]);
    expect(rendered.backgrounds[21]?.slice(8, 10)).toEqual([GOOD, GOOD]);
  });
});

describe('sparklineFormula', () => {
  it('skips missing points, writes plain decimals and needs two points', () => {
    expect(sparklineFormula([null, 0.123456789, null, -1.5, 1e-9, 2e30])).toBe(
      '=SPARKLINE({0.123457,-1.5,0,1000000000})',
    );
    expect(sparklineFormula([0.5, null])).toBe('');
  });
});
