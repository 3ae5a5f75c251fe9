/**
 * Text a user typed stays text in every sheet the add-on writes, whichever way Sheets reads
 * a string written into a plain-text (`@`) cell or after an apostrophe: those readings are
 * assumed, not documented, so the add-on is run under each of them (the emulator's input
 * rules) and no written text may become a formula under any.
 */
import { loadAddon } from '../../local/appsScriptRuntime';
import { ASSUMED_INPUT_RULES, type CellInputRules } from '../../local/emulator';
import { STRATEGY_HEADERS, TACTIC_HEADERS } from '../../src/domain/register/schema';
import type { RegisterView, StrategyReview } from '../../src/server/api/wireTypes';
import { day, strategyRow, tacticRow, today } from './fixtures/register';
import { snapshotAs } from './fixtures/snapshotScenario';

const FORMULA_LIKE = ['=1+1', '+1+1', '-A1', '@SUM(A1)', "'=1+1", '=IMPORTXML("http://x","//a")'];

const READINGS: CellInputRules[] = (['as-given', 'as-typed'] as const).flatMap((plainTextCell) =>
  (['kept', 'dropped'] as const).flatMap((apostropheInPlainText) =>
    (['marks-text', 'kept'] as const).map((apostropheElsewhere) => ({
      plainTextCell,
      apostropheInPlainText,
      apostropheElsewhere,
    })),
  ),
);

/** The add-on's own formulas: the Progress column and the variance's trend sparklines. */
const ADDON_FORMULA = /^=(STRATEGY_PROGRESS|SPARKLINE)\(/;

/** A register whose text cells hold formula-like text, its Strategy and Learning columns formatted `@` by the user. */
function hostileAddon(inputRules: CellInputRules, text: string) {
  const addon = loadAddon({ inputRules });
  const reviewed = today();
  const strategy = {
    ID: 'S1',
    Strategy: text,
    Metric: text,
    Unit: text,
    Baseline: 0.2,
    Target: 0.25,
    Current: 0.21,
    Stakeholders: text,
    Start: day('2026-04-01'),
    Due: day('2027-03-31'),
    Status: 'Active',
    Confidence: 7,
    'Last reviewed': reviewed,
    Learning: text,
  };
  const tactic = { ID: 'T1', 'Strategy ID': 'S1', Tactic: text, Owner: text, Status: 'In progress', Actual: 1 };
  addon.emulator.seedSheet('Strategies', [[...STRATEGY_HEADERS], strategyRow(strategy)], { raw: true });
  addon.emulator.seedSheet('Tactics', [[...TACTIC_HEADERS], tacticRow({ ...tactic, 'Last reviewed': reviewed })], {
    raw: true,
  });
  const strategies = addon.emulator.spreadsheet.getSheetByName('Strategies');
  for (const header of ['Strategy', 'Learning']) {
    strategies?.getRange(2, STRATEGY_HEADERS.indexOf(header as never) + 1, 10, 1).setNumberFormat('@');
  }
  return addon;
}

/** Every user path that writes text: set-up, sidebar saves, the review, the health check, two snapshots, the roll-up. */
function writeEverywhere(addon: ReturnType<typeof loadAddon>, text: string): void {
  addon.call('setUpRegister');
  const view = addon.call('getRegister') as RegisterView;
  const row = view.strategies[0]?.row;
  expect(
    addon.call('saveStrategy', { row, version: view.strategies[0]?.version, changes: { metric: `${text}!` } }),
  ).toMatchObject({ ok: true });
  expect(
    addon.call('saveStrategy', { changes: { statement: text, stakeholders: text, status: 'Active' } }),
  ).toMatchObject({ ok: true });
  expect(
    addon.call('saveTactic', { changes: { strategyId: 'S1', statement: text, owner: text, status: 'Planned' } }),
  ).toMatchObject({ ok: true });
  const review: StrategyReview[] = [{ strategyId: 'S1', learning: text, decision: 'keep', changes: {}, tactics: {} }];
  expect(addon.call('applyReview', review)).toMatchObject({ ok: true });
  addon.call('runHealthCheck');
  snapshotAs(addon, '2026-Q2');
  addon.emulator.seedSheet('Tactics', [[99]], { row: 2, column: TACTIC_HEADERS.indexOf('Actual') + 1 });
  snapshotAs(addon, '2026-Q3');
  addon.call('buildRollup');
}

function formulasWritten(addon: ReturnType<typeof loadAddon>): string[] {
  return addon.emulator.spreadsheet.sheets.flatMap((sheet) =>
    addon.emulator
      .readFormulas(sheet.name)
      .flat()
      .filter((formula) => formula !== '' && !ADDON_FORMULA.test(formula))
      .map((formula) => `${sheet.name}: ${formula}`),
  );
}

describe.each(READINGS)('with Sheets reading input as %j', (rules) => {
  it.each(FORMULA_LIKE)('never turns %s into a formula in any sheet', (text) => {
    const addon = hostileAddon(rules, text);
    writeEverywhere(addon, text);
    expect(formulasWritten(addon)).toEqual([]);
    if (rules.apostropheElsewhere !== 'marks-text') return;
    // Where an apostrophe marks text, every sheet holds the text exactly as typed.
    const history = addon.emulator.readValues('Snapshot History');
    const header = history[0] ?? [];
    const statements = history.slice(1).map((cells) => cells[header.indexOf('Statement')]);
    expect(statements.every((statement) => statement === text)).toBe(true);
    const strategies = addon.emulator.readValues('Strategies');
    expect(strategies[2]?.[STRATEGY_HEADERS.indexOf('Strategy')]).toBe(text);
    expect(strategies[1]?.[STRATEGY_HEADERS.indexOf('Learning')]).toBe(text);
    expect(strategies[1]?.[STRATEGY_HEADERS.indexOf('Metric')]).toBe(`${text}!`);
    expect(addon.emulator.readValues('QoQ Variance').flat()).toContain(text);
    expect(addon.emulator.readValues('Roll-up').flat()).toContain(text);
  });
});

it('runs the assumed reading among the others', () => {
  expect(READINGS).toContainEqual(ASSUMED_INPUT_RULES);
});
