import { type ImportReading, readPlan } from '../../../src/domain/import/importPlan';

const SOURCE = { sheet: 'Plan', timeZone: 'Etc/UTC' };

function read(grid: unknown[][], chosen?: Parameters<typeof readPlan>[2]): ImportReading {
  const result = readPlan(grid, SOURCE, chosen);
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join(' '));
  return result.value;
}

const statements = (reading: ImportReading) => ({
  layout: reading.layout,
  strategies: reading.strategies.map((s) => s.statement),
  tactics: reading.tactics.map((t) => [t.statement, t.strategy]),
});

describe('recognising the layout', () => {
  it('makes each distinct strategy text one strategy, each row a tactic under it', () => {
    const reading = read([
      ['Strategy', 'Tactic'],
      ['Grow ARR', 'Hire AEs'],
      ['grow  arr ', 'Open Lisbon'],
      ['Keep customers', 'QBRs'],
    ]);
    expect(statements(reading)).toEqual({
      layout: 'same-row',
      strategies: ['Grow ARR', 'Keep customers'],
      tactics: [
        ['Hire AEs', 0],
        ['Open Lisbon', 0],
        ['QBRs', 1],
      ],
    });
  });

  it('carries a strategy down over the blank cells of its tactics', () => {
    const reading = read([
      ['Objective', 'Initiative'],
      ['Grow ARR', 'Hire AEs'],
      ['', 'Open Lisbon'],
      ['Keep customers', ''],
      ['', 'QBRs'],
    ]);
    expect(statements(reading)).toEqual({
      layout: 'carried-down',
      strategies: ['Grow ARR', 'Keep customers'],
      tactics: [
        ['Hire AEs', 0],
        ['Open Lisbon', 0],
        ['QBRs', 1],
      ],
    });
  });

  it('reads a type column over one text column, tactics under the strategy above', () => {
    const reading = read([
      ['Type', 'Item', 'Owner'],
      ['Objective', 'Grow ARR', 'Sales'],
      ['Initiative', 'Hire AEs', 'Ana'],
      ['Epic', 'Open Lisbon', 'Ben'],
      ['Goal', 'Keep customers', 'CS'],
      ['Task', 'QBRs', 'Mia'],
    ]);
    expect(statements(reading)).toEqual({
      layout: 'type-column',
      strategies: ['Grow ARR', 'Keep customers'],
      tactics: [
        ['Hire AEs', 0],
        ['Open Lisbon', 0],
        ['QBRs', 1],
      ],
    });
    expect(reading.findings.map((f) => f.message)).toEqual([
      '\'Plan\'!A4 says "Epic", not a type the import knows (Strategy, Objective, Goal, Outcome, Tactic, Initiative, Action, Action item, Task, Project); the row is read as a tactic.',
    ]);
  });

  it('ignores a type column whose cells are no strategy or tactic words', () => {
    const reading = read([
      ['Type', 'Objective'],
      ['0', 'Grow ARR'],
      ['1', 'Keep customers'],
    ]);
    expect(reading.layout).toBe('strategies-only');
    expect(reading.mapping[0]).toMatchObject({ field: 'ignore', note: 'its cells are not strategy or tactic words' });
  });

  it('reads key results with targets and no objective column as the strategies', () => {
    const reading = read([
      ['Key result', 'Target'],
      ['Win rate 25%', 0.25],
    ]);
    expect(statements(reading)).toEqual({ layout: 'strategies-only', strategies: ['Win rate 25%'], tactics: [] });
  });

  it('refuses a table with no column of strategies or tactics, for the mapping editor to settle', () => {
    const result = readPlan(
      [
        ['Owner', 'Due'],
        ['Ana', ''],
      ],
      SOURCE,
    );
    expect(result).toEqual({
      ok: false,
      problems: [
        {
          code: 'not-found',
          message:
            'No column of \'Plan\' holds strategies or tactics (it has only "Owner", "Due"). Head the column of strategies Strategy or Objective and the column of tactics Tactic or Initiative, or choose them in the mapping editor.',
          subject: 'mapping',
        },
      ],
    });
  });
});

describe('where a row’s values land', () => {
  it('gives a strategy whose numbers were typed as percentages the unit %, unless the plan names one', () => {
    const reading = read([
      ['Objective', 'Baseline', 'Target', 'Current', 'Unit'],
      ['Cut churn', '8%', '5%', '7%', ''],
      ['Lift win rate', '20%', '25%', '', 'pts'],
      ['Grow pipeline', '1,000', '1,250', '', ''],
    ]);
    expect(reading.strategies.map((strategy) => [strategy.statement, strategy.cells.Unit])).toEqual([
      ['Cut churn', '%'],
      ['Lift win rate', 'pts'],
      ['Grow pipeline', undefined],
    ]);
    expect(reading.strategies[0]?.cells).toMatchObject({ Baseline: 0.08, Target: 0.05, Current: 0.07 });
  });

  it('leaves a totals row out, naming it, wherever it sits', () => {
    const reading = read([
      ['Objective', 'Baseline', 'Target'],
      ['Cut churn', 8, 5],
      ['Grow pipeline', 1000, 1250],
      ['', '', ''],
      ['Total', 1008, 1255],
    ]);
    expect(reading.strategies.map((strategy) => strategy.statement)).toEqual(['Cut churn', 'Grow pipeline']);
    expect(reading.findings.map((finding) => finding.message)).toEqual([
      '\'Plan\'!A5 holds "Total": read as a totals row, not imported.',
    ]);
  });

  it('reads a Goal column of numbers as the target, and one of text as the strategy', () => {
    const numbers = read([
      ['Objective', 'Key result', 'Start value', 'Goal', 'Now'],
      ['Grow pipeline', 'Qualified pipeline ($k)', '1,000', '1,250', '1,100'],
      ['Grow pipeline', 'Win rate', '20%', '25%', '22.5%'],
    ]);
    expect(numbers.mapping.find((entry) => entry.header === 'Goal')?.field).toBe('target');
    expect(numbers.strategies[0]?.cells).toMatchObject({ Strategy: 'Grow pipeline', Baseline: 1000, Target: 1250 });
    expect(numbers.tactics[0]?.cells).toMatchObject({ Tactic: 'Win rate', Target: 0.25, Actual: 0.225 });
    const words = read([
      ['Goal', 'Owner'],
      ['Grow pipeline', 'Sales'],
    ]);
    expect(words.strategies.map((strategy) => strategy.statement)).toEqual(['Grow pipeline']);
  });

  it('gives a key result with a baseline or target to its strategy as the metric, the first one only', () => {
    const reading = read([
      ['Objective', 'Key result', 'Baseline', 'Target', 'Owner'],
      ['Grow ARR', 'ARR ($M)', 22, 30, 'Revenue'],
      ['Grow ARR', 'New logos', 10, 48, 'Sales'],
      ['Grow ARR', 'Hire two AEs', '', '', 'Sales'],
    ]);
    expect(reading.strategies[0]?.cells).toEqual({
      Strategy: 'Grow ARR',
      Metric: 'ARR ($M)',
      Baseline: 22,
      Target: 30,
      Stakeholders: 'Revenue',
      Status: 'Active',
    });
    expect(reading.tactics.map((t) => t.cells)).toEqual([
      { Tactic: 'New logos', Target: 48, Owner: 'Sales', Status: 'Planned' },
      { Tactic: 'Hire two AEs', Owner: 'Sales', Status: 'Planned' },
    ]);
    expect(reading.findings.map((f) => f.message)).toEqual([
      "'Plan'!C3 holds 10, a baseline: a tactic has no Baseline column, so it is not imported.",
    ]);
  });

  it('gives the strategy the numbers that repeat on its rows, and the tactics those that change', () => {
    const reading = read([
      ['Strategy', 'Metric', 'Baseline', 'Target', 'Tactic', 'Actual'],
      ['Cut churn', 'Churn', 0.08, 0.05, 'Call risks', 12],
      ['Cut churn', 'Churn', 0.08, 0.05, 'Renewal desk', 3],
    ]);
    expect(reading.strategies[0]?.cells).toMatchObject({ Metric: 'Churn', Baseline: 0.08, Target: 0.05 });
    expect(reading.tactics.map((t) => t.cells.Actual)).toEqual([12, 3]);
    expect(reading.tactics.map((t) => t.cells.Target)).toEqual([undefined, undefined]);
  });

  it('gives a strategy the stakeholders and dates all its tactic rows agree on', () => {
    const reading = read([
      ['Team', 'Objective', 'Initiative', 'Due'],
      ['Sales', 'Grow ARR', 'Hire AEs', '2026-09-30'],
      ['Sales', 'Grow ARR', 'Open Lisbon', '2026-12-31'],
    ]);
    expect(reading.strategies[0]?.cells).toEqual({ Strategy: 'Grow ARR', Stakeholders: 'Sales', Status: 'Active' });
    expect(reading.tactics.map((t) => t.cells.Stakeholders)).toEqual(['Sales', 'Sales']);
  });

  it('maps status words, and leaves a word it does not know blank with its cell named', () => {
    const reading = read([
      ['Objective', 'Initiative', 'Status'],
      ['Grow ARR', 'Hire AEs', 'On Track'],
      ['Grow ARR', 'Open Lisbon', 'Closed'],
      ['Grow ARR', 'Price review', ''],
    ]);
    expect(reading.tactics.map((t) => t.cells.Status)).toEqual(['In progress', undefined, 'Planned']);
    expect(reading.findings.map((f) => f.message)).toEqual([
      '\'Plan\'!C3 holds "Closed", a status the import does not know for a tactic (Planned, In progress, Done, Dropped, or words like On track, Complete, Not started); Status is left blank.',
    ]);
  });

  it('reads a strategies-only list once per strategy, saying which row repeats one', () => {
    const reading = read([
      ['Objective', 'Owner'],
      ['Grow ARR', 'Sales'],
      ['Grow ARR', 'Revenue'],
    ]);
    expect(reading.strategies.map((s) => s.cells)).toEqual([
      { Strategy: 'Grow ARR', Stakeholders: 'Sales', Status: 'Active' },
    ]);
    expect(reading.findings.map((f) => f.message)).toEqual([
      "Row 3 of 'Plan' repeats the strategy of row 2; it is imported once.",
      '\'Plan\'!B3 holds "Revenue"; the strategy keeps "Sales" from row 2 as its Stakeholders.',
    ]);
  });

  it('keeps a strategy alone on its row as a strategy, and leaves a sentence under the headers or a footer out', () => {
    const reading = read([
      ['Objective', 'Owner'],
      ['List one objective per row, with its owner.', ''],
      ['Grow ARR', ''],
      ['Keep customers', 'Customer success'],
      ['Launch partner channel', ''],
      ['© 2026 Revenue team | internal', ''],
    ]);
    expect(reading.strategies.map((s) => s.statement)).toEqual([
      'Grow ARR',
      'Keep customers',
      'Launch partner channel',
    ]);
    expect(reading.findings.map((f) => f.message)).toEqual([
      '\'Plan\'!A2 holds only "List one objective per row, with its owner.": read as a note under the headers, not imported.',
      '\'Plan\'!A6 holds only "© 2026 Revenue team | internal": read as a note after the table, not imported.',
    ]);
  });

  it('reports a row that names no strategy or tactic', () => {
    const reading = read([
      ['Strategy', 'Tactic', 'Notes'],
      ['Grow ARR', 'Hire AEs', ''],
      ['', '', 'Total budget 1.2M'],
    ]);
    expect(reading.findings.map((f) => f.message)).toEqual([
      "Row 3 of 'Plan' has no strategy or tactic text, so it was not imported.",
    ]);
  });
});

describe('the mapping the editor chose', () => {
  it('reads the columns as chosen, from the chosen header row', () => {
    const grid = [['Report'], ['KPI Name', 'Target Value'], ['NRR', 112]];
    const reading = read(grid, { headerRow: 2, columns: ['strategy', null] });
    expect(reading.strategies.map((s) => s.cells)).toEqual([{ Strategy: 'NRR', Target: 112, Status: 'Active' }]);
  });

  it('lists a second column chosen for one field as ignored, naming the column read', () => {
    const reading = read([
      ['Objective', 'Goal'],
      ['Grow', 'Grow more'],
    ]);
    expect(reading.mapping).toEqual([
      { column: 0, header: 'Objective', field: 'strategy', found: 'strategy' },
      {
        column: 1,
        header: 'Goal',
        field: 'ignore',
        found: 'strategy',
        note: 'a second Strategy column; column A is read',
      },
    ]);
  });
});
