import type { LoadedAddon } from '../../local/appsScriptRuntime';
import { AuthMode } from '../../local/emulator';
import { CHECK_IN_HEADERS } from '../../src/domain/checkins/checkInSchema';
import { stakeholderGroupsOf } from '../../src/domain/register/stakeholders';
import { ALIGNED_STRATEGIES, ALIGNED_TACTICS, alignedAddon } from './fixtures/alignedRegister';
import { addonWithRegister, day, today } from './fixtures/register';

function formula(addon: LoadedAddon, name: string, ...args: unknown[]): unknown {
  addon.emulator.setAuthMode(AuthMode.CUSTOM_FUNCTION);
  try {
    return addon.call(name, ...args);
  } finally {
    addon.emulator.setAuthMode(AuthMode.FULL);
  }
}

/** The rows of a table of the Roll-up sheet: from the row under `heading` down to the first blank row. */
function table(addon: LoadedAddon, heading: string): Record<string, unknown>[] {
  const values = addon.emulator.readValues('Roll-up');
  const start = values.findIndex((row) => row[0] === heading);
  const header = (values[start + 1] ?? []).map(String);
  const rows: Record<string, unknown>[] = [];
  for (let at = start + 2; at < values.length && values[at]?.some((cell) => cell !== ''); at++) {
    rows.push(Object.fromEntries(header.filter((h) => h !== '').map((h, i) => [h, values[at]?.[i]])));
  }
  return rows;
}

/** The register with some reviews overdue: two strategies and a tactic last reviewed two years ago. */
function registerWithOverdueReviews(): LoadedAddon {
  const stale = day('2024-01-15');
  return addonWithRegister(
    ALIGNED_STRATEGIES.map((s) => (s.ID === 'S2' || s.ID === 'S4' ? { ...s, 'Last reviewed': stale } : s)),
    ALIGNED_TACTICS.map((t) => (t.ID === 'T7' ? { ...t, 'Last reviewed': stale } : t)),
  );
}

describe('Build roll-up (menu) on the built add-on', () => {
  it("counts each group's strategies as ON_TRACK and the health check do for the same day", () => {
    const addon = registerWithOverdueReviews();
    addon.call('buildRollup');
    const groups = table(addon, 'Stakeholder groups');

    // What a user gets from the formulas over the register's own cells, and from Run health check.
    const strategies = addon.emulator.readValues('Strategies');
    const header = (strategies[0] ?? []).map(String);
    const cell = (row: unknown[], name: string) => row[header.indexOf(name)];
    const rows = strategies.slice(1);
    const progress = formula(
      addon,
      'STRATEGY_PROGRESS',
      rows.map((row) => [cell(row, 'Baseline')]),
      rows.map((row) => [cell(row, 'Target')]),
      rows.map((row) => [cell(row, 'Current')]),
    ) as unknown[][];
    const asOf = today();
    const states = rows.map((row, n) => {
      const done = progress[n]?.[0];
      return done === '' ? 'Not tracked' : formula(addon, 'ON_TRACK', done, cell(row, 'Start'), cell(row, 'Due'), asOf);
    });
    addon.call('runHealthCheck');
    const overdueRows = addon.emulator
      .readValues('Health check')
      .slice(1)
      .filter((finding) => finding[0] === 'overdue-review')
      .map((finding) => `${finding[1]}!${String(finding[2]).replace(/^[A-Z]+/, '')}`);
    const tactics = addon.emulator.readValues('Tactics').slice(1);

    const expected = new Map<string, Record<string, number>>();
    rows.forEach((row, n) => {
      for (const group of stakeholderGroupsOf(String(cell(row, 'Stakeholders')))) {
        const counts = expected.get(group) ?? { Strategies: 0, 'Overdue reviews': 0 };
        counts.Strategies = (counts.Strategies ?? 0) + 1;
        const state = String(states[n]);
        counts[state] = (counts[state] ?? 0) + 1;
        const id = cell(row, 'ID');
        const items = [
          `Strategies!${n + 2}`,
          ...tactics.flatMap((tactic, t) => (tactic[1] === id ? [`Tactics!${t + 2}`] : [])),
        ];
        counts['Overdue reviews'] =
          (counts['Overdue reviews'] ?? 0) + items.filter((key) => overdueRows.includes(key)).length;
        expected.set(group, counts);
      }
    });
    expect(overdueRows.length).toBe(3);
    expect(groups.map((row) => row['Stakeholder group'])).toEqual(
      [...expected.keys()].sort((a, b) => a.localeCompare(b)),
    );
    for (const row of groups) {
      const wanted = expected.get(String(row['Stakeholder group'])) ?? {};
      for (const column of [
        'On track',
        'At risk',
        'Off track',
        'Done',
        'Not tracked',
        'Strategies',
        'Overdue reviews',
      ]) {
        expect([row['Stakeholder group'], column, row[column]]).toEqual([
          row['Stakeholder group'],
          column,
          wanted[column] ?? 0,
        ]);
      }
    }
  });

  it("counts each group's stale check-ins as the health check flags them, once Check-ins holds a row", () => {
    const addon = alignedAddon();
    addon.call('buildRollup');
    expect(table(addon, 'Stakeholder groups')[0]).not.toHaveProperty('Stale check-ins');

    addon.emulator.seedSheet('Check-ins', [[...CHECK_IN_HEADERS], [today(), 'S2', 0.21, 7, 'One call', '']], {
      raw: true,
    });
    addon.call('buildRollup');
    const groups = table(addon, 'Stakeholder groups');
    addon.call('runHealthCheck');
    const staleRows = addon.emulator
      .readValues('Health check')
      .slice(1)
      .filter((finding) => finding[0] === 'stale-check-in')
      .map((finding) => `${finding[1]}!${String(finding[2]).replace(/^[A-Z]+/, '')}`);
    const strategies = addon.emulator.readValues('Strategies');
    const header = (strategies[0] ?? []).map(String);
    const tactics = addon.emulator.readValues('Tactics').slice(1);
    const expected = new Map<string, number>();
    strategies.slice(1).forEach((row, n) => {
      const id = row[header.indexOf('ID')];
      const items = [
        `Strategies!${n + 2}`,
        ...tactics.flatMap((tactic, t) => (tactic[1] === id ? [`Tactics!${t + 2}`] : [])),
      ];
      const stale = items.filter((key) => staleRows.includes(key)).length;
      for (const group of stakeholderGroupsOf(String(row[header.indexOf('Stakeholders')]))) {
        expected.set(group, (expected.get(group) ?? 0) + stale);
      }
    });
    expect(staleRows.length).toBeGreaterThan(0);
    expect(staleRows).not.toContain('Strategies!3');
    expect(Object.fromEntries(groups.map((row) => [row['Stakeholder group'], row['Stale check-ins']]))).toEqual(
      Object.fromEntries(expected),
    );
  });

  it('lays the alignment tree out indented, with own and roll-up progress worked out by hand', () => {
    const addon = alignedAddon();
    addon.call('buildRollup');
    const tree = table(addon, 'Alignment tree');
    expect(tree.map((row) => [row.ID, row.Strategy, row.Parent])).toEqual([
      ['S1', 'Grow net revenue retention from 100% to 110%', ''],
      ['S2', '└ Increase win rate from 20% to 25%', 'S1'],
      ['S3', '└ Keep the customers we win', 's1'],
      ['S4', '\u2003\u2003└ Cut churn from 8% to 5%', 'S3'],
      ['S5', '\u2003\u2003└ Grow average deal size from 40k to 50k', 'S3'],
      ['S6', '└ Expand into two new segments', 'S1'],
      ['S7', '\u2003\u2003└ Raise partner-sourced pipeline to 30%', 'S6'],
      ['S8', '└ Refresh the sales playbook', 'S1'],
    ]);
    const rollup = Object.fromEntries(tree.map((row) => [row.ID, row['Roll-up progress']]));
    expect(rollup.S1).toBeCloseTo(0.3625, 12);
    expect(rollup.S3).toBeCloseTo(0.55, 12);
    expect(rollup.S6).toBeCloseTo(0.9, 12);
    expect([rollup.S2, rollup.S8]).toEqual(['', '']);
    expect(tree.find((row) => row.ID === 'S4')).toMatchObject({ 'Own progress': 0.5, Weight: 3, Direction: 'Down' });
    expect(addon.emulator.toasts.at(-1)?.message).toBe(
      'Roll-up rebuilt: 5 stakeholder groups, 8 strategies in the alignment tree (1 at the top).',
    );
  });

  it('charts the on-track mix per group as stacked bars over the group table, and guards the sheet with a warning', () => {
    const addon = alignedAddon();
    addon.call('buildRollup');
    addon.call('buildRollup');
    const sheet = addon.emulator.exportWorkbook().sheets.find((s) => s.name === 'Roll-up');
    expect(sheet?.protections).toEqual([expect.objectContaining({ type: 'SHEET', warningOnly: true })]);
    const app = addon.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const charts = app.getActiveSpreadsheet().getSheetByName('Roll-up')?.getCharts() ?? [];
    expect(charts).toHaveLength(1);
    const chart = charts[0] as GoogleAppsScript.Spreadsheet.EmbeddedChart;
    expect(chart.modify().getChartType()).toBe('BAR');
    expect(chart.getOptions().get('isStacked')).toBe(true);
    const data = chart.getRanges()[0]?.getValues() ?? [];
    expect(data[0]).toEqual(['Stakeholder group', 'On track', 'At risk', 'Off track', 'Done', 'Not tracked']);
    expect(data.length).toBe(6);
    // The Not tracked header says why a strategy is counted there.
    const values = addon.emulator.readValues('Roll-up');
    const headerRow = values.findIndex((row) => row[0] === 'Stakeholder group');
    const column = values[headerRow]?.indexOf('Not tracked') ?? -1;
    expect(addon.emulator.readNotes('Roll-up')[headerRow]?.[column]).toMatch(/^On track compares progress/);
  });

  it('makes the same service calls for a register ten times the size, with no read after its first write', () => {
    const small = alignedAddon();
    small.call('buildRollup');
    small.emulator.calls.reset();
    small.call('buildRollup');
    const many = Array.from({ length: 10 }, (_, copy) =>
      ALIGNED_STRATEGIES.map((s) => ({
        ...s,
        ID: `${s.ID}-${copy}`,
        ...('Parent' in s ? { Parent: `${String(s.Parent).toUpperCase()}-${copy}` } : {}),
      })),
    ).flat();
    const large = addonWithRegister(many, ALIGNED_TACTICS);
    large.call('buildRollup');
    large.emulator.calls.reset();
    large.call('buildRollup');
    expect(large.emulator.calls.byMethod()).toEqual(small.emulator.calls.byMethod());
    expect(small.emulator.calls.readsAfterWrite).toBe(0);
  });

  it('keeps text that looks like a formula as text, and changes no register cell', () => {
    const addon = addonWithRegister(
      [{ ID: 'S1', Strategy: '=IMPORTXML("http://x","//a")', Stakeholders: '+SUM(A1)', Parent: '@S9' }],
      [],
    );
    const before = addon.emulator.readValues('Strategies');
    addon.call('buildRollup');
    expect(
      addon.emulator
        .readFormulas('Roll-up')
        .flat()
        .filter((f) => f !== ''),
    ).toEqual([]);
    expect(table(addon, 'Alignment tree')[0]).toMatchObject({
      Strategy: '=IMPORTXML("http://x","//a")',
      Parent: '@S9',
    });
    expect(table(addon, 'Stakeholder groups')[0]).toMatchObject({ 'Stakeholder group': '+SUM(A1)' });
    expect(addon.emulator.readValues('Strategies')).toEqual(before);
  });

  it('reports a cycle of Parents in the health check, builds the rest of the roll-up, and lets a snapshot through', () => {
    // S3 and S6 now support each other; S4, S5 and S7 hang beneath the cycle.
    const cycled = ALIGNED_STRATEGIES.map((s) =>
      s.ID === 'S3' ? { ...s, Parent: 'S6' } : s.ID === 'S6' ? { ...s, Parent: 'S3' } : s,
    );
    const addon = addonWithRegister(cycled, ALIGNED_TACTICS);
    addon.call('buildRollup');
    const tree = table(addon, 'Alignment tree');
    expect(tree.map((row) => row.ID)).toEqual(['S1', 'S2', 'S8', 'S3', 'S4', 'S5', 'S6', 'S7']);
    const rollup = Object.fromEntries(tree.map((row) => [row.ID, row['Roll-up progress']]));
    // S1 counts S2 alone (2 × 0.4 ÷ 2); S3 and S6 are on the cycle and have none.
    expect(rollup.S1).toBeCloseTo(0.4, 12);
    expect([rollup.S3, rollup.S6]).toEqual(['No roll-up', 'No roll-up']);
    expect(addon.emulator.toasts.at(-1)?.message).toContain('2 Parents name no strategy or close a cycle');

    addon.call('runHealthCheck');
    const badParents = addon.emulator
      .readValues('Health check')
      .filter((finding) => finding[0] === 'bad-parent')
      .map((finding) => finding.slice(2, 5));
    expect(badParents).toEqual([
      [
        'Q4',
        'S3',
        'Strategy S3 has a Parent that closes a cycle (S3 → S6 → S3): each supports the next, so none of them has a roll-up; change the Parent of one of them.',
      ],
      [
        'Q7',
        'S6',
        'Strategy S6 has a Parent that closes a cycle (S6 → S3 → S6): each supports the next, so none of them has a roll-up; change the Parent of one of them.',
      ],
    ]);
    expect(addon.call('takeSnapshotNow', '2026-Q3', false)).toMatchObject({ ok: true });
  });

  it('tells the user to set up the register when a register sheet is missing, and writes nothing', () => {
    const addon = alignedAddon();
    addon.emulator.spreadsheet.deleteSheet(addon.emulator.spreadsheet.getSheetByName('Tactics') as never);
    addon.call('buildRollup');
    expect(addon.emulator.ui.dialogs.at(-1)?.message).toBe(
      'There is no "Tactics" sheet. Run Extensions → Strategy Register → Set up register to create it.',
    );
    expect(addon.emulator.spreadsheet.getSheetByName('Roll-up')).toBeNull();
  });
});
