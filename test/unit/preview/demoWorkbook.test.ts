import { type DemoSheet, demoWorkbook, emptyWorkbook } from '../../../local/demo/demoWorkbook';
import { HISTORY_HEADERS } from '../../../src/domain/history/historySchema';
import {
  SHEET,
  STRATEGY_HEADERS,
  STRATEGY_STATUSES,
  TACTIC_HEADERS,
  TACTIC_STATUSES,
} from '../../../src/domain/register/schema';

function sheetNamed(name: string): DemoSheet {
  const found = demoWorkbook().sheets.find((sheet) => sheet.name === name);
  if (!found) throw new Error(`The demo has no sheet ${name}`);
  return found;
}

/** Rows as records keyed by the sheet's own header row. */
function records(sheet: DemoSheet): Record<string, unknown>[] {
  const [header = [], ...rows] = sheet.values;
  return rows.map((row) => Object.fromEntries(header.map((name, index) => [String(name), row[index]])));
}

describe('the demo register', () => {
  it('has the register sheets in order, each with a frozen header row', () => {
    const sheets = demoWorkbook().sheets;
    expect(sheets.map((sheet) => sheet.name)).toEqual([SHEET.strategies, SHEET.tactics, SHEET.history, SHEET.checkIns]);
    expect(sheets.map((sheet) => sheet.frozenRows)).toEqual([1, 1, 1, 1]);
  });

  it('uses the contract headers', () => {
    expect(sheetNamed(SHEET.strategies).values[0]).toEqual([...STRATEGY_HEADERS]);
    expect(sheetNamed(SHEET.tactics).values[0]).toEqual([...TACTIC_HEADERS]);
    expect(sheetNamed(SHEET.history).values[0]).toEqual([...HISTORY_HEADERS]);
  });

  it('gives every row as many cells as the header', () => {
    for (const sheet of demoWorkbook().sheets) {
      const width = sheet.values[0]?.length;
      for (const row of sheet.values) expect(row).toHaveLength(width ?? 0);
    }
  });

  it('states the win-rate strategy as a measurable outcome', () => {
    expect(records(sheetNamed(SHEET.strategies))[0]).toMatchObject({
      ID: 'S1',
      Strategy: 'Raise win rate from 20% to 25%',
      Metric: 'Win rate',
      Unit: '%',
      Baseline: 0.2,
      Target: 0.25,
    });
  });

  it('includes a decreasing metric: churn from 8% to 5%', () => {
    const churn = records(sheetNamed(SHEET.strategies)).find((row) => row.Metric === 'Annual churn');
    expect(churn).toMatchObject({ Baseline: 0.08, Target: 0.05 });
  });

  it('uses unique IDs and known statuses', () => {
    const strategies = records(sheetNamed(SHEET.strategies));
    const tactics = records(sheetNamed(SHEET.tactics));
    expect(new Set(strategies.map((row) => row.ID)).size).toBe(strategies.length);
    expect(new Set(tactics.map((row) => row.ID)).size).toBe(tactics.length);
    for (const row of strategies) expect(STRATEGY_STATUSES).toContain(row.Status);
    for (const row of tactics) expect(TACTIC_STATUSES).toContain(row.Status);
  });

  it('links every tactic to a strategy of the register, with an owner', () => {
    const ids = new Set(records(sheetNamed(SHEET.strategies)).map((row) => row.ID));
    for (const tactic of records(sheetNamed(SHEET.tactics))) {
      expect(ids).toContain(tactic['Strategy ID']);
      expect(tactic.Owner).not.toBe('');
    }
  });

  it('fills the Progress column with one formula', () => {
    const progress = records(sheetNamed(SHEET.strategies)).map((row) => row.Progress);
    expect(progress[0]).toBe('=STRATEGY_PROGRESS(E2:E, F2:F, G2:G)');
    expect(progress.slice(1).every((cell) => cell === '')).toBe(true);
  });

  it('holds two past quarterly snapshots, each with every strategy', () => {
    const history = records(sheetNamed(SHEET.history));
    expect([...new Set(history.map((row) => row.Quarter))]).toEqual(['2026-Q2', '2026-Q3']);
    for (const quarter of ['2026-Q2', '2026-Q3']) {
      const strategies = history.filter((row) => row.Quarter === quarter && row.Kind === 'Strategy');
      expect(strategies.map((row) => row.ID)).toEqual(['S1', 'S2', 'S3', 'S4']);
    }
  });

  it('records the earlier wording of a reworded strategy in history', () => {
    const s1 = records(sheetNamed(SHEET.history)).filter((row) => row.ID === 'S1');
    expect(s1.map((row) => row.Statement)).toEqual(['Increase win rate to 25%', 'Raise win rate from 20% to 25%']);
  });

  it('formats history text columns as plain text', () => {
    const sheet = sheetNamed(SHEET.history);
    const statement = HISTORY_HEADERS.indexOf('Statement');
    expect(sheet.columnFormats?.[statement]).toBe('@');
  });
});

describe('the empty start', () => {
  it('is one blank sheet', () => {
    expect(emptyWorkbook().sheets).toEqual([{ name: 'Sheet1', values: [], frozenRows: 0 }]);
  });
});
