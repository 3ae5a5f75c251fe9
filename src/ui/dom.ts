/**
 * A tiny element builder. Text always goes through textContent and attributes through
 * setAttribute, so register data can never become markup.
 */

export type Child = Node | string | null | undefined | false;

export interface Props {
  readonly [name: string]: string | number | boolean | null | undefined | ((event: Event) => void);
}

/** `h('button', { class: 'primary', onclick: save }, 'Save')`; `on…` props become listeners. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') {
      node.addEventListener(name.slice(2), value);
    } else if (name === 'value' && 'value' in node) {
      (node as unknown as { value: string }).value = String(value);
    } else if (name === 'checked' && node instanceof HTMLInputElement) {
      node.checked = value === true;
    } else {
      node.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(node, children);
  return node;
}

/** Appends children, turning strings into text nodes. */
export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

let idCounter = 0;

/** A page-unique id, for label/for and aria-describedby pairs. */
export function uniqueId(prefix: string): string {
  idCounter += 1;
  return `${prefix}-${idCounter}`;
}

/** A spinner with a sentence beside it, announced politely to screen readers. */
export function spinner(text: string): HTMLElement {
  return h('p', { class: 'busy', role: 'status' }, h('span', { class: 'spinner', 'aria-hidden': 'true' }), text);
}
