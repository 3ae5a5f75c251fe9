/**
 * What the import promises whatever the plan: the source is never changed, the register
 * is appended to and never overwritten, a second import adds only what is new, text stays
 * text, and sheets of the add-on are refused.
 */
import { loadAddon } from '../../local/appsScriptRuntime';
import { Button } from '../../local/emulator';
import { CHECK_IN_HEADERS } from '../../src/domain/checkins/checkInSchema';
import { STRATEGY_HEADERS, TACTIC_HEADERS } from '../../src/domain/register/schema';
import type { ImportView } from '../../src/server/api/importTypes';
import type { OperationResult } from '../../src/server/api/wireTypes';
import {
  HEALTH_SCAN_ONE_CELL,
  KPI_REPORT,
  OKR_SHEET,
  OKR_UPLOAD,
  type SourceLayout,
} from '../fixtures/import/sourceLayouts';
import { addonWithPlan, dialogsSince, importFromMenu, rowsOf, seedLayout } from './fixtures/importScenario';
import { addonWithRegister, MORE_PROSPECTS, WIN_RATE } from './fixtures/register';

const SMALL_PLAN: SourceLayout = {
  name: 'a small plan',
  source: 'written for these tests',
  sheet: 'Q3 plan',
  seed: 'typed',
  rows: [
    ['Strategy', 'Tactic', 'Owner', 'Due'],
    ['Cut churn from 8% to 5%', 'Call every at-risk account', 'CS team', '2026-09-30'],
    ['Cut churn from 8% to 5%', 'Renewal desk for small accounts', 'CS Ops', '2026-12-31'],
    ['Grow deal size', 'Price review', 'Sales Ops', ''],
  ],
};

describe('what the import leaves alone', () => {
  it('never changes the source sheet', () => {
    const addon = addonWithPlan(OKR_SHEET);
    const before = addon.emulator.cellsSnapshot()[OKR_SHEET.sheet];
    importFromMenu(addon);
    expect(addon.emulator.cellsSnapshot()[OKR_SHEET.sheet]).toEqual(before);
  });

  it('appends to a register, numbering after its IDs, and changes none of its cells', () => {
    const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
    const strategiesBefore = addon.emulator.readValues('Strategies');
    const tacticsBefore = addon.emulator.readValues('Tactics');
    seedLayout(addon, SMALL_PLAN);
    importFromMenu(addon);
    const strategies = addon.emulator.readValues('Strategies');
    expect(strategies.slice(0, strategiesBefore.length)).toEqual(strategiesBefore);
    expect(addon.emulator.readValues('Tactics').slice(0, tacticsBefore.length)).toEqual(tacticsBefore);
    expect(rowsOf(addon, 'Strategies', ['ID', 'Strategy', 'Source'])).toEqual([
      { ID: 'S1', Strategy: WIN_RATE.Strategy, Source: '' },
      { ID: 'S2', Strategy: 'Cut churn from 8% to 5%', Source: 'Q3 plan!2' },
      { ID: 'S3', Strategy: 'Grow deal size', Source: 'Q3 plan!4' },
    ]);
    expect(rowsOf(addon, 'Tactics', ['ID', 'Strategy ID', 'Tactic', 'Owner', 'Due', 'Source'])).toEqual([
      { ID: 'T1', 'Strategy ID': 'S1', Tactic: MORE_PROSPECTS.Tactic, Owner: 'Jane Smith', Due: '', Source: '' },
      {
        ID: 'T2',
        'Strategy ID': 'S2',
        Tactic: 'Call every at-risk account',
        Owner: 'CS team',
        Due: '2026-09-30',
        Source: 'Q3 plan!2',
      },
      {
        ID: 'T3',
        'Strategy ID': 'S2',
        Tactic: 'Renewal desk for small accounts',
        Owner: 'CS Ops',
        Due: '2026-12-31',
        Source: 'Q3 plan!3',
      },
      { ID: 'T4', 'Strategy ID': 'S3', Tactic: 'Price review', Owner: 'Sales Ops', Due: '', Source: 'Q3 plan!4' },
    ]);
  });

  it('writes each value under its header in a register of its own column order, beside a column of the team’s own', () => {
    const addon = loadAddon({ timeZone: 'America/Los_Angeles' });
    const reorder = (headers: readonly string[]) => ['Our notes', ...[...headers].reverse()];
    const strategyHeaders = reorder(STRATEGY_HEADERS);
    const tacticHeaders = reorder(TACTIC_HEADERS);
    addon.emulator.seedSheet(
      'Strategies',
      [
        strategyHeaders,
        strategyHeaders.map((h) =>
          h === 'ID' ? 'S7' : h === 'Strategy' ? 'Keep me' : h === 'Our notes' ? 'mine' : '',
        ),
      ],
      { raw: true },
    );
    addon.emulator.seedSheet('Tactics', [tacticHeaders], { raw: true });
    seedLayout(addon, SMALL_PLAN);
    importFromMenu(addon);
    expect(rowsOf(addon, 'Strategies', ['ID', 'Strategy', 'Our notes', 'Status', 'Source'])).toEqual([
      { ID: 'S7', Strategy: 'Keep me', 'Our notes': 'mine', Status: '', Source: '' },
      { ID: 'S8', Strategy: 'Cut churn from 8% to 5%', 'Our notes': '', Status: 'Active', Source: 'Q3 plan!2' },
      { ID: 'S9', Strategy: 'Grow deal size', 'Our notes': '', Status: 'Active', Source: 'Q3 plan!4' },
    ]);
    const tactics = addon.emulator.readValues('Tactics');
    const column = (name: string) => tacticHeaders.indexOf(name);
    expect(
      tactics
        .slice(1)
        .map((row) => [
          row[column('Strategy ID')],
          row[column('Tactic')],
          row[column('Owner')],
          row[column('Our notes')],
        ]),
    ).toEqual([
      ['S8', 'Call every at-risk account', 'CS team', ''],
      ['S8', 'Renewal desk for small accounts', 'CS Ops', ''],
      ['S9', 'Price review', 'Sales Ops', ''],
    ]);
    // 2026-09-30 typed as text is that day in the spreadsheet's zone, not in UTC.
    const due = tactics[1]?.[column('Due')] as Date;
    expect(due.toISOString()).toBe('2026-09-30T07:00:00.000Z');
  });

  it('adds the Source column at the right of a register set up before it existed', () => {
    const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
    const sheets = addon.emulator.spreadsheet;
    for (const name of ['Strategies', 'Tactics']) {
      const sheet = sheets.getSheetByName(name);
      sheet?.deleteColumn((sheet.getRange(1, 1, 1, sheet.getLastColumn()).getValues()[0] ?? []).indexOf('Source') + 1);
    }
    seedLayout(addon, SMALL_PLAN);
    importFromMenu(addon);
    expect(addon.emulator.readValues('Strategies')[0]?.at(-1)).toBe('Source');
    expect(addon.emulator.readValues('Tactics')[0]?.at(-1)).toBe('Source');
    expect(rowsOf(addon, 'Tactics', ['ID', 'Source']).map((row) => row.Source)).toEqual([
      '',
      'Q3 plan!2',
      'Q3 plan!3',
      'Q3 plan!4',
    ]);
  });

  it('sets the register up first when its sheets are missing, the Progress formula kept above the new rows', () => {
    const addon = addonWithPlan(SMALL_PLAN);
    importFromMenu(addon);
    const formulas = addon.emulator.readFormulas('Strategies');
    const progress = (addon.emulator.readValues('Strategies')[0] ?? []).indexOf('Progress');
    expect(formulas[1]?.[progress]).toBe('=STRATEGY_PROGRESS(E2:E, F2:F, G2:G)');
    expect(rowsOf(addon, 'Strategies', ['ID', 'Strategy'])[0]).toEqual({
      ID: 'S1',
      Strategy: 'Cut churn from 8% to 5%',
    });
    expect(addon.emulator.readValues('Strategies')[1]?.[1]).toBe('Cut churn from 8% to 5%');
  });
});

describe('the health check an import leaves', () => {
  it('says what Run health check says, check-ins included', () => {
    const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
    addon.emulator.seedSheet(
      'Check-ins',
      [[...CHECK_IN_HEADERS], [new Date('2026-01-05T00:00:00Z'), 'S1', 0.21, 6, '', '']],
      {
        raw: true,
      },
    );
    seedLayout(addon, SMALL_PLAN);
    importFromMenu(addon);
    const afterImport = addon.emulator.readValues('Health check').filter((row) => row[0] !== 'not-imported');
    expect(afterImport.some((row) => row[0] === 'stale-check-in')).toBe(true);
    addon.call('runHealthCheck');
    expect(afterImport).toEqual(addon.emulator.readValues('Health check'));
  });
});

describe('importing the same sheet again', () => {
  it('adds nothing and says so', () => {
    const addon = addonWithPlan(OKR_SHEET);
    importFromMenu(addon);
    expect(addon.emulator.spreadsheet.getActiveSheet().getName()).toBe('Strategies');
    const after = addon.emulator.cellsSnapshot();
    const dialogs = addon.emulator.ui.dialogs.length;
    addon.emulator.spreadsheet.getSheetByName('Q3 OKRs')?.activate();
    importFromMenu(addon);
    expect(dialogsSince(addon, dialogs)).toEqual([
      "Nothing new to import from 'Q3 OKRs': its 3 strategies and 4 tactics were imported before.",
    ]);
    const again = addon.emulator.cellsSnapshot();
    expect({ Strategies: again.Strategies, Tactics: again.Tactics }).toEqual({
      Strategies: after.Strategies,
      Tactics: after.Tactics,
    });
  });

  it('adds only the rows typed into the sheet since, even above the ones imported before', () => {
    const addon = addonWithPlan(SMALL_PLAN);
    importFromMenu(addon);
    const sheet = addon.emulator.spreadsheet.getSheetByName('Q3 plan');
    sheet?.insertRowsAfter(1, 1);
    sheet?.getRange(2, 1, 1, 3).setValues([['Grow deal size', 'Bundle onboarding into enterprise deals', 'Sales']]);
    sheet?.getRange(6, 1, 1, 3).setValues([['Win back lost logos', 'Call last year’s lost deals', 'SDRs']]);
    sheet?.activate();
    importFromMenu(addon);
    expect(dialogsSince(addon).at(-1)?.split('\n')[0]).toBe("Import 1 strategy and 2 tactics from 'Q3 plan'?");
    expect(rowsOf(addon, 'Strategies', ['ID', 'Strategy', 'Source'])).toEqual([
      { ID: 'S1', Strategy: 'Cut churn from 8% to 5%', Source: 'Q3 plan!2' },
      { ID: 'S2', Strategy: 'Grow deal size', Source: 'Q3 plan!4' },
      { ID: 'S3', Strategy: 'Win back lost logos', Source: 'Q3 plan!6' },
    ]);
    expect(rowsOf(addon, 'Tactics', ['ID', 'Strategy ID', 'Tactic']).slice(3)).toEqual([
      // A new tactic of a strategy imported before joins it under its ID.
      { ID: 'T4', 'Strategy ID': 'S2', Tactic: 'Bundle onboarding into enterprise deals' },
      { ID: 'T5', 'Strategy ID': 'S3', Tactic: 'Call last year’s lost deals' },
    ]);
  });
});

describe('what the import refuses', () => {
  it.each(['Strategies', 'Tactics', 'Snapshot History', 'Health check', 'QoQ Variance'])(
    'refuses to import from %s with a sentence, changing nothing',
    (name) => {
      const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
      addon.emulator.seedSheet(
        name,
        [
          ['Strategy', 'Tactic'],
          ['x', 'y'],
        ],
        { raw: true },
      );
      addon.emulator.spreadsheet.getSheetByName(name)?.activate();
      const before = addon.emulator.cellsSnapshot();
      importFromMenu(addon);
      const told = dialogsSince(addon);
      expect(told).toHaveLength(1);
      expect(told[0]).toMatch(
        new RegExp(
          `^'${name}' is (a sheet of the register itself|made by the add-on and rebuilt on demand), not a plan to import: open the tab that holds your plan and run Import a plan from this sheet… there\\.$`,
        ),
      );
      expect(addon.emulator.cellsSnapshot()).toEqual(before);
    },
  );

  it('asks to split a header row pasted into one cell, and offers no editor it could not use', () => {
    const addon = addonWithPlan(HEALTH_SCAN_ONE_CELL);
    importFromMenu(addon);
    expect(addon.emulator.ui.dialogs.map((dialog) => [dialog.buttons, dialog.message])).toEqual([
      [
        'OK',
        'Row 1 of \'OKR paste\' holds all its headers in one cell ("OKR_ID,Objective,Owner,Status,Last_Updat…"): split it into columns with Data → Split text to columns, then run the import again.',
      ],
    ]);
    expect(addon.emulator.spreadsheet.getSheetByName('Strategies')).toBeNull();
  });

  it('offers the mapping editor when no column reads as strategies or tactics', () => {
    const addon = addonWithPlan(KPI_REPORT);
    importFromMenu(addon, Button.YES);
    expect(dialogsSince(addon)).toEqual([
      'No column of \'KPI report\' holds strategies or tactics (it has only "KPI Name", "Current Value", "Target Value", "Unit", "Status"). Head the column of strategies Strategy or Objective and the column of tactics Tactic or Initiative, or choose them in the mapping editor.\n\nOpen the mapping editor to choose the header row and the columns yourself?',
    ]);
    const sidebar = addon.emulator.ui.sidebars.at(-1)?.html ?? '';
    expect(sidebar).toContain('<meta name="initial-view" content="import">');
    expect(sidebar).toContain('<meta name="import-sheet" content="KPI report">');
  });

  it('refuses with the missing-column sentence when the register lacks a column the plan fills, writing nothing', () => {
    const addon = addonWithRegister([WIN_RATE], [MORE_PROSPECTS]);
    const tactics = addon.emulator.spreadsheet.getSheetByName('Tactics');
    tactics?.getRange(1, 5).setValue('');
    seedLayout(addon, SMALL_PLAN);
    const before = addon.emulator.cellsSnapshot();
    importFromMenu(addon);
    expect(dialogsSince(addon).at(-1)).toBe(
      'Tactics has no "Owner" column; column E has no header and holds text: was it Owner? If so, type Owner in E1.',
    );
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
  });
});

describe('the question before the import', () => {
  it('opens the mapping editor on No, on the sheet it read, its name as text', () => {
    const addon = loadAddon();
    seedLayout(addon, { ...SMALL_PLAN, sheet: '"Q3" <b>plan</b> & co' });
    importFromMenu(addon, Button.NO);
    const html = addon.emulator.ui.sidebars.at(-1)?.html ?? '';
    expect(html).toContain('<meta name="import-sheet" content="&#34;Q3&#34; &#60;b&#62;plan&#60;/b&#62; &#38; co">');
    expect(addon.emulator.spreadsheet.getSheetByName('Strategies')).toBeNull();
  });

  it('changes nothing on Cancel', () => {
    const addon = addonWithPlan(SMALL_PLAN);
    const before = addon.emulator.cellsSnapshot();
    importFromMenu(addon, Button.CANCEL);
    expect(addon.emulator.cellsSnapshot()).toEqual(before);
    expect(addon.emulator.toasts.at(-1)?.message).toBe('Import cancelled; nothing was changed.');
  });
});

describe('where the plan ends', () => {
  it('reads the groups a blank row spaces out, and names a second table instead of reading it', () => {
    const addon = addonWithPlan({
      ...SMALL_PLAN,
      rows: [
        ...SMALL_PLAN.rows,
        ['', '', '', ''],
        ['Launch the partner channel', 'Sign five resellers', 'Partner team', '2026-12-31'],
        ['', '', '', ''],
        ['Parking lot', '', '', ''],
        ['Strategy', 'Owner', '', ''],
        ['Enter a new region', 'Ana', '', ''],
      ],
    });
    const from = dialogsSince(addon).length;
    importFromMenu(addon);
    const [question] = dialogsSince(addon, from);
    expect(question).toContain('Import 3 strategies and 4 tactics');
    expect(question).toContain(
      "Another table starts at row 8 of 'Q3 plan' (headers in row 9): it and the rows below it are not imported. To import that table, choose row 9 as the header row in the mapping editor.",
    );
    expect(rowsOf(addon, 'Strategies', ['Strategy']).map((row) => row.Strategy)).toEqual([
      'Cut churn from 8% to 5%',
      'Grow deal size',
      'Launch the partner channel',
    ]);
  });
});

describe('values as Sheets holds them', () => {
  it('shows a metric typed in percent as a percentage, its unit %', () => {
    const addon = addonWithPlan({
      ...SMALL_PLAN,
      rows: [
        ['Strategy', 'Baseline', 'Target', 'Current', 'Tactic'],
        ['Cut churn', '8%', '5%', '7.25%', 'Call every at-risk account'],
        ['Grow pipeline', '1,000', '1,250', '1,100', 'Weekly pipeline review'],
      ],
    });
    importFromMenu(addon);
    const columns = ['Strategy', 'Unit', 'Baseline', 'Target', 'Current'].map((header) =>
      STRATEGY_HEADERS.indexOf(header as (typeof STRATEGY_HEADERS)[number]),
    );
    const shown = addon.emulator
      .readDisplayValues('Strategies')
      .slice(1, 3)
      .map((row) => columns.map((column) => row[column]));
    expect(shown).toEqual([
      ['Cut churn', '%', '8.0%', '5.0%', '7.25%'],
      ['Grow pipeline', '', '1000', '1250', '1100'],
    ]);
    expect(rowsOf(addon, 'Strategies', ['Baseline', 'Target', 'Current'])[0]).toEqual({
      Baseline: 0.08,
      Target: 0.05,
      Current: 0.0725,
    });
  });

  it('keeps text that looks like a formula as text', () => {
    const hostile = ['=1+1', "+cmd|' /C calc'!A0", '-2+3+cmd', '@SUM(1+1)', '=HYPERLINK("http://example.com","x")'];
    const addon = addonWithPlan({
      ...SMALL_PLAN,
      seed: 'text',
      rows: [['Strategy', 'Tactic', 'Owner'], ...hostile.map((text) => [text, `${text} tactic`, text])],
    });
    importFromMenu(addon);
    expect(rowsOf(addon, 'Strategies', ['Strategy']).map((row) => row.Strategy)).toEqual(hostile);
    expect(rowsOf(addon, 'Tactics', ['Owner']).map((row) => row.Owner)).toEqual(hostile);
    const formulas = [...addon.emulator.readFormulas('Strategies'), ...addon.emulator.readFormulas('Tactics')]
      .flat()
      .filter((formula) => formula !== '' && !formula.startsWith('=STRATEGY_PROGRESS('));
    expect(formulas).toEqual([]);
  });

  it('imports a CSV opened with its numbers and dates left as text the same as one Sheets converted', () => {
    const typed = addonWithPlan(OKR_UPLOAD);
    importFromMenu(typed);
    const asText = addonWithPlan({ ...OKR_UPLOAD, seed: 'text' });
    importFromMenu(asText);
    const strategyColumns = ['ID', 'Strategy', 'Stakeholders', 'Start', 'Due', 'Status', 'Learning', 'Source'];
    expect(rowsOf(asText, 'Strategies', strategyColumns)).toEqual(rowsOf(typed, 'Strategies', strategyColumns));
    const tacticColumns = ['ID', 'Strategy ID', 'Tactic', 'Owner', 'Start', 'Due', 'Source'];
    expect(rowsOf(asText, 'Tactics', tacticColumns)).toEqual(rowsOf(typed, 'Tactics', tacticColumns));
  });

  it('reads a day written as text as that day in the spreadsheet’s time zone', () => {
    const addon = loadAddon({ timeZone: 'Pacific/Auckland' });
    seedLayout(addon, { ...SMALL_PLAN, seed: 'text' });
    importFromMenu(addon);
    const due = addon.emulator.readDisplayValues('Tactics').map((row) => row[10]);
    expect(due.slice(1, 3)).toEqual(['2026-09-30', '2026-12-31']);
  });
});

describe('the mapping editor’s calls', () => {
  it('previews a corrected mapping and imports with it', () => {
    const addon = addonWithPlan(KPI_REPORT);
    const found = addon.call('importPreview', 'KPI report', null) as ImportView;
    expect(found.refusal).toMatch(/^No column of 'KPI report' holds strategies or tactics/);
    expect(found.headerRow).toBe(9);
    expect(found.columns.map((column) => [column.letter, column.header, column.field])).toEqual([
      ['A', 'KPI Name', 'metric'],
      ['B', 'Current Value', 'current'],
      ['C', 'Target Value', 'target'],
      ['D', 'Unit', 'unit'],
      ['E', 'Status', 'status'],
    ]);
    const chosen = { headerRow: 9, columns: ['strategy', 'current', 'target', 'unit', 'status'] };
    const preview = addon.call('importPreview', 'KPI report', chosen) as ImportView;
    expect(preview.summary).toBe("3 strategies from 'KPI report'");
    expect(preview.preview.map((item) => [item.id, item.statement, item.cells])).toEqual([
      [
        'S1',
        'Net revenue retention',
        [
          ['Unit', '%'],
          ['Target', '112'],
          ['Current', '108'],
          ['Status', 'Active'],
        ],
      ],
      [
        'S2',
        'Gross churn',
        [
          ['Unit', '%'],
          ['Target', '6'],
          ['Current', '7'],
          ['Status', 'Active'],
        ],
      ],
      [
        'S3',
        'Forecast accuracy',
        [
          ['Unit', '%'],
          ['Target', '90'],
          ['Current', '91'],
          ['Status', 'Active'],
        ],
      ],
    ]);
    const result = addon.call('importPlanNow', 'KPI report', chosen) as OperationResult;
    expect(result.ok).toBe(true);
    expect(rowsOf(addon, 'Strategies', ['ID', 'Strategy', 'Target', 'Source'])).toEqual([
      { ID: 'S1', Strategy: 'Net revenue retention', Target: 112, Source: 'KPI report!10' },
      { ID: 'S2', Strategy: 'Gross churn', Target: 6, Source: 'KPI report!11' },
      { ID: 'S3', Strategy: 'Forecast accuracy', Target: 90, Source: 'KPI report!12' },
    ]);
  });

  it('refuses a mapping that reads one field from two columns, naming the column', () => {
    const addon = addonWithPlan(KPI_REPORT);
    const chosen = { headerRow: 9, columns: ['strategy', 'target', 'target', null, null] };
    const preview = addon.call('importPreview', 'KPI report', chosen) as ImportView;
    expect(preview.refusal).toBe('Target is already read from column B; choose another field for column C, or Ignore.');
    expect(addon.call('importPlanNow', 'KPI report', chosen)).toEqual({
      ok: false,
      message: 'Target is already read from column B; choose another field for column C, or Ignore.',
      code: 'bad-value',
    });
    expect(addon.emulator.spreadsheet.getSheetByName('Strategies')).toBeNull();
  });
});
