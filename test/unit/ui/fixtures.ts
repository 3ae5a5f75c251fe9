/** Small named register views for the sidebar's pure logic. */
import type { ItemCheckInsView, RegisterView, StrategyView, TacticView } from '../../../src/server/api/wireTypes';

const text = (value: number | string | null): string => (value === null ? '' : String(value));

/** An item never checked in. */
export const NO_CHECK_INS: ItemCheckInsView = {
  count: 0,
  last: null,
  daysSince: null,
  stale: false,
  trend: [],
  quarter: [],
  forecast: null,
  forecastProblem: null,
};

/** A strategy view; its form fields show its values unless `fields` says what the cells hold. */
export function aStrategy(fields: Partial<StrategyView> & Pick<StrategyView, 'id'>): StrategyView {
  const view = {
    row: 2,
    statement: `Strategy ${fields.id}`,
    metric: 'Win rate',
    unit: '%',
    baseline: 20,
    target: 25,
    current: 22,
    stakeholders: 'Account executives',
    start: '2026-01-01',
    due: '2026-12-31',
    status: 'Active',
    confidence: 7,
    lastReviewed: null,
    learning: '',
    decision: '',
    progress: 0.4,
    onTrack: 'On track' as const,
    rollup: null,
    rollupProblem: null,
    overdue: true,
    version: 'v1',
    problems: {},
    checkIns: NO_CHECK_INS,
    ...fields,
  };
  return {
    fields: {
      statement: view.statement,
      metric: view.metric,
      unit: view.unit,
      baseline: text(view.baseline),
      target: text(view.target),
      current: text(view.current),
      stakeholders: view.stakeholders,
      start: text(view.start),
      due: text(view.due),
      status: view.status,
      confidence: text(view.confidence),
      parent: '',
    },
    ...view,
  };
}

export function aTactic(fields: Partial<TacticView> & Pick<TacticView, 'id' | 'strategyId'>): TacticView {
  const view = {
    row: 2,
    statement: `Tactic ${fields.id}`,
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
    overdue: true,
    version: 'v1',
    problems: {},
    checkIns: NO_CHECK_INS,
    ...fields,
  };
  return {
    fields: {
      strategyId: view.strategyId,
      statement: view.statement,
      stakeholders: view.stakeholders,
      owner: view.owner,
      status: view.status,
      indicator: view.indicator,
      target: text(view.target),
      actual: text(view.actual),
      start: text(view.start),
      due: text(view.due),
    },
    ...view,
  };
}

export function aRegister(fields: Partial<RegisterView> = {}): RegisterView {
  return {
    strategies: [],
    tactics: [],
    currentQuarter: '2026-Q3',
    today: '2026-08-14',
    needsSetUp: false,
    missingSheets: [],
    missingColumns: [],
    unavailable: {},
    lastReview: null,
    checkInLog: { sheet: false, unreadable: null },
    hasParentColumn: true,
    groups: [],
    settings: { fiscalYearStartMonth: 1, reviewCadence: 'quarterly', stakeholderGroups: [], checkInCadenceDays: 14 },
    ...fields,
  };
}
