/**
 * The quarterly review, one active strategy per step. Every step is saved as a draft on
 * the server, so closing the sidebar mid-review loses nothing; the last step applies
 * the review and offers the snapshot and the variance sheet.
 */

import { hintOf } from '../../domain/edit/formFields';
import { STRATEGY_FORM, strategyFieldContext } from '../../domain/edit/formSchemas';
import type {
  AppliedReview,
  RegisterView,
  ReviewDraft,
  StrategyView,
  TacticDecision,
} from '../../server/api/wireTypes';
import { h, spinner, uniqueId } from '../dom';
import { progressDisplay } from '../registerModel';
import {
  activeStrategies,
  appliedThisQuarter,
  DECISIONS,
  openTactics,
  readReviewStep,
  replaceReview,
  reviewSummary,
  startReview,
  TACTIC_DECISIONS,
} from '../reviewModel';
import { field, showFieldErrors } from './formFields';
import { operationsCard } from './operations';
import { focusHeading, type Sidebar } from './shell';

interface ReviewSession {
  readonly sidebar: Sidebar;
  readonly view: RegisterView;
  readonly strategies: readonly StrategyView[];
  readonly place: HTMLElement;
  draft: ReviewDraft;
}

/** Saves the draft at `step`, then shows that step; a failure offers Retry. */
async function goTo(session: ReviewSession, draft: ReviewDraft, step: number): Promise<void> {
  const next = { ...draft, step };
  session.place.replaceChildren(spinner('Saving your answers…'));
  try {
    await session.sidebar.call('saveReviewDraft', next);
    session.draft = next;
    if (!session.place.isConnected) return;
    render(session);
    focusHeading(session.place);
  } catch (error) {
    session.draft = draft;
    if (!session.place.isConnected) return;
    render(session);
    session.sidebar.failed(error, () => void goTo(session, draft, step));
  }
}

function decisionFieldset(name: string, chosen: string, onchange: (value: string) => void): HTMLFieldSetElement {
  const set = h('fieldset', { class: 'choices' }, h('legend', {}, 'Decision'));
  for (const decision of DECISIONS) {
    const id = uniqueId(`decision-${decision.value}`);
    set.append(
      h(
        'div',
        { class: 'choice' },
        h('input', {
          type: 'radio',
          id,
          name,
          value: decision.value,
          checked: decision.value === chosen,
          onchange: () => onchange(decision.value),
        }),
        h('label', { for: id }, decision.label),
      ),
    );
  }
  return set;
}

/** The quarter's check-ins of the strategy, newest first, so the learning is written from the record. */
function quarterRecord(strategy: StrategyView): HTMLElement | null {
  const { quarter } = strategy.checkIns;
  if (quarter.length === 0) return null;
  const entries = [...quarter]
    .reverse()
    .map((checkIn) =>
      h(
        'li',
        { class: 'checkin-entry' },
        h('span', { class: 'meta' }, checkIn.day),
        ' ',
        checkIn.value === null ? '' : checkIn.valueText,
        checkIn.confidence === null ? '' : ` · confidence ${checkIn.confidence}`,
        checkIn.by === '' ? '' : ` · ${checkIn.by}`,
        checkIn.note === '' ? null : h('span', { class: 'checkin-note' }, ` — ${checkIn.note}`),
      ),
    );
  return h(
    'details',
    { class: 'quarter-record', open: true },
    h('summary', {}, `This quarter's check-ins (${quarter.length})`),
    h('ul', { class: 'checkin-record' }, ...entries),
  );
}

function strategyStep(session: ReviewSession, index: number): HTMLElement {
  const strategy = session.strategies[index] as StrategyView;
  const saved = session.draft.reviews.find((review) => review.strategyId === strategy.id);
  const unit = strategy.unit ? ` (${strategy.unit})` : '';
  const learning = field({
    name: 'learning',
    label: 'What did we learn this quarter?',
    value: saved?.learning ?? '',
    kind: 'textarea',
    ...(strategy.learning ? { hint: `Last recorded: ${strategy.learning}` } : {}),
  });
  const newTarget = field({
    name: 'newTarget',
    label: `New target${unit}`,
    value: saved?.newTarget ?? '',
    kind: 'number',
    hint: strategy.fields.target === '' ? 'No target is set yet.' : `The target now is ${strategy.fields.target}.`,
  });
  // Current and confidence open on the cells as they stand; only a changed one is written.
  const opened = (key: 'current' | 'confidence') => saved?.changes[key] ?? strategy.fields[key];
  const problem = (key: 'current' | 'confidence') => {
    const sentence = strategy.problems[key];
    return sentence !== undefined && opened(key) === strategy.fields[key] ? { problem: sentence } : {};
  };
  const current = field({
    name: 'current',
    label: `Current${unit}`,
    value: opened('current'),
    kind: 'number',
    hint: hintOf(STRATEGY_FORM.current, strategyFieldContext(strategy.unit, strategy)) ?? '',
    ...problem('current'),
  });
  const confidence = field({
    name: 'confidence',
    label: 'Confidence (0–10)',
    value: opened('confidence'),
    kind: 'number',
    ...problem('confidence'),
  });
  let decision = saved?.decision ?? 'keep';
  newTarget.element.hidden = decision !== 'adjust';
  const decisions = decisionFieldset(uniqueId('decision'), decision, (value) => {
    decision = value as typeof decision;
    newTarget.element.hidden = decision !== 'adjust';
  });
  const tacticFields = openTactics(session.view, strategy.id).map((tactic) =>
    field({
      name: tactic.id,
      label: `${tactic.id} · ${tactic.statement}`,
      value: saved?.tactics[tactic.id] ?? 'keep',
      kind: 'select',
      options: TACTIC_DECISIONS,
    }),
  );
  const readStep = () => {
    const tactics: Record<string, TacticDecision> = {};
    for (const item of tacticFields) tactics[item.name] = item.control.value as TacticDecision;
    const result = readReviewStep(strategy, {
      learning: learning.control.value,
      decision,
      newTarget: newTarget.control.value,
      current: current.control.value,
      confidence: confidence.control.value,
      tactics,
    });
    showFieldErrors([learning, newTarget, current, confidence], result.ok ? {} : result.errors);
    return result;
  };
  const move = (step: number) => {
    const result = readStep();
    if (result.ok) void goTo(session, replaceReview(session.draft, result.review), step);
  };
  const total = session.strategies.length;
  return h(
    'form',
    {
      class: 'card review-step',
      novalidate: true,
      onsubmit: (event) => {
        event.preventDefault();
        move(index + 1);
      },
    },
    h('p', { class: 'meta' }, `Strategy ${index + 1} of ${total} · ${session.draft.quarter}`),
    index === 0
      ? h(
          'p',
          { class: 'meta' },
          'Each step is kept as a draft, even if you close the sidebar; the register changes only when you apply the review at the end.',
        )
      : null,
    h('h2', {}, h('span', { class: 'item-id' }, strategy.id), ' ', strategy.statement),
    h('p', { class: 'meta' }, `Progress ${progressDisplay(strategy.progress).label}`),
    quarterRecord(strategy),
    learning.element,
    decisions,
    newTarget.element,
    current.element,
    confidence.element,
    tacticFields.length > 0
      ? h(
          'fieldset',
          { class: 'tactic-decisions' },
          h('legend', {}, 'Its tactics'),
          ...tacticFields.map((f) => f.element),
        )
      : h('p', { class: 'meta' }, 'This strategy has no open tactics.'),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'submit', class: 'primary' }, index + 1 === total ? 'Save and finish' : 'Save and next'),
      index > 0 ? h('button', { type: 'button', onclick: () => move(index - 1) }, 'Back') : null,
    ),
  );
}

function summaryStep(session: ReviewSession): HTMLElement {
  const { sidebar, draft } = session;
  const area = h('div', { 'aria-live': 'polite' });
  const applyButton = h('button', { type: 'button', class: 'primary' }, 'Apply review');
  const apply = async () => {
    applyButton.disabled = true;
    area.replaceChildren(spinner('Writing the review to the register…'));
    try {
      const result = await sidebar.call('applyReview', draft.reviews);
      area.replaceChildren(
        h('p', { class: result.ok ? 'result ok' : 'result failed', role: 'status' }, result.message),
      );
      if (result.ok) {
        // Applied: going back or applying twice would write the review again.
        actions.remove();
        area.append(operationsCard(sidebar, 'Finish the quarter'));
        return;
      }
    } catch (error) {
      area.replaceChildren();
      sidebar.failed(error, () => void apply());
    }
    applyButton.disabled = false;
  };
  applyButton.addEventListener('click', () => void apply());
  const lines = draft.reviews.map((review) => {
    const label = DECISIONS.find((decision) => decision.value === review.decision)?.label ?? review.decision;
    return h('li', {}, h('span', { class: 'item-id' }, review.strategyId), ` ${label}`);
  });
  const actions = h(
    'div',
    { class: 'actions' },
    applyButton,
    draft.reviews.length > 0
      ? h('button', { type: 'button', onclick: () => void goTo(session, draft, draft.reviews.length - 1) }, 'Back')
      : null,
  );
  return h(
    'section',
    { class: 'card review-summary', 'aria-label': 'Review summary' },
    h('h2', {}, `Review of ${draft.quarter}`),
    h('p', {}, reviewSummary(draft.reviews)),
    h('ul', { class: 'summary' }, ...lines),
    actions,
    area,
  );
}

function render(session: ReviewSession): void {
  const step = session.draft.step;
  session.place.replaceChildren(step < session.strategies.length ? strategyStep(session, step) : summaryStep(session));
}

/** The quarter's review is applied: say so, offer the snapshot, and a way to review again. */
function reviewDone(sidebar: Sidebar, view: RegisterView, applied: AppliedReview): HTMLElement {
  const strategies = applied.strategies === 1 ? '1 strategy' : `${applied.strategies} strategies`;
  const tactics = applied.tactics === 1 ? '1 tactic' : `${applied.tactics} tactics`;
  const place = h(
    'section',
    { class: 'card review-done', 'aria-label': `Review of ${applied.quarter}` },
    h('h2', {}, `Review of ${applied.quarter}`),
    h(
      'p',
      { class: 'result ok', role: 'status' },
      `The review of ${applied.quarter} was applied on ${applied.appliedOn}: ${strategies} and ${tactics} marked reviewed.`,
    ),
    operationsCard(sidebar, 'Finish the quarter'),
    h(
      'div',
      { class: 'actions' },
      h(
        'button',
        { type: 'button', onclick: () => place.replaceWith(beginReview(sidebar, view, null, false)) },
        'Review again',
      ),
    ),
  );
  return place;
}

function beginReview(sidebar: Sidebar, view: RegisterView, saved: ReviewDraft | null, showApplied = true): HTMLElement {
  const applied = showApplied ? appliedThisQuarter(view, saved) : null;
  if (applied) return reviewDone(sidebar, view, applied);
  const place = h('div', {});
  const strategies = activeStrategies(view);
  if (strategies.length === 0) {
    return h('p', {}, 'There are no active strategies to review. Set a strategy to Active in the register first.');
  }
  const session: ReviewSession = { sidebar, view, strategies, place, draft: startReview(view, saved) };
  const resumed = saved !== null && saved.quarter === view.currentQuarter && session.draft.step > 0;
  render(session);
  return h(
    'div',
    {},
    resumed ? h('p', { class: 'result ok', role: 'status' }, 'Picked up your review where you left it.') : null,
    place,
  );
}

export function reviewScreen(sidebar: Sidebar): HTMLElement {
  const body = h('div', {});
  void sidebar.load(
    body,
    'Loading the review…',
    () => Promise.all([sidebar.call('getRegister'), sidebar.call('getReviewDraft')]),
    ([view, draft]) => beginReview(sidebar, view, draft),
  );
  return h(
    'section',
    { class: 'view', 'aria-labelledby': 'review-heading' },
    h('h1', { id: 'review-heading' }, 'Quarterly review'),
    h('p', { class: 'meta' }, 'For each active strategy: what we learned, the decision, confidence and its tactics.'),
    body,
  );
}
