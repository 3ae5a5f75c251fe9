import fc from 'fast-check';
import {
  DIGEST_HEADERS,
  DIGEST_SHEET,
  DIGEST_TITLE,
  digestFromGrid,
  digestToGrid,
} from '../../../src/domain/history/digestGrid';
import { digestOfView, type HistoryDigest, type StrategyDigest } from '../../../src/domain/history/historyDigest';
import { compareQuarterLabels } from '../../../src/domain/history/quarterOrder';
import { checkProperty } from '../../checkProperty';
import { anyCell, HOSTILE_TEXT } from '../../reliability/arbitraries';
import { Q2_TAKEN, Q3_TAKEN, viewOf } from './fixtures';
import { afterEdits, beforeEdits } from './scenario';

const RUNS = 200;
const STAMP = 'v1|60000|2026-09-30T17:00:00.000Z';

/** The digest as plain nested arrays, so equality also checks the order of maps. */
function plain(digest: HistoryDigest | undefined): unknown {
  if (!digest) return digest;
  return {
    quarters: digest.quarters.map((q) => [q.quarter, q.takenAt?.getTime() ?? null]),
    strategies: [...digest.strategies].map(([id, s]) => [id, s.firstQuarter, s.first, [...s.progress]]),
  };
}

function gridOf(digest: HistoryDigest, stamp = STAMP): unknown[][] {
  const grid = digestToGrid(digest, stamp);
  if (!grid) throw new Error('the digest should fit in a sheet');
  return grid.values;
}

function roundTrip(digest: HistoryDigest): HistoryDigest | undefined {
  return digestFromGrid(gridOf(digest), STAMP);
}

function digestWith(id: string, strategy: Partial<StrategyDigest>, quarters = ['2026-Q2']): HistoryDigest {
  const firstQuarter = strategy.firstQuarter ?? quarters[0] ?? '';
  return {
    quarters: quarters.map((quarter) => ({ quarter, takenAt: Q2_TAKEN })),
    strategies: new Map([
      [
        id,
        {
          firstQuarter,
          first: { statement: 'Grow', baseline: 1, target: 2, tacticIds: ['T1'] },
          progress: new Map([[firstQuarter, 0.5]]),
          ...strategy,
        },
      ],
    ]),
  };
}

const scenario = digestOfView(viewOf(beforeEdits, afterEdits));

describe('digestToGrid', () => {
  it('writes a stamp row, the headers, then one row per strategy with JSON lists', () => {
    const grid = digestToGrid(scenario, STAMP);
    expect(DIGEST_SHEET).toBe('Snapshot Digest');
    expect(grid?.formats).toEqual(['@', '@', '@', 'General', 'General', '@', '@']);
    expect(grid?.values).toEqual([
      [
        DIGEST_TITLE,
        STAMP,
        JSON.stringify([
          ['2026-Q2', Q2_TAKEN.getTime()],
          ['2026-Q3', Q3_TAKEN.getTime()],
        ]),
        4,
        '',
        '',
        '',
      ],
      [...DIGEST_HEADERS],
      ['S1', '2026-Q2', 'Grow EMEA revenue', 100, 200, '["T1","T2","T6"]', '[0.2,0.4]'],
      ['S2', '2026-Q2', 'Cut churn', 8, 5, '["T3"]', '[0,0.5]'],
      ['S3', '2026-Q2', 'Open the Nordics', 0, 10, '["T4"]', '[0,null]'],
      ['S4', '2026-Q3', 'Win public sector deals', 0, 5, '[]', '[null,0.2]'],
    ]);
  });

  it('writes a blank baseline and target as empty cells and a blank progress as ""', () => {
    const digest = digestWith('S1', {
      first: { statement: 'Hold', baseline: null, target: null, tacticIds: [] },
      progress: new Map([['2026-Q2', null]]),
    });
    expect(gridOf(digest)[2]).toEqual(['S1', '2026-Q2', 'Hold', '', '', '[]', '[""]']);
  });

  it('keeps a statement of exactly 50 000 characters, as one register cell holds it', () => {
    const statement = 'x'.repeat(50_000);
    const digest = digestWith('S1', { first: { statement, baseline: 1, target: 2, tacticIds: [] } });
    expect(plain(roundTrip(digest))).toEqual(plain(digest));
  });

  it('gives no grid when a cell would pass 50 000 characters', () => {
    const long = digestWith('S1', { first: { statement: 'x'.repeat(50_001), baseline: 1, target: 2, tacticIds: [] } });
    const manyTactics = Array.from({ length: 8000 }, (_, i) => `T${i}`);
    const wide = digestWith('S1', { first: { statement: 'Grow', baseline: 1, target: 2, tacticIds: manyTactics } });
    const longLabel = digestWith('S1', {}, ['L'.repeat(50_000)]);
    expect(digestToGrid(long, STAMP)).toBeUndefined();
    expect(digestToGrid(wide, STAMP)).toBeUndefined();
    expect(digestToGrid(longLabel, STAMP)).toBeUndefined();
  });
});

describe('digestFromGrid', () => {
  it('reads back the digest it was given, Taken at as Dates', () => {
    const back = roundTrip(scenario);
    expect(back).toEqual(scenario);
    expect(plain(back)).toEqual(plain(scenario));
    expect(back?.quarters[0]?.takenAt).toBeInstanceOf(Date);
  });

  it('tells a blank progress from an absent one, and keeps a missing Taken at and -0', () => {
    const digest: HistoryDigest = {
      quarters: [
        { quarter: '2026-Q1', takenAt: null },
        { quarter: '2026-Q2', takenAt: Q2_TAKEN },
        { quarter: '2026-Q3', takenAt: Q3_TAKEN },
      ],
      strategies: new Map([
        [
          'S1',
          {
            firstQuarter: '2026-Q1',
            first: { statement: 'Cut churn', baseline: -0, target: 5, tacticIds: [] },
            progress: new Map([
              ['2026-Q1', null],
              ['2026-Q3', -0],
            ]),
          },
        ],
      ]),
    };
    const back = roundTrip(digest);
    expect(plain(back)).toEqual(plain(digest));
    expect(Object.is(back?.strategies.get('S1')?.progress.get('2026-Q3'), -0)).toBe(true);
    expect(Object.is(back?.strategies.get('S1')?.first.baseline, -0)).toBe(true);
  });

  it('keeps hostile text exactly, as IDs, statements, tactic IDs and quarter labels', () => {
    const texts = [...HOSTILE_TEXT, '+2', '-3', "'x", '"quoted"', 'back\\slash', '\uD800 lone surrogate'];
    const strategies = new Map<string, StrategyDigest>();
    texts.forEach((text, index) => {
      const fits = text.length <= 20_000;
      strategies.set(`${index}:${fits ? text : ''}`, {
        firstQuarter: '2026-Q2',
        first: { statement: text, baseline: index, target: null, tacticIds: fits ? [text, `T${index}`] : [] },
        progress: new Map([['2026-Q2', index / 7]]),
      });
    });
    const digest: HistoryDigest = {
      quarters: [{ quarter: '2026-Q2', takenAt: Q2_TAKEN }],
      strategies,
    };
    expect(plain(roundTrip(digest))).toEqual(plain(digest));
    const label = digestWith('S1', {}, ['</script> مرحبا 🚀\n"Q"']);
    expect(plain(roundTrip(label))).toEqual(plain(label));
  });

  it('writes hostile statements raw, never with a leading apostrophe', () => {
    const digest = digestWith('=1+1', { first: { statement: '+2', baseline: null, target: null, tacticIds: ['-3'] } });
    expect(gridOf(digest)[2]?.slice(0, 3)).toEqual(['=1+1', '2026-Q2', '+2']);
  });

  it('ignores extra blank rows and columns after the digest', () => {
    const padded = gridOf(scenario).map((row) => [...row, '', null]);
    padded.push(['', '', ''], []);
    expect(digestFromGrid(padded, STAMP)).toEqual(scenario);
  });

  it('is no digest under another stamp', () => {
    expect(digestFromGrid(gridOf(scenario), 'v1|60001|2026-09-30T17:00:00.000Z')).toBeUndefined();
  });

  it('is no digest when strategy rows are missing', () => {
    const grid = gridOf(scenario);
    expect(digestFromGrid(grid.slice(0, -1), STAMP)).toBeUndefined();
    expect(digestFromGrid(grid.slice(0, 2), STAMP)).toBeUndefined();
    expect(digestFromGrid([], STAMP)).toBeUndefined();
  });

  it('is no digest when a cell was edited or has the wrong type', () => {
    const edits: [row: number, column: number, value: unknown][] = [
      [0, 0, 'Notes'],
      [0, 2, '[["2026-Q2"'],
      [
        0,
        2,
        JSON.stringify([
          ['2026-Q3', 1],
          ['2026-Q2', 2],
        ]),
      ],
      [0, 3, '4'],
      [0, 3, 3.5],
      [1, 6, 'Progress'],
      [2, 0, 7],
      [2, 3, '100'],
      [2, 4, true],
      [2, 5, '["T1",2]'],
      [2, 6, '[0.2]'],
      [2, 6, '[0.2,"x"]'],
      [2, 6, '[null,0.4]'],
      [2, 1, '2026-Q4'],
      [3, 0, 'S1'],
      [4, 7, 'a note'],
    ];
    for (const [row, column, value] of edits) {
      const grid = gridOf(scenario).map((cells) => [...cells]);
      (grid[row] as unknown[])[column] = value;
      expect([row, column, digestFromGrid(grid, STAMP)]).toEqual([row, column, undefined]);
    }
  });

  it('is no digest when rows follow the last strategy', () => {
    expect(digestFromGrid([...gridOf(scenario), ['S9', '2026-Q2']], STAMP)).toBeUndefined();
  });

  it('never throws on any grid', () => {
    const junk = fc.array(fc.array(anyCell, { maxLength: 8 }), { maxLength: 6 });
    checkProperty(
      fc.property(junk, fc.boolean(), (rows, stamped) => {
        const grid = stamped ? [[DIGEST_TITLE, STAMP, '[]', rows.length], [...DIGEST_HEADERS], ...rows] : rows;
        const read = digestFromGrid(grid, STAMP);
        expect(read === undefined || read.strategies.size === rows.length).toBe(true);
      }),
      { numRuns: RUNS },
    );
  });
});

const text = fc.oneof(fc.string({ unit: 'grapheme', maxLength: 12 }), fc.string(), fc.constantFrom(...HOSTILE_TEXT));
const shortText = fc.oneof(
  fc.string({ unit: 'grapheme', maxLength: 8 }),
  fc.constantFrom(...HOSTILE_TEXT.slice(0, 14)),
);
const amount = fc.option(fc.double({ noNaN: true, noDefaultInfinity: true }), { nil: null });
const takenAt = fc.option(fc.date({ noInvalidDate: true }), { nil: null });

/** Quarter labels oldest first, as a digest keeps them: quarters and any other text. */
const quarterLabels = fc
  .uniqueArray(fc.oneof(fc.constantFrom('2025-Q4', '2026-Q1', 'FY2027-Q2', '2027-Q2'), shortText), { maxLength: 6 })
  .map((labels) => [...labels].sort(compareQuarterLabels))
  .filter((labels) => labels.every((label, i) => i === 0 || compareQuarterLabels(labels[i - 1] ?? '', label) < 0));

const anyDigest: fc.Arbitrary<HistoryDigest> = quarterLabels.chain((labels) => {
  const quarters = fc.tuple(...labels.map((quarter) => takenAt.map((time) => ({ quarter, takenAt: time }))));
  if (labels.length === 0) return quarters.map((q) => ({ quarters: q, strategies: new Map() }));
  const strategy = fc
    .record({
      first: fc.integer({ min: 0, max: labels.length - 1 }),
      statement: text,
      baseline: amount,
      target: amount,
      tacticIds: fc.array(shortText, { maxLength: 4 }),
      progress: fc.array(fc.option(amount, { nil: undefined }), { minLength: labels.length, maxLength: labels.length }),
    })
    .map(({ first, statement, baseline, target, tacticIds, progress }): StrategyDigest => {
      const byQuarter = new Map<string, number | null>();
      labels.forEach((label, i) => {
        const value = progress[i];
        if (i === first) byQuarter.set(label, value ?? null);
        else if (i > first && value !== undefined) byQuarter.set(label, value);
      });
      return {
        firstQuarter: labels[first] ?? '',
        first: { statement, baseline, target, tacticIds },
        progress: byQuarter,
      };
    });
  const strategies = fc.uniqueArray(fc.tuple(shortText, strategy), { maxLength: 8, selector: ([id]) => id });
  return fc.tuple(quarters, strategies).map(([q, s]) => ({ quarters: q, strategies: new Map(s) }));
});

describe('a digest written to a grid and read back', () => {
  it('is exactly the digest written, for any digest', () => {
    checkProperty(
      fc.property(anyDigest, (digest) => {
        const back = roundTrip(digest);
        expect(back).toEqual(digest);
        expect(plain(back)).toEqual(plain(digest));
      }),
      { numRuns: RUNS },
    );
  });
});
