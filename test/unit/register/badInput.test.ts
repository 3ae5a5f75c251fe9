import fc from 'fast-check';
import { healthCheck } from '../../../src/domain/register/healthCheck';
import { parseStrategies } from '../../../src/domain/register/parseStrategies';
import { parseTactics } from '../../../src/domain/register/parseTactics';
import { parseRegister } from '../../../src/domain/register/register';
import { STRATEGY_HEADERS, TACTIC_HEADERS } from '../../../src/domain/register/schema';
import { DEFAULT_SETTINGS } from '../../../src/domain/register/types';
import { checkProperty } from '../../checkProperty';
import { grid, SEED_STRATEGY_ROW, strategyGrid } from './fixtures';

const HUGE = 'x'.repeat(50_000);
const CONTEXT = { now: new Date('2026-05-15T12:00:00Z'), timeZone: 'Australia/Sydney', settings: DEFAULT_SETTINGS };

describe('hostile and broken register values', () => {
  it('turns a corpus of bad cells into findings without throwing', () => {
    const headers = ['', 'My column', ...STRATEGY_HEADERS.slice().reverse(), ''];
    const rows = grid(headers, [
      {
        ID: 'S1',
        Strategy: HUGE,
        Metric: 'Win rate',
        Baseline: 'ten',
        Target: '#REF!',
        Current: 'many',
        Stakeholders: 'Sales Ops',
        Start: 46112,
        Due: '2026-03-31',
        Status: 'Active',
        'Last reviewed': '#N/A',
        'My column': 'note',
      },
      {},
      { ID: 'S2', Strategy: '=1+1' },
      {
        ID: 'S3',
        Strategy: '<img src=x onerror=alert(1)>',
        Unit: '%',
        Stakeholders: true,
        Due: new Date(Number.NaN),
        Confidence: 11,
        Status: 'active ',
        Progress: 0.5,
      },
      { ID: '  ', 'My column': null, Learning: undefined },
      {
        ID: 'S4',
        Strategy: '🚀 Grow 🚀',
        Metric: '🚀 rate',
        Baseline: 0.2,
        Target: 0.3,
        Current: 0.1,
        Stakeholders: 'مديرو الحسابات',
        Confidence: 3,
        Status: 'ACTIVE',
      },
    ]);
    const ragged = [...rows, ['', 'only two cells'], [], 'not a row'];
    const parsed = parseStrategies(ragged, 'Etc/UTC');
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.value.records.map((strategy) => strategy.row)).toEqual([2, 4, 5, 7]);
    expect(parsed.value.records[0]?.statement).toBe(HUGE);
    expect(parsed.value.records[1]?.statement).toBe('=1+1');
    expect(parsed.value.records[2]).toMatchObject({
      stakeholders: 'TRUE',
      status: 'Active',
      due: null,
      confidence: null,
    });
    expect(parsed.value.records[3]).toMatchObject({
      metric: '🚀 rate',
      stakeholders: 'مديرو الحسابات',
      baseline: 0.2,
      target: 0.3,
    });
    expect(parsed.value.findings.map((finding) => `${finding.at.row} ${finding.at.column}`)).toEqual([
      '2 Baseline',
      '2 Target',
      '2 Current',
      '2 Start',
      '2 Due',
      '2 Last reviewed',
      '5 Due',
      '5 Confidence',
    ]);
    const register = parseRegister(ragged, [[...TACTIC_HEADERS]], 'Etc/UTC');
    expect(register.ok && healthCheck(register.value, CONTEXT).summary.byRule['bad-value']).toBe(8);
  });

  it('keeps 50 000-character cells whole but quotes only their start in sentences', () => {
    const huge = { ...SEED_STRATEGY_ROW, ID: HUGE, Strategy: HUGE, Metric: '', Baseline: HUGE, Target: HUGE };
    const parsed = parseRegister(strategyGrid([huge]), [[...TACTIC_HEADERS]], 'Etc/UTC');
    expect(parsed.ok && parsed.value.strategies[0]?.statement).toBe(HUGE);
    const findings = parsed.ok ? healthCheck(parsed.value, CONTEXT).findings : [];
    expect(findings.map((finding) => finding.rule)).toEqual([
      'reads-like-tactic',
      'no-tactics',
      'overdue-review',
      'bad-value',
      'bad-value',
    ]);
    expect(findings.every((finding) => finding.message.length < 400)).toBe(true);
  });

  it('reads a row left blank under a merged-looking cell as its own item, and skips it when wholly blank', () => {
    const parsed = parseStrategies(strategyGrid([SEED_STRATEGY_ROW, { Learning: 'More demos helped' }, {}]), 'Etc/UTC');
    expect(parsed.ok && parsed.value.records.map((strategy) => [strategy.row, strategy.id, strategy.learning])).toEqual(
      [
        [2, 'S1', ''],
        [3, '', 'More demos helped'],
      ],
    );
  });
});

const anyCell = fc.oneof(
  fc.string(),
  fc.constantFrom('', ' ', '#N/A', '#REF!', 'Active', 'in progress', 'ID', 'Strategy', 'Tactic', 'Strategy ID', 'S1'),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.date(),
  fc.constant(new Date(Number.NaN)),
  fc.constant(null),
  fc.constant(undefined),
);

const anyGrid = fc.oneof(
  fc.array(fc.array(anyCell, { maxLength: 20 }), { maxLength: 12 }),
  fc
    .tuple(
      fc.shuffledSubarray([...STRATEGY_HEADERS, ...TACTIC_HEADERS, '', 'Notes']),
      fc.array(fc.array(anyCell, { maxLength: 18 }), { maxLength: 10 }),
    )
    .map(([headers, rows]) => [headers, ...rows]),
  fc.anything(),
);

describe('parsing arbitrary grids', () => {
  it('never throws, whatever the sheets hold', () => {
    checkProperty(
      fc.property(anyGrid, anyGrid, (strategies, tactics) => {
        const parsed = parseRegister(strategies, tactics, 'Etc/UTC');
        if (parsed.ok) healthCheck(parsed.value, CONTEXT);
        parseTactics(tactics, 'Etc/UTC');
      }),
      { numRuns: 300 },
    );
  });

  it('parses a well-headed grid of arbitrary cells into a record per non-blank row', () => {
    checkProperty(
      fc.property(fc.array(fc.array(anyCell, { maxLength: STRATEGY_HEADERS.length }), { maxLength: 10 }), (rows) => {
        const parsed = parseStrategies([[...STRATEGY_HEADERS], ...rows], 'Etc/UTC');
        return parsed.ok && parsed.value.records.every((record) => record.row >= 2 && record.row <= rows.length + 1);
      }),
      { numRuns: 300 },
    );
  });
});
