import { DEVELOPMENT_OWNERS, DEVELOPMENT_STATEMENTS, HELD_OUT_OWNERS, HELD_OUT_STATEMENTS } from '../../fixtures/lint';
import { figuresTable, ownerFigures, statementFigures } from './lintCorpusFigures';

/**
 * The reading rules measured on the labelled corpus of public plans. The whole corpus must
 * meet the targets; each part must hold the floors committed below (a little under what
 * it measured, so a change that loses ground fails). `LINT_FIGURES=1` prints the figures.
 */

interface Floors {
  readonly soundFlaggedAtMost: number;
  readonly bareFlaggedAtLeast: number;
  readonly numberedFlaggedAtLeast: number;
  readonly precisionAtLeast: number;
  readonly recallAtLeast: number;
}

const TARGETS: Floors = {
  soundFlaggedAtMost: 0.05,
  bareFlaggedAtLeast: 0.95,
  numberedFlaggedAtLeast: 0.7,
  precisionAtLeast: 0.9,
  recallAtLeast: 0.8,
};

const parts = [
  [
    'the whole corpus',
    [...DEVELOPMENT_STATEMENTS, ...HELD_OUT_STATEMENTS],
    [...DEVELOPMENT_OWNERS, ...HELD_OUT_OWNERS],
    TARGETS,
  ],
  [
    'the development part',
    DEVELOPMENT_STATEMENTS,
    DEVELOPMENT_OWNERS,
    // Lone first names ("Dana", "Brian") are not read as people: nothing tells them from a one-word team name.
    { ...TARGETS, numberedFlaggedAtLeast: 0.95, recallAtLeast: 0.75 },
  ],
  [
    'the held-out part',
    HELD_OUT_STATEMENTS,
    HELD_OUT_OWNERS,
    { ...TARGETS, soundFlaggedAtMost: 0.07, numberedFlaggedAtLeast: 0.88, recallAtLeast: 0.9 },
  ],
] as const;

const measured = parts.map(
  ([name, statements, owners, floors]) => [name, statementFigures(statements), ownerFigures(owners), floors] as const,
);

if (process.env.LINT_FIGURES === '1') {
  for (const [name, statements, owners] of measured)
    process.stdout.write(`${figuresTable(name, statements, owners)}\n`);
}

describe.each(measured)('the lint on %s', (_, statements, owners, floors) => {
  it('flags few sound strategies that have their numbers', () => {
    expect(statements.soundFlagged).toBeLessThanOrEqual(floors.soundFlaggedAtMost);
  });

  it('flags tactics without numbers', () => {
    expect(statements.bareActionsFlagged).toBeGreaterThanOrEqual(floors.bareFlaggedAtLeast);
  });

  it('still flags tactics given numbers', () => {
    expect(statements.numberedActionsFlagged).toBeGreaterThanOrEqual(floors.numberedFlaggedAtLeast);
  });

  it('reads people precisely and finds most of them', () => {
    expect(owners.precision).toBeGreaterThanOrEqual(floors.precisionAtLeast);
    expect(owners.recall).toBeGreaterThanOrEqual(floors.recallAtLeast);
  });
});
