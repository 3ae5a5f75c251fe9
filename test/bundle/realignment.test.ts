/**
 * A strategy whose Parent changed between two snapshots is marked re-aligned on the variance
 * sheet, and its drift (STRATEGY_DRIFT and the variance's column alike) does not move: the
 * strategy is the plan it was, only placed elsewhere. Adding the first parents re-aligns nothing,
 * and a history written before Snapshot History kept Parent and Weight reads on.
 */
import type { LoadedAddon } from '../../local/appsScriptRuntime';
import { AuthMode } from '../../local/emulator';
import { DIGEST_SHEET } from '../../src/domain/history/digestGrid';
import { HISTORY_LEDGER_KEY } from '../../src/domain/history/historyLedger';
import { ALIGNED_STRATEGIES, ALIGNED_TACTICS } from './fixtures/alignedRegister';
import { addonWithRegister } from './fixtures/register';
import { rewriteRegister } from './fixtures/snapshotScenario';

function strategyTable(addon: LoadedAddon): Map<string, Record<string, unknown>> {
  const sheet = addon.emulator.readValues('QoQ Variance');
  const headerRow = sheet.findIndex((row) => row[0] === 'Strategies') + 1;
  const header = (sheet[headerRow] ?? []).map(String);
  const rows = new Map<string, Record<string, unknown>>();
  for (const row of sheet.slice(headerRow + 1)) {
    if (row[0] === '' || row[0] === 'Tactics') break;
    rows.set(String(row[0]), Object.fromEntries(header.map((name, i) => [name, row[i]])));
  }
  return rows;
}

function noteOf(addon: LoadedAddon, id: string, header: string): string {
  const sheet = addon.emulator.readValues('QoQ Variance');
  const headerRow = sheet.find((row) => row[0] === 'ID' && row[1] === 'Strategy') ?? [];
  const row = sheet.findIndex((cells) => cells[0] === id);
  return String(addon.emulator.readNotes('QoQ Variance')[row]?.[headerRow.indexOf(header)] ?? '');
}

function drift(addon: LoadedAddon, id: string): unknown {
  addon.emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
  try {
    return addon.call('STRATEGY_DRIFT', id);
  } finally {
    addon.emulator.setAuthMode(AuthMode.FULL);
  }
}

describe('re-alignment on the variance sheet', () => {
  it('marks a strategy whose Parent changed, naming both Parents, and leaves its drift at 0', () => {
    const addon = addonWithRegister(ALIGNED_STRATEGIES, ALIGNED_TACTICS);
    expect(addon.call('takeSnapshotNow', '2026-Q2', false)).toMatchObject({ ok: true });
    // Deal size moves from the retention strategy to expansion; S3's parent is retyped in capitals.
    const moved = ALIGNED_STRATEGIES.map((s) =>
      s.ID === 'S5' ? { ...s, Parent: 'S6' } : s.ID === 'S3' ? { ...s, Parent: 'S1' } : s,
    );
    rewriteRegister(addon, moved, ALIGNED_TACTICS);
    expect(addon.call('takeSnapshotNow', '2026-Q3', false)).toMatchObject({ ok: true });

    const table = strategyTable(addon);
    const marked = [...table].filter(([, row]) => row['Re-aligned?'] !== '').map(([id]) => id);
    expect(marked).toEqual(['S5']);
    expect(table.get('S5')?.['What changed']).toBe('Parent');
    expect(noteOf(addon, 'S5', 'Re-aligned?')).toBe('Parent before: S3; after: S6.');
    expect(table.get('S5')?.['Drift from first plan']).toBe(0);
    expect(drift(addon, 'S5')).toBe(0);
  });

  it('counts the first parents a register is given as no re-alignment', () => {
    const unaligned = ALIGNED_STRATEGIES.map((s) => ({ ...s, Parent: '', Weight: '' }));
    const addon = addonWithRegister(unaligned, ALIGNED_TACTICS);
    expect(addon.call('takeSnapshotNow', '2026-Q2', false)).toMatchObject({ ok: true });
    rewriteRegister(addon, ALIGNED_STRATEGIES, ALIGNED_TACTICS);
    expect(addon.call('takeSnapshotNow', '2026-Q3', false)).toMatchObject({ ok: true });

    const table = strategyTable(addon);
    expect([...table.values()].filter((row) => row['Re-aligned?'] !== '')).toEqual([]);
    expect(drift(addon, 'S2')).toBe(0);
  });

  it('reads a history written before it kept Parent and Weight, and adds both columns with the next snapshot', () => {
    const addon = addonWithRegister(ALIGNED_STRATEGIES, ALIGNED_TACTICS);
    expect(addon.call('takeSnapshotNow', '2026-Q2', false)).toMatchObject({ ok: true });
    const { spreadsheet } = addon.emulator;
    const history = spreadsheet.getSheetByName('Snapshot History');
    for (const name of ['Weight', 'Parent']) {
      const header = history?.getRange(1, 1, 1, history.getLastColumn()).getValues()[0] ?? [];
      history?.deleteColumn(header.indexOf(name) + 1);
    }
    // What the add-on kept beside that history knew nothing of the columns either.
    (addon.emulator.globals.PropertiesService as GoogleAppsScript.Properties.PropertiesService)
      .getDocumentProperties()
      .deleteProperty(HISTORY_LEDGER_KEY);
    spreadsheet.deleteSheet(spreadsheet.getSheetByName(DIGEST_SHEET) as never);

    expect(addon.call('takeSnapshotNow', '2026-Q3', false)).toMatchObject({ ok: true });
    const [header = [], ...rows] = addon.emulator.readValues('Snapshot History');
    expect(header.slice(-3)).toEqual(['Superseded', 'Weight', 'Parent']);
    const s4 = (quarter: string) => rows.find((row) => row[0] === quarter && row[3] === 'S4')?.slice(-2) ?? [];
    expect([s4('2026-Q2'), s4('2026-Q3')]).toEqual([
      ['', ''],
      [3, 'S3'],
    ]);
    expect([...strategyTable(addon).values()].filter((row) => row['Re-aligned?'] !== '')).toEqual([]);
    addon.emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
    expect(addon.call('SNAPSHOT_VALUE', 'S4', 'Parent', '2026-Q3')).toBe('S3');
    addon.emulator.setAuthMode(AuthMode.FULL);
  });
});
