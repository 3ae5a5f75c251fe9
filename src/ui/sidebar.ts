/** The sidebar page. Renders with textContent only: register text is user data, never HTML. */

function element<K extends keyof HTMLElementTagNameMap>(tag: K, text: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

function render(root: HTMLElement): void {
  root.replaceChildren(
    element('h1', 'Strategy Register'),
    element(
      'p',
      'Strategies say what will change and how it is measured; tactics say how. Use the add-on menu to set up the register.',
    ),
  );
}

const root = document.getElementById('app');
if (root) render(root);
