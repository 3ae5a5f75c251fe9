/** The registers the sidebar tests start from, seeded into the built add-on's spreadsheet. */
import { STRATEGY_HEADERS, TACTIC_HEADERS } from '../../src/domain/register/schema';
import { EMPTY_STRATEGY_FORM, emptyTacticForm, type StrategyForm, type TacticForm } from '../../src/ui/registerModel';

export interface RegisterFixture {
  readonly strategies: readonly StrategyForm[];
  readonly tactics: readonly TacticForm[];
  readonly groups: readonly string[];
  readonly needsSetUp?: boolean;
}

const strategy = (fields: Partial<StrategyForm> & Pick<StrategyForm, 'statement'>): StrategyForm => ({
  ...EMPTY_STRATEGY_FORM,
  ...fields,
});

const tactic = (fields: Partial<TacticForm> & Pick<TacticForm, 'statement' | 'strategyId'>): TacticForm => ({
  ...emptyTacticForm(fields.strategyId),
  ...fields,
});

/** Two measurable active strategies, one that reads like a tactic, and a tactic with no strategy. */
export const SALES_REGISTER: RegisterFixture = {
  groups: ['Account executives', 'Sales ops', 'Customer success'],
  strategies: [
    strategy({
      statement: 'Increase win rate from 20% to 25%',
      metric: 'Win rate',
      unit: '%',
      baseline: '20',
      target: '25',
      current: '22',
      stakeholders: 'Account executives, Sales ops',
      start: '2026-01-01',
      due: '2026-12-31',
      confidence: '7',
    }),
    strategy({
      statement: 'Cut churn from 8% to 5%',
      metric: 'Churn',
      unit: '%',
      baseline: '8',
      target: '5',
      current: '6.5',
      stakeholders: 'Customer success',
      start: '2026-01-01',
      due: '2026-12-31',
      confidence: '6',
    }),
    strategy({ statement: 'Implement a CRM', stakeholders: 'Sales ops', status: 'On hold' }),
  ],
  tactics: [
    tactic({ strategyId: 'S1', statement: 'Roll out a formal sales process', owner: 'Dana', status: 'In progress' }),
    tactic({ strategyId: 'S2', statement: 'Quarterly business reviews with top accounts', owner: 'Lee' }),
    tactic({ strategyId: 'S9', statement: 'Train new hires on discovery calls' }),
  ],
};

/** The sales register with every tactic under an existing strategy, so nothing blocks a snapshot. */
export const CLEAN_SALES_REGISTER: RegisterFixture = {
  ...SALES_REGISTER,
  tactics: SALES_REGISTER.tactics.filter((item) => item.strategyId !== 'S9'),
};

/** A register with no strategy and no tactic yet. */
export const EMPTY_REGISTER: RegisterFixture = { groups: [], strategies: [], tactics: [] };

/** A fixture field as the cell holds it; text that is not a number stays text, as a user may type it. */
const asCell = (text: string, kind: 'text' | 'number' | 'date'): unknown => {
  if (text === '') return '';
  if (kind === 'number') return Number.isFinite(Number(text)) ? Number(text) : text;
  if (kind === 'date') return /^\d{4}-\d\d-\d\d$/.test(text) ? new Date(`${text}T00:00:00Z`) : text;
  return text;
};

const STRATEGY_KINDS: Record<string, 'number' | 'date'> = {
  Baseline: 'number',
  Target: 'number',
  Current: 'number',
  Confidence: 'number',
  Start: 'date',
  Due: 'date',
};
const TACTIC_KINDS: Record<string, 'number' | 'date'> = {
  Target: 'number',
  Actual: 'number',
  Start: 'date',
  Due: 'date',
};

const STRATEGY_FIELDS: Record<string, keyof StrategyForm> = {
  Strategy: 'statement',
  Metric: 'metric',
  Unit: 'unit',
  Baseline: 'baseline',
  Target: 'target',
  Current: 'current',
  Stakeholders: 'stakeholders',
  Start: 'start',
  Due: 'due',
  Status: 'status',
  Confidence: 'confidence',
  Parent: 'parent',
};
const TACTIC_FIELDS: Record<string, keyof TacticForm> = {
  'Strategy ID': 'strategyId',
  Tactic: 'statement',
  Stakeholders: 'stakeholders',
  Owner: 'owner',
  Status: 'status',
  Indicator: 'indicator',
  Target: 'target',
  Actual: 'actual',
  Start: 'start',
  Due: 'due',
};

/** The fixture as sheet rows (header first), for seeding the emulated spreadsheet. */
export function fixtureRows(fixture: RegisterFixture): { strategies: unknown[][]; tactics: unknown[][] } {
  const strategies = fixture.strategies.map((input, index) =>
    STRATEGY_HEADERS.map((header) => {
      if (header === 'ID') return `S${index + 1}`;
      const field = STRATEGY_FIELDS[header];
      return field ? asCell(String(input[field] ?? ''), STRATEGY_KINDS[header] ?? 'text') : '';
    }),
  );
  const tactics = fixture.tactics.map((input, index) =>
    TACTIC_HEADERS.map((header) => {
      if (header === 'ID') return `T${index + 1}`;
      const field = TACTIC_FIELDS[header];
      return field ? asCell(String(input[field] ?? ''), TACTIC_KINDS[header] ?? 'text') : '';
    }),
  );
  return { strategies: [[...STRATEGY_HEADERS], ...strategies], tactics: [[...TACTIC_HEADERS], ...tactics] };
}

/** A whole sales organisation's register: `count` strategies with `tacticsEach` tactics each. */
export function largeRegister(count: number, tacticsEach: number): RegisterFixture {
  const groups = ['Account executives', 'Sales ops', 'Customer success', 'Partners'];
  return {
    groups,
    strategies: Array.from({ length: count }, (_, index) =>
      strategy({
        statement: `Raise metric ${index + 1} from 10 to 20`,
        // Every fourth strategy has no metric, so the health check has hundreds of findings.
        metric: index % 4 === 1 ? '' : `Metric ${index + 1}`,
        baseline: '10',
        target: '20',
        current: String(10 + (index % 11)),
        stakeholders: groups[index % groups.length] as string,
        confidence: String(index % 11),
      }),
    ),
    tactics: Array.from({ length: count * tacticsEach }, (_, index) =>
      tactic({ strategyId: `S${Math.floor(index / tacticsEach) + 1}`, statement: `Action ${index + 1}` }),
    ),
  };
}

/** The sales register aligned: win rate and churn support a company strategy, a pipeline strategy supports win rate. */
export const ALIGNED_SALES_REGISTER: RegisterFixture = {
  groups: ['Account executives', 'Sales ops', 'Customer success'],
  strategies: [
    strategy({ statement: 'Grow net revenue retention', stakeholders: 'Sales ops' }),
    ...CLEAN_SALES_REGISTER.strategies.slice(0, 2).map((item) => ({ ...item, parent: 'S1' })),
    strategy({
      statement: 'Raise qualified pipeline from 100 to 200 deals',
      metric: 'Qualified deals',
      baseline: '100',
      target: '200',
      current: '180',
      stakeholders: 'Account executives',
      start: '2026-01-01',
      due: '2026-12-31',
      parent: 'S2',
    }),
  ],
  tactics: [],
};
