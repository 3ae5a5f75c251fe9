import type { LoadedAddon } from '../../local/appsScriptRuntime';
import type { RegisterView, StrategyReview } from '../../src/server/api/wireTypes';
import { addonWithRegister, MORE_PROSPECTS, WIN_RATE } from '../bundle/fixtures/register';
import { tallyFor } from './figures';
import { sweepFaults } from './sweep';

const tally = tallyFor('formulaCells');

const CHURN = {
  ...WIN_RATE,
  ID: 'S2',
  Strategy: 'Cut churn from 8% to 5%',
  Baseline: 0.08,
  Target: 0.05,
  Current: 0.07,
};
const DEAL_SIZE = { ...WIN_RATE, ID: 'S3', Strategy: 'Grow deal size from 30k to 40k', Baseline: 30, Target: 40 };

/**
 * Three strategies; the middle one's Target and Learning are formulas a user typed. With
 * `notesColumn`, a user column sits between Current and Stakeholders.
 */
function registerWithFormulas(notesColumn = false): LoadedAddon {
  const addon = addonWithRegister([WIN_RATE, CHURN, DEAL_SIZE], [MORE_PROSPECTS]);
  const shift = (column: number) => (notesColumn && column > 7 ? column + 1 : column);
  if (notesColumn) {
    const grid = addon.emulator.readValues('Strategies');
    const widened = grid.map((row, r) => [...row.slice(0, 7), r === 0 ? 'Notes' : `note ${r}`, ...row.slice(7)]);
    addon.emulator.seedSheet('Strategies', widened, { raw: true });
  }
  addon.emulator.seedSheet('Strategies', [['=0.04+0.01']], { row: 3, column: shift(6) });
  addon.emulator.seedSheet('Strategies', [['=CONCATENATE("Learned: ", B3)']], { row: 3, column: shift(14) });
  addon.emulator.calls.reset();
  return addon;
}

const formulasOfRow3 = (addon: LoadedAddon) => {
  const row = addon.emulator.readFormulas('Strategies')[2] ?? [];
  return [row[5], row[13]];
};

describe('formulas a user keeps in register cells', () => {
  it('survive a review of the rows above and below them', () => {
    const addon = registerWithFormulas();
    const reviews: StrategyReview[] = [
      {
        strategyId: 'S1',
        learning: 'a',
        decision: 'adjust',
        changes: { confidence: '6' },
        newTarget: '0.3',
        tactics: {},
      },
      {
        strategyId: 'S3',
        learning: 'b',
        decision: 'adjust',
        changes: { confidence: '6' },
        newTarget: '45',
        tactics: {},
      },
    ];
    expect(addon.call('applyReview', reviews)).toMatchObject({ ok: true });
    expect(formulasOfRow3(addon)).toEqual(['=0.04+0.01', '=CONCATENATE("Learned: ", B3)']);
    tally.figures.cases += 1;
  });

  it('survive IDs being assigned to the rows above and below them', () => {
    const addon = registerWithFormulas();
    addon.emulator.seedSheet('Strategies', [['']], { row: 2, column: 1, raw: true });
    // The middle row's ID is a formula the health check reads by its value and leaves as it is.
    addon.emulator.seedSheet('Strategies', [['=10+2']], { row: 3, column: 1 });
    addon.emulator.seedSheet('Strategies', [['']], { row: 4, column: 1, raw: true });
    addon.call('runHealthCheck');
    expect(addon.emulator.readFormulas('Strategies')[2]?.[0]).toBe('=10+2');
    tally.figures.cases += 1;
  });

  it('are put back when saving their row from the sidebar fails part-way', () => {
    // A user column in the middle splits the row's write in two, so a failure can come after the first part.
    const addon = registerWithFormulas(true);
    const loaded = (addon.call('getRegister') as RegisterView).strategies[1];
    const saved = addon.emulator.exportWorkbook();
    const before = addon.emulator.cellsSnapshot();
    const save = () =>
      addon.call('saveStrategy', {
        row: loaded?.row,
        version: loaded?.version,
        statement: 'Cut churn from 8% to 4%',
        metric: 'Churn',
        unit: '%',
        baseline: '8%',
        target: '4%',
        current: '7%',
        stakeholders: 'Customer success',
        start: '2026-07-01',
        due: '2027-06-30',
        status: 'active',
        confidence: '5',
      });
    const faults = sweepFaults(addon, saved, save, (run) => {
      if (run.outcome.threw) expect(addon.emulator.cellsSnapshot()).toEqual(before);
    });
    tally.figures.faults += faults;
    expect(faults).toBeGreaterThan(3);
  });
});
