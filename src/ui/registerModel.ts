/** What the register view shows, computed from the server's RegisterView with no DOM. */
import type { FormTexts, StrategyField, TacticField } from '../domain/edit/formSchemas';
import { groupKeyOf, stakeholderGroupNames, stakeholderGroupsOf } from '../domain/register/stakeholders';
import type { RegisterView, StrategyView, TacticView } from '../server/api/wireTypes';

export type StrategyForm = FormTexts<StrategyField>;
export type TacticForm = FormTexts<TacticField>;

export interface RegisterFilter {
  /** '' shows every status. */
  readonly status: string;
  /** '' shows every stakeholder group; compared without regard to case. */
  readonly group: string;
}

export const NO_FILTER: RegisterFilter = { status: '', group: '' };

export interface ProgressDisplay {
  /** 0–100, for the bar's width and aria-valuenow; the stored progress is never clamped. */
  readonly barPercent: number;
  /** The true value as a percentage ("120%", "-15%"), or a sentence when unknown. */
  readonly label: string;
}

export interface StrategyCard {
  readonly strategy: StrategyView;
  readonly tactics: readonly TacticView[];
  readonly progress: ProgressDisplay;
  readonly review: string;
  readonly confidence: string;
}

/** The groups a user can filter by: the settings' groups first, then any others in use. */
export function stakeholderGroupOptions(view: RegisterView): string[] {
  return stakeholderGroupNames(
    view.settings.stakeholderGroups,
    view.strategies.map((strategy) => strategy.stakeholders),
  );
}

export function matchesFilter(strategy: StrategyView, filter: RegisterFilter): boolean {
  if (filter.status !== '' && strategy.status !== filter.status) return false;
  if (filter.group === '') return true;
  const wanted = groupKeyOf(filter.group);
  return stakeholderGroupsOf(strategy.stakeholders).some((group) => groupKeyOf(group) === wanted);
}

/** Headers a card part lacks, as the card says it: "no Target column", "no Baseline and Target columns". */
export function lackingColumns(headers: readonly string[]): string {
  if (headers.length === 1) return `no ${headers[0]} column`;
  return `no ${headers.slice(0, -1).join(', ')} and ${headers[headers.length - 1]} columns`;
}

/** A card part whose columns are missing is unknown: never shown as blank, as "none" or "not set". */
type Lacking = readonly string[] | undefined;

export function progressDisplay(progress: number | null, lacking?: Lacking): ProgressDisplay {
  if (lacking && lacking.length > 0) return { barPercent: 0, label: `Progress unknown: ${lackingColumns(lacking)}` };
  if (progress === null || !Number.isFinite(progress)) {
    return { barPercent: 0, label: 'No progress yet' };
  }
  const percent = Math.round(progress * 100);
  return { barPercent: Math.min(100, Math.max(0, percent)), label: `${percent}%` };
}

export function reviewLabel(
  item: { readonly overdue: boolean; readonly lastReviewed: string | null },
  lacking?: Lacking,
): string {
  if (lacking && lacking.length > 0) return `Review state unknown: ${lackingColumns(lacking)}`;
  if (item.overdue)
    return item.lastReviewed ? `Review overdue (last ${item.lastReviewed})` : 'Review overdue (never reviewed)';
  return item.lastReviewed ? `Reviewed ${item.lastReviewed}` : 'Not reviewed yet';
}

/** The confidence badge; a cell that cannot be read is shown as it stands, never as "not set". */
export function confidenceLabel(
  strategy: Pick<StrategyView, 'confidence' | 'fields' | 'problems'>,
  lacking?: Lacking,
): string {
  if (lacking && lacking.length > 0) return `Confidence unknown: ${lackingColumns(lacking)}`;
  if (strategy.problems.confidence !== undefined) return `Confidence: ${strategy.fields.confidence}, not 0–10`;
  return strategy.confidence === null ? 'Confidence not set' : `Confidence ${strategy.confidence}/10`;
}

const PROGRESS_FIELDS = ['baseline', 'target', 'current'] as const;

/** Progress, or which cell keeps it from being known when one of its numbers cannot be read. */
function strategyProgress(strategy: StrategyView): ProgressDisplay {
  const unreadable = PROGRESS_FIELDS.find((key) => strategy.problems[key] !== undefined);
  if (strategy.progress !== null || unreadable === undefined) return progressDisplay(strategy.progress);
  const header = unreadable.charAt(0).toUpperCase() + unreadable.slice(1);
  return { barPercent: 0, label: `Unknown: ${header} "${strategy.fields[unreadable]}" is not a number` };
}

export function tacticsByStrategy(tactics: readonly TacticView[]): Map<string, TacticView[]> {
  const byStrategy = new Map<string, TacticView[]>();
  for (const tactic of tactics) {
    const list = byStrategy.get(tactic.strategyId) ?? [];
    list.push(tactic);
    byStrategy.set(tactic.strategyId, list);
  }
  return byStrategy;
}

/** The cards to show, in sheet order, for the strategies that pass the filter. */
export function buildStrategyCards(view: RegisterView, filter: RegisterFilter): StrategyCard[] {
  const byStrategy = tacticsByStrategy(view.tactics);
  return view.strategies
    .filter((strategy) => matchesFilter(strategy, filter))
    .map((strategy) => ({
      strategy,
      tactics: strategy.id === '' ? [] : (byStrategy.get(strategy.id) ?? []),
      progress: view.unavailable.progress
        ? progressDisplay(strategy.progress, view.unavailable.progress)
        : strategyProgress(strategy),
      review: reviewLabel(strategy, view.unavailable.strategyReview),
      confidence: confidenceLabel(strategy, view.unavailable.confidence),
    }));
}

/** Tactics whose Strategy ID names no strategy, so they are not lost from sight. */
export function orphanTactics(view: RegisterView): TacticView[] {
  const ids = new Set(view.strategies.map((strategy) => strategy.id).filter((id) => id !== ''));
  return view.tactics.filter((tactic) => !ids.has(tactic.strategyId));
}

export const EMPTY_STRATEGY_FORM: StrategyForm = {
  statement: '',
  metric: '',
  unit: '',
  baseline: '',
  target: '',
  current: '',
  stakeholders: '',
  start: '',
  due: '',
  status: 'Active',
  confidence: '',
  parent: '',
};

/** A new strategy's form: empty, starting today (an item started this quarter is not overdue for review). */
export function newStrategyForm(today: string): StrategyForm {
  return { ...EMPTY_STRATEGY_FORM, start: today };
}

/** A new tactic's form under `strategyId`, starting today. */
export function newTacticForm(strategyId: string, today: string): TacticForm {
  return { ...emptyTacticForm(strategyId), start: today };
}

export function emptyTacticForm(strategyId: string): TacticForm {
  return {
    strategyId,
    statement: '',
    stakeholders: '',
    owner: '',
    status: 'Planned',
    indicator: '',
    target: '',
    actual: '',
    start: '',
    due: '',
  };
}
