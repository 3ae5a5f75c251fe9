import type { LoadedAddon } from '../../local/appsScriptRuntime';
import { AuthMode, Button } from '../../local/emulator';
import { RangeImpl } from '../../local/emulator/range';
import { DIGEST_SHEET } from '../../src/domain/history/digestGrid';
import { HISTORY_LEDGER_KEY } from '../../src/domain/history/historyLedger';
import { HISTORY_HEADERS } from '../../src/domain/history/historySchema';
import { PLAN, plannedAddon, rewriteRegister, snapshotAs } from './fixtures/snapshotScenario';

interface PropertiesLike {
  getDocumentProperties(): {
    getProperty(key: string): string | null;
    deleteProperty(key: string): unknown;
  };
}

const SUPERSEDED = HISTORY_HEADERS.indexOf('Superseded');

function documentProperties(addon: LoadedAddon) {
  return (addon.emulator.globals.PropertiesService as PropertiesLike).getDocumentProperties();
}

/** Three quarters with a reworded strategy, a raised target, a moved and a new tactic, and hostile text. */
function threeQuarters(): LoadedAddon {
  const addon = plannedAddon();
  snapshotAs(addon, '2026-Q1');
  const [s1, s2] = PLAN.strategies;
  const [t1, t2, t3] = PLAN.tactics;
  rewriteRegister(
    addon,
    [
      { ...s1, Strategy: '=1+1 raise win rate', Target: 0.24, Current: 0.22 },
      { ...s2, Current: 0.07 },
    ],
    [{ ...t1, Actual: 0.8 }, { ...t2 }, { ...t3, 'Strategy ID': 'S1' }],
  );
  snapshotAs(addon, '2026-Q2');
  rewriteRegister(
    addon,
    [
      { ...s1, Strategy: '=1+1 raise win rate', Target: 0.24, Current: 0.23 },
      { ...s2, Current: 0.065 },
    ],
    [
      { ...t1, Actual: 0.9 },
      { ...t3, 'Strategy ID': 'S1' },
      { ID: 'T4', 'Strategy ID': 'S2', Tactic: '<img src=x onerror=alert(1)>' },
    ],
  );
  snapshotAs(addon, '2026-Q3');
  return addon;
}

/** The row spans (`first+rows`) of Snapshot History that `run` reads, whatever the columns. */
function historyRowsRead(run: () => void): Set<string> {
  const spans = new Set<string>();
  const read = RangeImpl.prototype.getValues;
  const spy = jest.spyOn(RangeImpl.prototype, 'getValues').mockImplementation(function (this: RangeImpl) {
    if (this.sheet.name === 'Snapshot History') spans.add(`${this.row}+${this.numRows}`);
    return read.call(this);
  });
  try {
    run();
  } finally {
    spy.mockRestore();
  }
  return spans;
}

/** The variance sheet after rebuilding it from the whole history (no ledger, no digest). */
function varianceFromWholeHistory(addon: LoadedAddon, from: string | null, to: string | null): unknown[][] {
  documentProperties(addon).deleteProperty(HISTORY_LEDGER_KEY);
  addon.emulator.spreadsheet.deleteSheet(addon.emulator.spreadsheet.getSheetByName(DIGEST_SHEET) as never);
  addon.call('buildVarianceNow', from, to);
  return addon.emulator.readValues('QoQ Variance');
}

describe('the ledger and digest a snapshot keeps beside Snapshot History', () => {
  it('give the variance a snapshot builds from two blocks exactly as the whole history would', () => {
    const addon = threeQuarters();
    const fromBlocks = addon.emulator.readValues('QoQ Variance');
    expect(fromBlocks[0]?.[0]).toBe('2026-Q2 → 2026-Q3');
    expect(varianceFromWholeHistory(addon, null, null)).toEqual(fromBlocks);
  });

  it('let a snapshot read only the header and the rows of the quarter before it', () => {
    const addon = threeQuarters();
    // 2026-Q3 is rows 12 to 16.
    expect(historyRowsRead(() => snapshotAs(addon, '2026-Q4'))).toEqual(new Set(['1+1', '12+5']));
    expect(historyRowsRead(() => addon.call('buildVarianceNow', '2026-Q1', '2026-Q3'))).toEqual(
      new Set(['1+1', '2+5', '12+5']),
    );
  });

  it('give Build QoQ variance… for any pair of quarters the same sheet as the whole history', () => {
    const addon = threeQuarters();
    addon.call('buildVarianceNow', '2026-Q1', '2026-Q3');
    const fromBlocks = addon.emulator.readValues('QoQ Variance');
    expect(fromBlocks[0]?.[0]).toBe('2026-Q1 → 2026-Q3');
    expect(varianceFromWholeHistory(addon, '2026-Q1', '2026-Q3')).toEqual(fromBlocks);
  });

  it('are kept again when the whole history had to be read, so the next reader reads blocks', () => {
    const addon = threeQuarters();
    varianceFromWholeHistory(addon, null, null);
    const ledger = JSON.parse(documentProperties(addon).getProperty(HISTORY_LEDGER_KEY) ?? 'null');
    expect(ledger.b.map((block: unknown[]) => [block[0], block[2], block[3]])).toEqual([
      ['2026-Q1', 2, 5],
      ['2026-Q2', 7, 5],
      ['2026-Q3', 12, 5],
    ]);
    const digest = addon.emulator.exportWorkbook().sheets.find((sheet) => sheet.name === DIGEST_SHEET);
    expect(digest?.hidden).toBe(true);
    expect(digest?.protections).toEqual([expect.objectContaining({ type: 'SHEET', warningOnly: true })]);
  });

  it('replace the newest quarter from blocks as the whole history would, old rows marked superseded', () => {
    const addon = threeQuarters();
    const [s1, s2] = PLAN.strategies;
    rewriteRegister(addon, [{ ...s1, Current: 0.3 }, { ...s2 }], PLAN.tactics);
    snapshotAs(addon, '2026-Q3', Button.YES);
    const history = addon.emulator.readValues('Snapshot History');
    expect(history.filter((row) => row[0] === '2026-Q3' && row[SUPERSEDED] !== '')).toHaveLength(5);
    expect(history.filter((row) => row[0] === '2026-Q3' && row[SUPERSEDED] === '')).toHaveLength(5);
    const fromBlocks = addon.emulator.readValues('QoQ Variance');
    expect(varianceFromWholeHistory(addon, null, null)).toEqual(fromBlocks);
  });

  it('are not trusted once rows of the history are deleted by hand: the next snapshot reads it whole', () => {
    const addon = threeQuarters();
    const history = addon.emulator.spreadsheet.getSheetByName('Snapshot History');
    history?.deleteRows(8, 1);
    snapshotAs(addon, '2026-Q4');
    const fromWhole = addon.emulator.readValues('QoQ Variance');
    expect(fromWhole[0]?.[0]).toBe('2026-Q3 → 2026-Q4');
    expect(varianceFromWholeHistory(addon, null, null)).toEqual(fromWhole);
  });

  it('let QOQ_CHANGE and SNAPSHOT_VALUE read only the quarters they name, with the answers of the whole history', () => {
    const addon = threeQuarters();
    const asFormula = <T>(formulas: () => T): T => {
      addon.emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
      try {
        return formulas();
      } finally {
        addon.emulator.setAuthMode(AuthMode.FULL);
      }
    };
    const ask = () =>
      asFormula(() => [
        addon.call('QOQ_CHANGE', [['S1'], ['S2'], ['T1']], 'Current'),
        addon.call('QOQ_CHANGE', [['S1'], ['T1']], 'Current', '2026-Q1', '2026-Q2'),
        addon.call('QOQ_CHANGE', [['S2']], 'Target', [['']], '2026-Q2'),
        addon.call('SNAPSHOT_VALUE', [['S1'], ['T2']], 'Statement', '2026-Q1'),
      ]);
    let fromBlocks: unknown[] = [];
    // 2026-Q1 is rows 2 to 6, 2026-Q2 rows 7 to 11, 2026-Q3 rows 12 to 16.
    expect(historyRowsRead(() => (fromBlocks = ask()))).toEqual(new Set(['1+1', '7+5', '12+5', '2+5']));
    expect(fromBlocks).toEqual([
      [[expect.closeTo(0.01, 12)], [expect.closeTo(-0.005, 12)], [expect.closeTo(0.1, 12)]],
      [[expect.closeTo(0.01, 12)], [expect.closeTo(0.3, 12)]],
      [[0]],
      [['Raise win rate from 20% to 25%'], ['Weekly deal reviews']],
    ]);
    // A row the quarters read cannot answer gets a sentence naming them; the others as from the whole history.
    const missing = () =>
      asFormula(() => addon.call('QOQ_CHANGE', [['T4'], ['S9'], ['T2']], 'Current', [[''], [''], ['2026-Q1']], ''));
    const sentences = missing() as unknown[][];
    expect(sentences).toEqual([
      ['QOQ_CHANGE (id in row 1 of the range): T4 is not in the 2026-Q2 snapshot.'],
      [
        'QOQ_CHANGE (id in row 2 of the range): "S9" is in none of the snapshots read (2026-Q1, 2026-Q2, 2026-Q3); they hold 6 IDs, such as S1, S2, T1, T2, T3 and 1 more.',
      ],
      ['QOQ_CHANGE (id in row 3 of the range): T2 has no Current in the 2026-Q1 snapshot.'],
    ]);
    // A quarter with no snapshot is named as such, with those that have one.
    expect(() => asFormula(() => addon.call('SNAPSHOT_VALUE', 'S1', 'Current', '2025-Q9'))).toThrow(
      'SNAPSHOT_VALUE (quarter): there is no snapshot for the quarter "2025-Q9"; Snapshot History holds 2026-Q1, 2026-Q2, 2026-Q3.',
    );
    documentProperties(addon).deleteProperty(HISTORY_LEDGER_KEY);
    documentProperties(addon).deleteProperty('history.version');
    expect(ask()).toEqual(fromBlocks);
    expect(missing()).toEqual([
      sentences[0],
      [
        'QOQ_CHANGE (id in row 2 of the range): no strategy or tactic has the ID "S9" in Snapshot History; it holds 6 IDs, such as S1, S2, T1, T2, T3 and 1 more.',
      ],
      sentences[2],
    ]);
  });

  it('are set aside after an edit by hand in the history: onEdit gives it a new version, read whole next', () => {
    const addon = threeQuarters();
    const history = addon.emulator.spreadsheet.getSheetByName('Snapshot History');
    // The first plan of S2, reworded by hand in the 2026-Q1 rows.
    const cell = history?.getRange(5, 6);
    cell?.setValue('Cut churn in half');
    const before = documentProperties(addon).getProperty('history.version');
    addon.call('onEdit', { authMode: AuthMode.LIMITED, range: cell });
    expect(documentProperties(addon).getProperty('history.version')).not.toBe(before);
    addon.call('buildVarianceNow', null, null);
    const fromWhole = addon.emulator.readValues('QoQ Variance');
    const drift = (sheet: unknown[][]) => sheet.find((row) => row[0] === 'S2')?.[20];
    expect(drift(fromWhole)).toBeGreaterThan(0);
    expect(varianceFromWholeHistory(addon, null, null)).toEqual(fromWhole);
  });

  it('are kept when edits land elsewhere, and onEdit does nothing before the add-on is enabled', () => {
    const addon = threeQuarters();
    const version = documentProperties(addon).getProperty('history.version');
    const register = addon.emulator.spreadsheet.getSheetByName('Strategies')?.getRange(2, 2);
    addon.call('onEdit', { authMode: AuthMode.LIMITED, range: register });
    const history = addon.emulator.spreadsheet.getSheetByName('Snapshot History')?.getRange(2, 2);
    addon.call('onEdit', { authMode: AuthMode.NONE, range: history });
    addon.call('onEdit');
    expect(documentProperties(addon).getProperty('history.version')).toBe(version);
  });

  it('take a quarter older than the newest from the whole history, then read blocks again', () => {
    const addon = plannedAddon();
    snapshotAs(addon, '2026-Q1');
    const [s1, s2] = PLAN.strategies;
    rewriteRegister(addon, [{ ...s1, Current: 0.23 }, { ...s2 }], PLAN.tactics);
    snapshotAs(addon, '2026-Q3');
    // 2026-Q2, taken late, goes between the two; the variance compares it with 2026-Q1.
    rewriteRegister(addon, [{ ...s1, Current: 0.22 }, { ...s2 }], PLAN.tactics);
    snapshotAs(addon, '2026-Q2');
    expect(addon.emulator.readValues('QoQ Variance')[0]?.[0]).toBe('2026-Q1 → 2026-Q2');
    addon.call('buildVarianceNow', null, null);
    const trend = addon.emulator.readValues('QoQ Variance');
    expect(trend[0]?.[0]).toBe('2026-Q2 → 2026-Q3');
    expect(varianceFromWholeHistory(addon, null, null)).toEqual(trend);

    rewriteRegister(addon, [{ ...s1, Current: 0.24, Strategy: 'Win more deals' }, { ...s2 }], PLAN.tactics);
    snapshotAs(addon, '2026-Q4');
    const fromBlocks = addon.emulator.readValues('QoQ Variance');
    expect(fromBlocks[0]?.[0]).toBe('2026-Q3 → 2026-Q4');
    expect(varianceFromWholeHistory(addon, null, null)).toEqual(fromBlocks);
  });

  it('replace an older quarter from the whole history, its old rows marked superseded', () => {
    const addon = threeQuarters();
    const [s1, s2] = PLAN.strategies;
    rewriteRegister(addon, [{ ...s1, Target: 0.3 }, { ...s2 }], PLAN.tactics);
    snapshotAs(addon, '2026-Q1', Button.YES);
    const history = addon.emulator.readValues('Snapshot History');
    expect(history.filter((row) => row[0] === '2026-Q1' && row[SUPERSEDED] !== '')).toHaveLength(5);
    addon.call('buildVarianceNow', '2026-Q1', '2026-Q3');
    const fromBlocks = addon.emulator.readValues('QoQ Variance');
    expect(varianceFromWholeHistory(addon, '2026-Q1', '2026-Q3')).toEqual(fromBlocks);
  });

  it("let STRATEGY_DRIFT read the digest and the quarters where strategies were last seen, with the whole history's answers", () => {
    const addon = plannedAddon();
    const [s1, s2] = PLAN.strategies;
    const [t1, t2, t3] = PLAN.tactics;
    const s3 = { ...s2, ID: 'S3', Strategy: 'Open the Nordics', Metric: 'Accounts', Baseline: 0, Target: 40 };
    rewriteRegister(
      addon,
      [{ ...s1 }, { ...s2 }, s3],
      [{ ...t1 }, { ...t2 }, { ...t3 }, { ID: 'T4', 'Strategy ID': 'S3', Tactic: 'Hire a Nordic AE' }],
    );
    snapshotAs(addon, '2026-Q1');
    // S3 is given up after one quarter: its latest snapshot stays 2026-Q1.
    rewriteRegister(addon, [{ ...s1, Target: 0.3 }, { ...s2 }], [{ ...t1 }, { ...t3 }]);
    snapshotAs(addon, '2026-Q2');
    rewriteRegister(addon, [{ ...s1, Target: 0.3, Strategy: 'Win more deals' }, { ...s2 }], [{ ...t1 }, { ...t3 }]);
    snapshotAs(addon, '2026-Q3');
    const ask = () => {
      addon.emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
      try {
        return addon.call('STRATEGY_DRIFT', [['S1'], ['S2'], ['S3']]);
      } finally {
        addon.emulator.setAuthMode(AuthMode.FULL);
      }
    };
    let fromDigest: unknown;
    // 2026-Q1 is rows 2 to 8 (S3 last seen there), 2026-Q3 rows 13 to 16.
    expect(historyRowsRead(() => (fromDigest = ask()))).toEqual(new Set(['1+1', '2+7', '13+4']));
    // Wording: one shared word of nine; target 0.25 → 0.3 is 0.2 of it; tactics {T1, T2} → {T1}.
    expect(fromDigest).toEqual([[expect.closeTo(0.4 * (8 / 9) + 0.3 * 0.2 + 0.3 * 0.5, 12)], [0], [0]]);
    documentProperties(addon).deleteProperty(HISTORY_LEDGER_KEY);
    documentProperties(addon).deleteProperty('history.version');
    expect(ask()).toEqual(fromDigest);
  });

  it("give the sidebar's snapshot plan the quarters without reading the history's rows", () => {
    const addon = threeQuarters();
    let plan: { quartersInHistory: string[] } | undefined;
    expect(historyRowsRead(() => (plan = addon.call('snapshotPlan') as typeof plan))).toEqual(new Set());
    expect(plan?.quartersInHistory).toEqual(['2026-Q1', '2026-Q2', '2026-Q3']);
    documentProperties(addon).deleteProperty(HISTORY_LEDGER_KEY);
    expect((addon.call('snapshotPlan') as typeof plan)?.quartersInHistory).toEqual(plan?.quartersInHistory);
  });
});
