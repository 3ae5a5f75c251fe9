/** The register: strategies with progress, on-track state, confidence and review state; tactics on demand. */

import { MENU_LABELS } from '../../domain/menuLabels';
import { STRATEGY_STATUSES } from '../../domain/register/schema';
import type { RegisterView, TacticView } from '../../server/api/wireTypes';
import { groupSummaryLine, showsAlignment, supportsLabel } from '../alignmentModel';
import { forecastLabel, trendPoints } from '../checkInModel';
import { h, uniqueId } from '../dom';
import {
  buildStrategyCards,
  NO_FILTER,
  orphanTactics,
  type RegisterFilter,
  reviewLabel,
  type StrategyCard,
  stakeholderGroupOptions,
} from '../registerModel';
import { alignmentCard } from './alignmentView';
import { strategyFormScreen, tacticFormScreen } from './itemForms';
import { operationsCard } from './operations';
import type { Sidebar } from './shell';
import { trendChart } from './trendChart';

/** Strategy cards rendered at a time; "Show more" adds the next page. */
const PAGE_SIZE = 50;

const ON_TRACK_CLASS: Readonly<Record<string, string>> = {
  'On track': 'badge good',
  Done: 'badge good',
  'At risk': 'badge warn',
  'Off track': 'badge bad',
};

function labelledSelect(
  label: string,
  choices: readonly { value: string; label: string }[],
  onchange: (value: string) => void,
) {
  const id = uniqueId('filter');
  const select = h('select', { id, onchange: () => onchange(select.value) });
  for (const choice of choices) select.append(h('option', { value: choice.value }, choice.label));
  return h('div', { class: 'field compact' }, h('label', { for: id }, label), select);
}

function progressBar(card: StrategyCard): HTMLElement {
  const label = card.strategy.id ? `Progress of ${card.strategy.id}` : 'Progress';
  const fill = h('div', { class: 'progress-fill' });
  fill.style.width = `${card.progress.barPercent}%`;
  return h(
    'div',
    { class: 'progress-row' },
    h(
      'div',
      {
        class: 'progress',
        role: 'progressbar',
        'aria-label': label,
        'aria-valuemin': 0,
        'aria-valuemax': 100,
        'aria-valuenow': card.progress.barPercent,
        'aria-valuetext': card.progress.label,
      },
      fill,
    ),
    h('span', { class: 'progress-label' }, card.progress.label),
  );
}

/** The card's check-in trend and "Forecast on <due>: 84%", coloured by the forecast's on-track state. */
function checkInTrend(card: StrategyCard): HTMLElement | null {
  const { strategy } = card;
  const { checkIns } = strategy;
  if (checkIns.count === 0) return null;
  const forecast = forecastLabel(strategy.due, checkIns);
  const state = checkIns.forecast?.state ?? null;
  const stateClass = state ? (ON_TRACK_CLASS[state] ?? 'badge plain') : 'badge plain';
  const label = `Check-ins of ${strategy.id} as progress toward the target${forecast ? `; ${forecast}` : ''}`;
  return h(
    'div',
    { class: 'checkin-trend' },
    trendChart(trendPoints(checkIns), strategy, label, stateClass.replace('badge', 'trend-state')),
    h(
      'p',
      { class: checkIns.stale ? 'meta overdue' : 'meta' },
      forecast ? h('span', { class: stateClass }, forecast) : null,
      forecast ? ' ' : null,
      forecast || !checkIns.forecastProblem ? null : `No forecast: ${checkIns.forecastProblem}`,
      checkIns.stale ? ` Last check-in ${checkIns.daysSince} days ago.` : '',
    ),
  );
}

function tacticItem(
  tactic: TacticView,
  edit: (tactic: TacticView) => void,
  reviewLacking: readonly string[] | undefined,
): HTMLElement {
  const details = [tactic.status, tactic.owner ? `Owner: ${tactic.owner}` : '']
    .filter((part) => part !== '')
    .join(' · ');
  return h(
    'li',
    { class: 'tactic' },
    h('p', { class: 'tactic-statement' }, h('span', { class: 'item-id' }, tactic.id || 'New'), ' ', tactic.statement),
    h('p', { class: 'meta' }, details),
    h('p', { class: tactic.overdue ? 'meta overdue' : 'meta' }, reviewLabel(tactic, reviewLacking)),
    h(
      'button',
      { type: 'button', class: 'link', 'aria-label': `Edit tactic ${tactic.id}`.trim(), onclick: () => edit(tactic) },
      'Edit',
    ),
  );
}

interface CardActions {
  readonly editStrategy: (card: StrategyCard) => void;
  readonly addTactic: (strategyId: string) => void;
  readonly editTactic: (tactic: TacticView) => void;
  readonly expanded: Set<string>;
  /** Tactics columns a tactic's review state needs and the sheet lacks. */
  readonly tacticReviewLacking: readonly string[] | undefined;
}

function strategyCard(card: StrategyCard, actions: CardActions): HTMLElement {
  const { strategy } = card;
  const key = strategy.id || `row-${strategy.row}`;
  const tacticsId = uniqueId('tactics');
  const tacticList = h('ul', { class: 'tactics', id: tacticsId });
  // Built on first opening: a large register has tens of thousands of tactics.
  const fillTactics = () => {
    if (tacticList.childElementCount > 0) return;
    tacticList.append(
      ...card.tactics.map((tactic) => tacticItem(tactic, actions.editTactic, actions.tacticReviewLacking)),
    );
    if (card.tactics.length === 0) tacticList.append(h('li', { class: 'meta' }, 'No tactics yet.'));
  };
  const open = actions.expanded.has(key);
  if (open) fillTactics();
  tacticList.hidden = !open;
  const toggle = h(
    'button',
    {
      type: 'button',
      'aria-expanded': String(open),
      'aria-controls': tacticsId,
      onclick: () => {
        const nowOpen = tacticList.hidden;
        if (nowOpen) fillTactics();
        tacticList.hidden = !nowOpen;
        toggle.setAttribute('aria-expanded', String(nowOpen));
        if (nowOpen) actions.expanded.add(key);
        else actions.expanded.delete(key);
      },
    },
    `Tactics (${card.tactics.length})`,
  );
  const metric = [strategy.metric, strategy.unit ? `(${strategy.unit})` : ''].filter((part) => part !== '').join(' ');
  return h(
    'li',
    { class: 'card strategy' },
    h(
      'h2',
      { class: 'strategy-statement' },
      h('span', { class: 'item-id' }, strategy.id || 'New'),
      ' ',
      strategy.statement,
    ),
    h(
      'p',
      { class: 'meta' },
      [strategy.status, metric, supportsLabel(strategy)].filter((part) => part !== '').join(' · '),
    ),
    progressBar(card),
    checkInTrend(card),
    strategy.learning ? h('p', { class: 'learning' }, `Learned: ${strategy.learning}`) : null,
    h(
      'p',
      { class: 'badges' },
      strategy.onTrack ? h('span', { class: ON_TRACK_CLASS[strategy.onTrack] ?? 'badge' }, strategy.onTrack) : null,
      h('span', { class: 'badge plain' }, card.confidence),
      h('span', { class: strategy.overdue ? 'badge bad' : 'badge plain' }, card.review),
    ),
    h(
      'div',
      { class: 'actions' },
      toggle,
      h(
        'button',
        {
          type: 'button',
          'aria-label': `Edit strategy ${strategy.id}`.trim(),
          onclick: () => actions.editStrategy(card),
        },
        'Edit',
      ),
      strategy.id
        ? h(
            'button',
            {
              type: 'button',
              'aria-label': `Add tactic to ${strategy.id}`,
              onclick: () => actions.addTactic(strategy.id),
            },
            'Add tactic',
          )
        : null,
    ),
    tacticList,
  );
}

/** Runs Set up register, then shows the register again with the sentence saying what Set up did. */
function setUpButton(sidebar: Sidebar): HTMLButtonElement {
  const button = h('button', { type: 'button', class: 'primary' }, MENU_LABELS.setUpRegister);
  const setUp = async () => {
    button.disabled = true;
    try {
      const result = await sidebar.call('setUpRegisterNow');
      sidebar.show(registerScreen(sidebar, result.message));
    } catch (error) {
      button.disabled = false;
      sidebar.failed(error, () => void setUp());
    }
  };
  button.addEventListener('click', () => void setUp());
  return button;
}

function setUpNotice(sidebar: Sidebar, view: RegisterView): HTMLElement {
  const missing = view.missingSheets.map((sheet) => h('p', {}, sheet.message));
  return h(
    'section',
    { class: 'card notice', 'aria-label': 'Set up needed' },
    h('h2', {}, 'Set up the register'),
    ...missing,
    h(
      'p',
      { class: 'hint' },
      'Set up creates missing sheets with their headers, validation and formatting; existing data is never touched.',
    ),
    setUpButton(sidebar),
  );
}

/** The register columns the sheets lack: what cannot be shown or saved until each is back. */
function missingColumnsNotice(sidebar: Sidebar, view: RegisterView): HTMLElement {
  const addable = view.missingColumns.some((column) => column.setUpAdds);
  return h(
    'section',
    { class: 'card notice', 'aria-label': 'Columns missing' },
    h('h2', {}, view.missingColumns.length === 1 ? 'A column is missing' : 'Columns are missing'),
    h('ul', { class: 'missing-columns' }, ...view.missingColumns.map((column) => h('li', {}, column.message))),
    h(
      'p',
      { class: 'hint' },
      'What needs a missing column shows as unknown; saves and snapshots that need it wait until it is back.',
    ),
    addable ? setUpButton(sidebar) : null,
  );
}

function emptySentence(view: RegisterView): string {
  if (view.strategies.length > 0) return 'No strategy matches this status and group.';
  return 'No strategies yet. Add the first: an outcome with a metric, a baseline and a target.';
}

function renderRegister(sidebar: Sidebar, view: RegisterView): HTMLElement {
  // Without its sheets the register can show nothing and save nothing.
  if (view.needsSetUp) return setUpNotice(sidebar, view);
  let filter: RegisterFilter = NO_FILTER;
  const expanded = new Set<string>();
  const list = h('ul', { class: 'strategies', 'aria-label': 'Strategies' });
  const count = h('p', { class: 'meta', role: 'status' });
  const groupSummary = h('p', { class: 'meta group-summary', 'aria-live': 'polite' });
  const backHere = (notice?: string, warnings?: readonly string[]) =>
    sidebar.show(registerScreen(sidebar, notice, warnings));
  const actions: CardActions = {
    expanded,
    tacticReviewLacking: view.unavailable.tacticReview,
    editStrategy: (card) => sidebar.show(strategyFormScreen(sidebar, view, card.strategy, backHere)),
    addTactic: (strategyId) => sidebar.show(tacticFormScreen(sidebar, view, null, strategyId, backHere)),
    editTactic: (tactic) => sidebar.show(tacticFormScreen(sidebar, view, tactic, tactic.strategyId, backHere)),
  };
  const more = h('button', { type: 'button', class: 'more' });
  let cards: StrategyCard[] = [];
  // Cards come in pages so a register of thousands of strategies opens quickly.
  const showMore = () => {
    const start = list.childElementCount;
    list.append(...cards.slice(start, start + PAGE_SIZE).map((card) => strategyCard(card, actions)));
    const left = cards.length - list.childElementCount;
    more.textContent = `Show ${Math.min(left, PAGE_SIZE)} more (${left} not shown)`;
    more.hidden = left === 0;
  };
  more.addEventListener('click', showMore);
  const refresh = () => {
    cards = buildStrategyCards(view, filter);
    list.replaceChildren();
    showMore();
    if (cards.length === 0) list.append(h('li', { class: 'meta' }, emptySentence(view)));
    count.textContent = `${cards.length} of ${view.strategies.length} strategies · ${view.currentQuarter}`;
    groupSummary.textContent = groupSummaryLine(view, filter.group);
    groupSummary.hidden = filter.group === '';
  };
  refresh();
  const statusChoices = [
    { value: '', label: 'All statuses' },
    ...STRATEGY_STATUSES.map((s) => ({ value: s, label: s })),
  ];
  const groupChoices = [
    { value: '', label: 'All groups' },
    ...stakeholderGroupOptions(view).map((group) => ({ value: group, label: group })),
  ];
  const orphans = orphanTactics(view);
  return h(
    'div',
    {},
    view.missingColumns.length > 0 ? missingColumnsNotice(sidebar, view) : null,
    h(
      'div',
      { class: 'toolbar' },
      labelledSelect('Status', statusChoices, (status) => {
        filter = { ...filter, status };
        refresh();
      }),
      labelledSelect('Stakeholder group', groupChoices, (group) => {
        filter = { ...filter, group };
        refresh();
      }),
    ),
    groupSummary,
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          onclick: () => sidebar.show(strategyFormScreen(sidebar, view, null, backHere)),
        },
        'Add strategy',
      ),
    ),
    count,
    list,
    more,
    orphans.length > 0
      ? h(
          'section',
          { class: 'card', 'aria-label': 'Tactics without a strategy' },
          h('h2', {}, 'Tactics without a strategy'),
          h(
            'ul',
            { class: 'tactics' },
            ...orphans.map((tactic) => tacticItem(tactic, actions.editTactic, actions.tacticReviewLacking)),
          ),
        )
      : null,
    showsAlignment(view) ? alignmentCard(view) : null,
    operationsCard(sidebar),
  );
}

/** What just happened (e.g. a save) and the health check's findings on the saved row, which never block it. */
function outcome(notice: string | undefined, warnings: readonly string[]): HTMLElement | null {
  if (notice === undefined) return null;
  return h(
    'div',
    { role: 'status' },
    h('p', { class: 'result ok' }, notice),
    warnings.length > 0
      ? h(
          'section',
          { class: 'save-warnings', 'aria-label': 'Health check findings' },
          h('p', {}, 'The health check finds:'),
          h('ul', {}, ...warnings.map((warning) => h('li', {}, warning))),
        )
      : null,
  );
}

/** The register screen; `notice` is a sentence about what just happened, `warnings` the findings on a saved row. */
export function registerScreen(sidebar: Sidebar, notice?: string, warnings: readonly string[] = []): HTMLElement {
  const body = h('div', { class: 'register-body' });
  void sidebar.load(
    body,
    'Loading the register…',
    () => sidebar.call('getRegister'),
    (view) => renderRegister(sidebar, view),
  );
  return h(
    'section',
    { class: 'view', 'aria-labelledby': 'register-heading' },
    h('h1', { id: 'register-heading' }, 'Strategies'),
    outcome(notice, warnings),
    body,
  );
}
