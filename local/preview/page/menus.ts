import { byId, el } from './dom';

/** The add-on menu as the emulator recorded it: items, separators and submenus. */
type RecordedItem = { label: string; functionName: string } | 'separator' | { label: string; items: RecordedItem[] };
interface RecordedMenu {
  title: string;
  items: RecordedItem[];
}

let openButton: HTMLElement | undefined;

export function closeMenu(): void {
  byId('menu-popup').hidden = true;
  openButton?.setAttribute('aria-expanded', 'false');
  openButton = undefined;
}

function itemButton(label: string, onChoose: () => void): HTMLButtonElement {
  const button = el('button', { className: 'menu-item', text: label, attrs: { type: 'button', role: 'menuitem' } });
  button.addEventListener('click', () => {
    closeMenu();
    onChoose();
  });
  return button;
}

function itemNodes(items: readonly RecordedItem[], run: (name: string) => void): Node[] {
  return items.flatMap((item): Node[] => {
    if (item === 'separator') return [el('div', { className: 'menu-separator', attrs: { role: 'separator' } })];
    if ('functionName' in item) return [itemButton(item.label, () => run(item.functionName))];
    return [el('div', { className: 'menu-heading', text: item.label }), ...itemNodes(item.items, run)];
  });
}

/** Opens a menu under its menubar button. */
export function openMenu(button: HTMLElement, nodes: readonly Node[]): void {
  const wasOpen = openButton === button;
  closeMenu();
  if (wasOpen) return;
  const popup = byId('menu-popup');
  const box = button.getBoundingClientRect();
  popup.style.left = `${box.left}px`;
  popup.style.top = `${box.bottom + 2}px`;
  popup.replaceChildren(...nodes);
  popup.hidden = false;
  // A button near the foot of the window (a sheet's tab) opens its menu upwards.
  const height = popup.getBoundingClientRect().height;
  if (box.bottom + 2 + height > window.innerHeight) popup.style.top = `${Math.max(0, box.top - 2 - height)}px`;
  button.setAttribute('aria-expanded', 'true');
  openButton = button;
  popup.querySelector<HTMLElement>('.menu-item')?.focus();
}

/** Extensions → one section per add-on menu, titled like Sheets shows it. */
export function extensionsMenu(menus: readonly unknown[], run: (name: string) => void): Node[] {
  const recorded = menus as RecordedMenu[];
  if (recorded.length === 0) return [el('div', { className: 'menu-heading', text: 'No add-on menu was created.' })];
  return recorded.flatMap((menu) => [
    el('div', { className: 'menu-heading', text: menu.title }),
    ...itemNodes(menu.items, run),
  ]);
}

export function editMenu(undo: () => void): Node[] {
  return [itemButton('Undo (Ctrl+Z)', undo)];
}

export function fileMenu(): Node[] {
  return [itemButton('Download as Excel (.xlsx)', () => window.location.assign('/export.xlsx'))];
}

document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') closeMenu();
});
document.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  if (!target.closest('#menu-popup') && !target.closest('.menubar') && !target.closest('[aria-haspopup="menu"]')) {
    closeMenu();
  }
});
