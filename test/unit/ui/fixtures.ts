/** Small named register views for the sidebar's pure logic. */
import type { RegisterView, StrategyView, TacticView } from '../../../src/server/api/wireTypes';

export function aStrategy(fields: Partial<StrategyView> & Pick<StrategyView, 'id'>): StrategyView {
  return {
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
    progress: 0.4,
    onTrack: 'On track',
    overdue: true,
    version: 'v1',
    ...fields,
  };
}

export function aTactic(fields: Partial<TacticView> & Pick<TacticView, 'id' | 'strategyId'>): TacticView {
  return {
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
    ...fields,
  };
}

export function aRegister(fields: Partial<RegisterView> = {}): RegisterView {
  return {
    strategies: [],
    tactics: [],
    currentQuarter: '2026-Q3',
    quartersInHistory: [],
    needsSetUp: false,
    missingSheets: [],
    missingColumns: [],
    unavailable: {},
    settings: { fiscalYearStartMonth: 1, reviewCadence: 'quarterly', stakeholderGroups: [] },
    ...fields,
  };
}
