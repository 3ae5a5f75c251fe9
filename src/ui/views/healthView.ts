/** Health check: runs the lint, lists findings by rule; selecting one selects its cell in the sheet. */
import type { FindingView } from '../../server/api/wireTypes';
import { h, spinner } from '../dom';
import { type FindingGroup, findingPlace, findingsSummary, groupFindings } from '../findingsModel';
import type { Sidebar } from './shell';

function findingButton(sidebar: Sidebar, finding: FindingView, status: HTMLElement): HTMLElement {
  const place = findingPlace(finding);
  const jump = async () => {
    status.replaceChildren(spinner(`Going to ${place}…`));
    try {
      await sidebar.call('selectCell', finding.sheet, finding.a1);
      status.textContent = `Selected ${finding.sheet}!${finding.a1}.`;
    } catch (error) {
      status.replaceChildren();
      sidebar.failed(error, () => void jump());
    }
  };
  return h(
    'li',
    {},
    h(
      'button',
      { type: 'button', class: finding.blocking ? 'finding blocking' : 'finding', onclick: () => void jump() },
      h('span', { class: 'finding-place' }, place),
      h('span', { class: 'finding-message' }, finding.message),
      finding.blocking ? h('span', { class: 'badge bad' }, 'Blocks snapshot') : null,
    ),
  );
}

/** Findings listed per rule at a time: a large register can have thousands of overdue reviews. */
const PAGE_SIZE = 20;

function findingGroup(sidebar: Sidebar, group: FindingGroup, status: HTMLElement): HTMLElement {
  const list = h('ul', { class: 'findings' });
  const more = h('button', { type: 'button', class: 'more' });
  const showMore = () => {
    const start = list.childElementCount;
    list.append(
      ...group.findings.slice(start, start + PAGE_SIZE).map((finding) => findingButton(sidebar, finding, status)),
    );
    const left = group.findings.length - list.childElementCount;
    more.textContent = `Show ${Math.min(left, PAGE_SIZE)} more (${left} not shown)`;
    more.hidden = left === 0;
  };
  more.addEventListener('click', showMore);
  showMore();
  return h(
    'section',
    { class: 'card finding-group', 'aria-label': group.title },
    h('h2', {}, `${group.title} (${group.findings.length})`),
    h('p', { class: 'rule-id' }, group.rule),
    list,
    more,
  );
}

function renderFindings(sidebar: Sidebar, findings: readonly FindingView[]): HTMLElement {
  const status = h('p', { class: 'meta', role: 'status' });
  const groups = groupFindings(findings).map((group) => findingGroup(sidebar, group, status));
  return h(
    'div',
    {},
    h('p', { class: findings.length === 0 ? 'result ok' : 'meta' }, findingsSummary(findings)),
    status,
    ...groups,
  );
}

export function healthScreen(sidebar: Sidebar): HTMLElement {
  const body = h('div', {});
  const run = () =>
    sidebar.load(
      body,
      'Checking the register…',
      () => sidebar.call('checkRegister'),
      (findings) => renderFindings(sidebar, findings),
    );
  void run();
  return h(
    'section',
    { class: 'view', 'aria-labelledby': 'health-heading' },
    h('h1', { id: 'health-heading' }, 'Health check'),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => void run() }, 'Run again'),
    ),
    body,
  );
}
