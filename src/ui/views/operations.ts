/**
 * Snapshot and variance buttons with progress feedback: a spinner while the server
 * works, then its sentence. Taking a snapshot first confirms the quarter, and asks
 * again before replacing a quarter that is already in history.
 */
import type { OperationResult, SnapshotOffer } from '../../server/api/wireTypes';
import { h, spinner, uniqueId } from '../dom';
import type { Sidebar } from './shell';

/** The quarters worth offering, suggested first, each once. */
export function quarterChoices(plan: SnapshotOffer): string[] {
  return [...new Set([plan.suggestedQuarter, plan.currentQuarter, plan.previousQuarter].filter((q) => q !== ''))];
}

export function operationsCard(sidebar: Sidebar, title = 'Snapshot and variance'): HTMLElement {
  const area = h('div', { class: 'operation-area', 'aria-live': 'polite' });
  const buttons: HTMLButtonElement[] = [];
  const setBusy = (busy: boolean) => {
    for (const button of buttons) button.disabled = busy;
  };

  /** Runs one server step with a spinner; a failure goes to the banner with a Retry of that step. */
  const step = async <T>(busyText: string, run: () => Promise<T>, then: (value: T) => void): Promise<void> => {
    setBusy(true);
    area.replaceChildren(spinner(busyText));
    try {
      const value = await run();
      setBusy(false);
      then(value);
    } catch (error) {
      setBusy(false);
      area.replaceChildren();
      sidebar.failed(error, () => void step(busyText, run, then));
    }
  };

  /** The outcome's sentence; a refusal for findings that would make the history ambiguous offers the health check. */
  const showResult = (result: OperationResult) => {
    const line = h('p', { class: result.ok ? 'result ok' : 'result failed', role: 'status' }, result.message);
    const fix =
      result.code === 'blocking-findings'
        ? h(
            'div',
            { class: 'actions' },
            h('button', { type: 'button', onclick: () => sidebar.open('health') }, 'Open the health check'),
          )
        : null;
    area.replaceChildren(line, ...(fix ? [fix] : []));
  };

  const take = (quarter: string, replace: boolean) =>
    step(
      `Taking the snapshot of ${quarter}…`,
      () => sidebar.call('takeSnapshotNow', quarter, replace),
      (result) => {
        // Asked by code, never by the sentence: the quarter has a snapshot, so replacing it needs a yes.
        if (result.code !== 'snapshot-exists' || result.confirm === undefined || replace) {
          showResult(result);
          return;
        }
        area.replaceChildren(
          h('p', { class: 'question' }, result.confirm),
          h(
            'div',
            { class: 'actions' },
            h('button', { type: 'button', class: 'primary', onclick: () => void take(quarter, true) }, 'Replace'),
            h('button', { type: 'button', onclick: () => area.replaceChildren() }, 'Cancel'),
          ),
        );
      },
    );

  const confirmQuarter = (plan: SnapshotOffer) => {
    // A register that cannot be snapshotted says so before any quarter is offered.
    if (plan.refusal !== undefined) {
      showResult({ ok: false, message: plan.refusal, ...(plan.refusalCode ? { code: plan.refusalCode } : {}) });
      return;
    }
    const id = uniqueId('snapshot-quarter');
    const select = h('select', { id });
    for (const quarter of quarterChoices(plan)) select.append(h('option', { value: quarter }, quarter));
    const taken = plan.quartersInHistory.length > 0 ? `Already in history: ${plan.quartersInHistory.join(', ')}.` : '';
    area.replaceChildren(
      h(
        'div',
        { class: 'confirm' },
        h('label', { for: id }, 'Quarter to snapshot'),
        select,
        taken ? h('p', { class: 'hint' }, taken) : null,
        h(
          'div',
          { class: 'actions' },
          h(
            'button',
            { type: 'button', class: 'primary', onclick: () => void take(select.value, false) },
            'Take snapshot',
          ),
          h('button', { type: 'button', onclick: () => area.replaceChildren() }, 'Cancel'),
        ),
      ),
    );
    select.focus();
  };

  const snapshotButton = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      onclick: () =>
        void step('Checking which quarter to snapshot…', () => sidebar.call('snapshotPlan'), confirmQuarter),
    },
    'Take snapshot',
  );
  const varianceButton = h(
    'button',
    {
      type: 'button',
      onclick: () =>
        void step('Building the variance sheet…', () => sidebar.call('buildVarianceNow', null, null), showResult),
    },
    'Build variance',
  );
  const rollupButton = h(
    'button',
    {
      type: 'button',
      onclick: () => void step('Building the roll-up…', () => sidebar.call('buildRollupNow'), showResult),
    },
    'Build roll-up',
  );
  buttons.push(snapshotButton, varianceButton, rollupButton);
  return h(
    'section',
    { class: 'card operations', 'aria-label': title },
    h('h2', {}, title),
    h('div', { class: 'actions' }, snapshotButton, varianceButton, rollupButton),
    area,
  );
}
