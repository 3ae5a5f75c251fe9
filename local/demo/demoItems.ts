import type { Strategy, Tactic } from '../../src/domain/register/types';

/**
 * A sales team's register as typed items, in three states: two past quarter ends and
 * today. The demo workbook's sheets and its Snapshot History are all built from these.
 */

const day = (iso: string): Date => new Date(`${iso}T00:00:00Z`);

type StrategyFields = Omit<Strategy, 'row'>;
type TacticFields = Omit<Tactic, 'row'>;

const WIN_RATE: StrategyFields = {
  id: 'S1',
  statement: 'Raise win rate from 20% to 25%',
  metric: 'Win rate',
  unit: '%',
  baseline: 0.2,
  target: 0.25,
  current: 0.223,
  stakeholders: 'Account executives; Sales managers',
  start: day('2026-01-01'),
  due: day('2027-06-30'),
  status: 'Active',
  confidence: 7,
  lastReviewed: day('2026-10-06'),
  learning: 'Deals with a mutual action plan close twice as often.',
  decision: 'Keep',
  parent: '',
  weight: null,
};

const CHURN: StrategyFields = {
  id: 'S2',
  statement: 'Cut churn from 8% to 5%',
  metric: 'Annual churn',
  unit: '%',
  baseline: 0.08,
  target: 0.05,
  current: 0.065,
  stakeholders: 'Customer success; Account managers',
  start: day('2026-01-01'),
  due: day('2026-12-31'),
  status: 'Active',
  confidence: 6,
  lastReviewed: day('2026-10-13'),
  learning: 'Most churn follows a missed renewal call, not price.',
  decision: 'Keep',
  parent: '',
  weight: null,
};

const DEAL_SIZE: StrategyFields = {
  id: 'S3',
  statement: 'Grow average deal size from 40k to 50k',
  metric: 'Average deal size',
  unit: 'USD',
  baseline: 40000,
  target: 50000,
  current: 43500,
  stakeholders: 'Account executives; Sales ops',
  start: day('2026-04-01'),
  due: day('2027-03-31'),
  status: 'Active',
  confidence: 5,
  lastReviewed: day('2026-07-08'),
  learning: '',
  decision: null,
  parent: '',
  weight: null,
};

const SALES_CYCLE: StrategyFields = {
  id: 'S4',
  statement: 'Shorten the sales cycle from 90 to 70 days',
  metric: 'Median days to close',
  unit: 'days',
  baseline: 90,
  target: 70,
  current: 86,
  stakeholders: 'Sales development; Sales ops',
  start: day('2026-04-01'),
  due: day('2027-03-31'),
  status: 'On hold',
  confidence: 4,
  lastReviewed: day('2026-10-20'),
  learning: 'Paused until the new pricing approval flow ships.',
  decision: 'Pivot',
  parent: '',
  weight: null,
};

const tactic = (
  fields: Partial<TacticFields> & Pick<TacticFields, 'id' | 'strategyId' | 'statement'>,
): TacticFields => ({
  stakeholders: '',
  owner: '',
  status: 'Planned',
  indicator: '',
  target: null,
  actual: null,
  start: null,
  due: null,
  lastReviewed: null,
  learning: '',
  ...fields,
});

const TACTICS_NOW: readonly TacticFields[] = [
  tactic({
    id: 'T1',
    strategyId: 'S1',
    statement: 'Roll out a mutual action plan template to every account executive',
    stakeholders: 'Account executives',
    owner: 'Priya N.',
    status: 'In progress',
    indicator: 'Share of open deals with a plan',
    target: 0.8,
    actual: 0.55,
    start: day('2026-02-01'),
    due: day('2026-12-15'),
    lastReviewed: day('2026-10-06'),
  }),
  tactic({
    id: 'T2',
    strategyId: 'S1',
    statement: 'Weekly deal reviews for opportunities over 25k',
    stakeholders: 'Sales managers',
    owner: 'Marco D.',
    status: 'Done',
    indicator: 'Reviews held',
    target: 40,
    actual: 41,
    start: day('2026-01-15'),
    due: day('2026-09-30'),
    lastReviewed: day('2026-10-06'),
  }),
  tactic({
    id: 'T3',
    strategyId: 'S2',
    statement: 'Call every account 90 days before renewal',
    stakeholders: 'Customer success',
    owner: 'Aiko T.',
    status: 'In progress',
    indicator: 'Renewals called on time',
    target: 1,
    actual: 0.82,
    start: day('2026-02-01'),
    due: day('2026-12-31'),
    lastReviewed: day('2026-10-13'),
  }),
  tactic({
    id: 'T4',
    strategyId: 'S2',
    statement: 'Health score alerts for accounts with falling usage',
    stakeholders: 'Customer success; Sales ops',
    owner: 'Lena K.',
    status: 'In progress',
    indicator: 'Accounts scored',
    target: 600,
    actual: 410,
    start: day('2026-07-01'),
    due: day('2026-11-30'),
    lastReviewed: day('2026-10-13'),
  }),
  tactic({
    id: 'T5',
    strategyId: 'S3',
    statement: 'Bundle onboarding services into the Pro plan',
    stakeholders: 'Account executives',
    owner: 'Sam O.',
    status: 'In progress',
    indicator: 'Pro deals with services',
    target: 0.5,
    actual: 0.31,
    start: day('2026-04-01'),
    due: day('2026-12-31'),
    lastReviewed: day('2026-07-08'),
  }),
  tactic({
    id: 'T6',
    strategyId: 'S3',
    statement: 'Discount approval above 15% by the sales director',
    stakeholders: 'Sales managers',
    owner: 'Marco D.',
    status: 'Dropped',
    learning: 'Slowed deals without lifting the price.',
    start: day('2026-04-01'),
    due: day('2026-09-30'),
    lastReviewed: day('2026-07-08'),
  }),
  tactic({
    id: 'T7',
    strategyId: 'S4',
    statement: 'Standard security questionnaire answers in the sales library',
    stakeholders: 'Sales ops',
    owner: 'Jonas B.',
    status: 'Planned',
    indicator: 'Questionnaires answered from the library',
    target: 0.7,
    start: day('2026-11-01'),
    due: day('2027-01-31'),
  }),
];

/** The register today (the Strategies and Tactics sheets). */
export const STRATEGIES_NOW: readonly StrategyFields[] = [WIN_RATE, CHURN, DEAL_SIZE, SALES_CYCLE];
export { TACTICS_NOW };

function changeTactics(changes: Record<string, Partial<TacticFields> | 'absent'>): TacticFields[] {
  return TACTICS_NOW.flatMap((item) => {
    const change = changes[item.id];
    if (change === 'absent') return [];
    return [{ ...item, ...change }];
  });
}

/** The register as it stood at the end of 2026-Q3. */
export const AT_END_OF_Q3 = {
  quarter: '2026-Q3',
  takenAt: new Date('2026-09-30T16:30:00Z'),
  strategies: [
    { ...WIN_RATE, current: 0.215, confidence: 6, lastReviewed: day('2026-09-22') },
    {
      ...CHURN,
      current: 0.07,
      lastReviewed: day('2026-09-24'),
      learning: 'Renewal calls work; start them earlier.',
      decision: 'Pivot',
    },
    { ...DEAL_SIZE, current: 42000, confidence: 6, lastReviewed: day('2026-07-08') },
    {
      ...SALES_CYCLE,
      status: 'Active',
      current: 88,
      confidence: 5,
      lastReviewed: day('2026-09-15'),
      learning: '',
      decision: 'Keep',
    },
  ] satisfies StrategyFields[],
  tactics: changeTactics({
    T1: { actual: 0.4, lastReviewed: day('2026-09-22') },
    T2: { status: 'In progress', actual: 36, lastReviewed: day('2026-09-22') },
    T3: { actual: 0.7, lastReviewed: day('2026-09-24') },
    T4: { actual: 120, lastReviewed: day('2026-09-24') },
    T6: { status: 'In progress', learning: '' },
    T7: 'absent',
  }),
};

/** The register as it stood at the end of 2026-Q2: the win-rate strategy was worded differently. */
export const AT_END_OF_Q2 = {
  quarter: '2026-Q2',
  takenAt: new Date('2026-06-30T16:00:00Z'),
  strategies: [
    {
      ...WIN_RATE,
      statement: 'Increase win rate to 25%',
      current: 0.205,
      confidence: 7,
      lastReviewed: day('2026-06-25'),
      learning: '',
      decision: null,
    },
    { ...CHURN, current: 0.076, confidence: 5, lastReviewed: day('2026-06-26'), learning: '', decision: null },
    { ...DEAL_SIZE, current: 40500, confidence: 6, lastReviewed: day('2026-06-20') },
    {
      ...SALES_CYCLE,
      status: 'Active',
      current: 90,
      confidence: 6,
      lastReviewed: day('2026-06-18'),
      learning: '',
      decision: null,
    },
  ] satisfies StrategyFields[],
  tactics: changeTactics({
    T1: { actual: 0.2, lastReviewed: day('2026-06-25') },
    T2: { status: 'In progress', actual: 18, lastReviewed: day('2026-06-25') },
    T3: { actual: 0.55, lastReviewed: day('2026-06-26') },
    T4: 'absent',
    T5: { actual: 0.12, lastReviewed: day('2026-06-20') },
    T6: { status: 'In progress', learning: '', lastReviewed: day('2026-06-20') },
    T7: 'absent',
  }),
};
