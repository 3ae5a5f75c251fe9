import type { CellView, SheetView } from '../previewState';
import { byId, el } from './dom';
import { renderCharts, sparklineElement } from './drawings';
import { rowPager } from './rowPager';

/** Column letters as Sheets names them: A…Z, AA… */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** The selected cell's address and content, and its note (or error sentence) under them, as Sheets shows on selection. */
function showInFormulaBar(address: string, cell: CellView | undefined): void {
  byId('cell-address').textContent = address;
  byId('formula').textContent = cell ? (cell.f ?? cell.d) : '';
  const note = byId('cell-note');
  note.textContent = cell?.n ?? '';
  note.hidden = !cell?.n;
}

function cellElement(cell: CellView, address: string): HTMLTableCellElement {
  const td = el('td', { text: cell.d, attrs: { 'data-address': address } });
  if (cell.r) td.classList.add('number');
  if (cell.bg) td.style.backgroundColor = cell.bg;
  if (cell.fg) td.style.color = cell.fg;
  if (cell.b) td.classList.add('bold');
  if (cell.e) td.classList.add('error-value');
  if (cell.sp) td.append(sparklineElement(cell.sp));
  if (cell.dd) {
    td.classList.add('has-dropdown');
    // The arrow is drawn by CSS, so the cell's text stays its value.
    td.append(el('span', { className: 'dropdown-chip', attrs: { 'aria-hidden': 'true' } }));
  }
  if (cell.w) td.classList.add('invalid');
  else if (cell.n) td.classList.add('has-note');
  if (cell.n) td.title = cell.n;
  return td;
}

function rowElement(cells: readonly CellView[], row: number, columns: number): HTMLTableRowElement {
  const tr = el('tr', {}, [el('th', { text: String(row), attrs: { scope: 'row' } })]);
  for (let c = 0; c < columns; c++) tr.append(cellElement(cells[c] ?? { d: '' }, `${columnName(c)}${row}`));
  return tr;
}

/** Selects a cell as if clicked (the add-on jumped to it); `a1` may be a range, its first cell is taken. */
export function selectCell(a1: string): void {
  const first = a1.split(':')[0]?.replace(/\$/g, '').toUpperCase() ?? '';
  const td = document.querySelector<HTMLTableCellElement>(`td[data-address="${CSS.escape(first)}"]`);
  if (!td) return;
  td.click();
  td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** The 1-based row of an A1 address (`C703` → 703). */
export function rowOf(a1: string): number {
  return Number(/\d+/.exec(a1.split(':')[0] ?? '')?.[0] ?? 1);
}

/** The 0-based column of an A1 address (`C703` → 2). */
export function columnOf(a1: string): number {
  const letters = /^[A-Z]+/i.exec(a1)?.[0]?.toUpperCase() ?? 'A';
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
}

/** Whether the sheet's drawn rows include `row`. */
export function isShown(sheet: SheetView, row: number): boolean {
  return row <= sheet.frozenRows || (row >= sheet.firstRow && row < sheet.firstRow + sheet.body.length);
}

function renderPager(sheet: SheetView, turnTo: (row: number) => void): void {
  const footer = byId('grid-more');
  const pager = rowPager(sheet);
  if (!pager) {
    footer.hidden = true;
    footer.replaceChildren();
    return;
  }
  const button = (label: string, row: number) => {
    const node = el('button', { className: 'pager-button', text: label, attrs: { type: 'button' } });
    node.addEventListener('click', () => turnTo(row));
    return node;
  };
  footer.replaceChildren(
    el('span', { className: 'pager-text', text: pager.text }),
    ...(pager.previous ? [button(pager.previous.label, pager.previous.row)] : []),
    ...(pager.next ? [button(pager.next.label, pager.next.row)] : []),
  );
  footer.hidden = false;
}

/** What the user does to cells; the page sends each to the server. */
export interface GridEdits {
  /** Text typed or pasted from a cell (rows of cells). */
  edit(a1: string, rows: string[][]): void;
  /** Delete on a rectangle of cells. */
  clear(a1: string): void;
  undo(): void;
}

/** Blank columns and rows drawn past the data, so there is room to type. */
const BLANK_COLUMNS = 26;
const BLANK_ROWS = 30;

/** Which sheet and page of rows the grid drew last: another one starts at the top left. */
let drawn = '';
/** The selection: where it started and the cell it reaches (the same cell for one cell). */
let anchor = '';
let focus = '';
let current: { sheet: SheetView; edits: GridEdits } | undefined;

function cellViewAt(a1: string): CellView | undefined {
  const sheet = current?.sheet;
  if (!sheet) return undefined;
  const row = rowOf(a1);
  const col = columnOf(a1);
  return row <= sheet.frozenRows ? sheet.head[row - 1]?.[col] : sheet.body[row - sheet.firstRow]?.[col];
}

function tdAt(a1: string): HTMLTableCellElement | null {
  return document.querySelector<HTMLTableCellElement>(`td[data-address="${CSS.escape(a1)}"]`);
}

/** The selection as A1 notation: one cell, or the rectangle from anchor to focus. */
function selectionA1(): string {
  if (anchor === focus) return focus;
  const [r1, r2] = [rowOf(anchor), rowOf(focus)].sort((a, b) => a - b) as [number, number];
  const [c1, c2] = [columnOf(anchor), columnOf(focus)].sort((a, b) => a - b) as [number, number];
  return `${columnName(c1)}${r1}:${columnName(c2)}${r2}`;
}

function paintSelection(): void {
  for (const node of document.querySelectorAll('td.selected, td.in-selection')) {
    node.classList.remove('selected', 'in-selection');
  }
  if (!focus) return;
  const [r1, r2] = [rowOf(anchor), rowOf(focus)].sort((a, b) => a - b) as [number, number];
  const [c1, c2] = [columnOf(anchor), columnOf(focus)].sort((a, b) => a - b) as [number, number];
  for (let r = r1; r <= r2; r++) {
    for (let c = c1; c <= c2; c++) tdAt(`${columnName(c)}${r}`)?.classList.add('in-selection');
  }
  tdAt(focus)?.classList.add('selected');
  showInFormulaBar(focus, cellViewAt(focus));
}

function select(a1: string, extend = false): void {
  focus = a1;
  if (!extend) anchor = a1;
  paintSelection();
  tdAt(a1)?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** The cell `rows` down and `cols` across from the focus, kept inside the drawn rows and columns. */
function moved(rows: number, cols: number): string {
  if (!current || !focus) return focus;
  const row = Math.max(1, rowOf(focus) + rows);
  const col = Math.max(0, columnOf(focus) + cols);
  return tdAt(`${columnName(col)}${row}`) ? `${columnName(col)}${row}` : focus;
}

// ---- the in-cell editor ----

let editor: HTMLInputElement | undefined;
let editing = '';

function stopEditing(): void {
  editor?.remove();
  editor = undefined;
  editing = '';
}

function startEditing(a1: string, text: string): void {
  const td = tdAt(a1);
  if (!td || !current) return;
  stopEditing();
  editing = a1;
  const input = el('input', {
    className: 'cell-editor',
    attrs: { type: 'text', 'aria-label': `Edit ${a1}`, spellcheck: 'false' },
  });
  input.value = text;
  const box = td.getBoundingClientRect();
  const host = byId('grid-scroll').getBoundingClientRect();
  const scroll = byId('grid-scroll');
  input.style.left = `${box.left - host.left + scroll.scrollLeft}px`;
  input.style.top = `${box.top - host.top + scroll.scrollTop}px`;
  input.style.minWidth = `${box.width}px`;
  input.style.height = `${box.height}px`;
  scroll.append(input);
  editor = input;
  input.focus();
  input.setSelectionRange(text.length, text.length);
  input.addEventListener('input', () => {
    byId('formula').textContent = input.value;
  });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' || event.key === 'Tab') {
      event.preventDefault();
      commit(
        event.key === 'Enter' ? (event.shiftKey ? -1 : 1) : 0,
        event.key === 'Tab' ? (event.shiftKey ? -1 : 1) : 0,
      );
    } else if (event.key === 'Escape') {
      event.preventDefault();
      stopEditing();
      paintSelection();
      byId('grid-scroll').focus();
    }
    event.stopPropagation();
  });
}

/** Sends the editor's text to the cell, then selects the cell `rows` down and `cols` across. */
function commit(rows: number, cols: number): void {
  if (!editor || !current) return;
  const a1 = editing;
  const text = editor.value;
  const before = cellViewAt(a1);
  const next = moved(rows, cols);
  stopEditing();
  focus = next;
  anchor = next;
  byId('grid-scroll').focus();
  if (text !== (before ? (before.f ?? before.d) : '')) current.edits.edit(a1, [[text]]);
  else paintSelection();
}

function openDropdown(a1: string): void {
  const cell = cellViewAt(a1);
  const td = tdAt(a1);
  if (!cell?.dd || !td || !current) return;
  const list = el('div', { className: 'dropdown-list', attrs: { role: 'listbox', 'aria-label': `Choices for ${a1}` } });
  for (const choice of cell.dd) {
    const option = el('button', {
      className: 'dropdown-option',
      text: choice,
      attrs: { type: 'button', role: 'option' },
    });
    option.addEventListener('click', (event) => {
      event.stopPropagation();
      list.remove();
      current?.edits.edit(a1, [[choice]]);
    });
    list.append(option);
  }
  const box = td.getBoundingClientRect();
  const scroll = byId('grid-scroll');
  const host = scroll.getBoundingClientRect();
  list.style.left = `${box.left - host.left + scroll.scrollLeft}px`;
  list.style.top = `${box.bottom - host.top + scroll.scrollTop}px`;
  scroll.append(list);
  list.querySelector<HTMLElement>('button')?.focus();
}

/** Tab-separated rows, as spreadsheets put a block of cells on the clipboard. */
export function clipboardRows(text: string): string[][] {
  const lines = text.replace(/\r\n?/g, '\n').replace(/\n$/, '').split('\n');
  return lines.map((line) => line.split('\t'));
}

function onKey(event: KeyboardEvent): void {
  if (!current || !focus || editor) return;
  const arrows: Record<string, [number, number]> = {
    ArrowUp: [-1, 0],
    ArrowDown: [1, 0],
    ArrowLeft: [0, -1],
    ArrowRight: [0, 1],
  };
  const step = arrows[event.key];
  if (step) {
    event.preventDefault();
    select(moved(...step), event.shiftKey);
  } else if (event.key === 'Enter' || event.key === 'F2') {
    event.preventDefault();
    const cell = cellViewAt(focus);
    startEditing(focus, cell ? (cell.f ?? cell.d) : '');
  } else if (event.key === 'Tab') {
    event.preventDefault();
    select(moved(0, event.shiftKey ? -1 : 1));
  } else if (event.key === 'Delete' || event.key === 'Backspace') {
    event.preventDefault();
    current.edits.clear(selectionA1());
  } else if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'z') {
    event.preventDefault();
    current.edits.undo();
  } else if (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey) {
    // Typing on a selected cell replaces its content, as in Sheets.
    event.preventDefault();
    startEditing(focus, event.key);
  }
}

let listening = false;

function listenOnce(): void {
  if (listening) return;
  listening = true;
  const scroll = byId('grid-scroll');
  scroll.addEventListener('keydown', onKey);
  scroll.addEventListener('paste', (event) => {
    if (!current || !focus || editor) return;
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (text === '') return;
    event.preventDefault();
    current.edits.edit(focus, clipboardRows(text));
  });
  scroll.addEventListener('copy', (event) => {
    if (!current || !focus || editor) return;
    const cell = cellViewAt(focus);
    event.clipboardData?.setData('text/plain', cell?.d ?? '');
    event.preventDefault();
  });
}

/** Keeps the widths Sheets gives the columns (100 pixels unless the sheet sets one). */
function columnGroup(sheet: SheetView, columns: number): HTMLTableColElement {
  const group = el('colgroup', {}, [el('col', { className: 'row-numbers' })]);
  for (let c = 0; c < columns; c++) {
    const col = el('col');
    col.style.width = `${sheet.widths[c] ?? 100}px`;
    group.append(col);
  }
  return group as unknown as HTMLTableColElement;
}

/**
 * Draws one sheet as a grid you can type in: column letters and frozen rows stay on top, row
 * numbers on the left; clicking a cell selects it and shows its formula or raw value; typing,
 * Enter, Tab, Delete and paste edit it. `turnTo(row)` shows the page of rows holding that row.
 */
export function renderGrid(sheet: SheetView | null, turnTo: (row: number) => void, edits: GridEdits): void {
  const scroll = byId('grid-scroll');
  listenOnce();
  stopEditing();
  current = sheet ? { sheet, edits } : undefined;
  showInFormulaBar('', undefined);
  if (!sheet) {
    scroll.replaceChildren(el('p', { className: 'empty-sheet', text: 'This spreadsheet has no sheet to show.' }));
    byId('grid-more').hidden = true;
    renderCharts(byId('grid-charts'), []);
    return;
  }
  // Sheets shows the whole grid: blank columns up to Z and blank rows under the last page.
  const columns = Math.max(sheet.columnCount, Math.min(sheet.maxColumns, BLANK_COLUMNS));
  const lastBodyRow = sheet.firstRow + sheet.body.length - 1;
  const onLastPage = lastBodyRow >= sheet.rowCount;
  const blankRows = onLastPage ? Math.max(0, Math.min(sheet.maxRows, lastBodyRow + BLANK_ROWS) - lastBodyRow) : 0;
  const bodyRows = [
    ...sheet.body.map((cells, r) => rowElement(cells, sheet.firstRow + r, columns)),
    ...Array.from({ length: blankRows }, (_, r) =>
      rowElement([], Math.max(lastBodyRow, sheet.frozenRows) + r + 1, columns),
    ),
  ];
  const letters = el('tr', {}, [
    el('td', { className: 'corner' }),
    ...Array.from({ length: columns }, (_, c) => el('th', { text: columnName(c), attrs: { scope: 'col' } })),
  ]);
  const frozen = sheet.head.map((cells, r) => rowElement(cells, r + 1, columns));
  frozen.at(-1)?.classList.add('frozen-last');
  const table = el('table', { className: 'grid', attrs: { 'aria-label': sheet.name } }, [
    columnGroup(sheet, columns),
    el('thead', {}, [letters, ...frozen]),
    el('tbody', {}, bodyRows),
  ]);
  table.style.width = `${46 + Array.from({ length: columns }, (_, c) => sheet.widths[c] ?? 100).reduce((a, b) => a + b, 0)}px`;
  wireClicks(table);
  scroll.replaceChildren(table);
  const now = `${sheet.name}\n${sheet.firstRow}`;
  if (now !== drawn) {
    scroll.scrollTo(0, 0);
    anchor = '';
    focus = '';
  }
  drawn = now;
  if (focus && tdAt(focus)) paintSelection();
  renderCharts(byId('grid-charts'), sheet.charts);
  renderPager(sheet, turnTo);
}

/** Clicking the formula bar edits the selected cell there, as in Sheets. */
export function editSelected(): void {
  if (!focus || editor) return;
  const cell = cellViewAt(focus);
  startEditing(focus, cell ? (cell.f ?? cell.d) : '');
}

function wireClicks(table: HTMLTableElement): void {
  table.addEventListener('click', (event) => {
    const target = event.target as HTMLElement;
    const td = target.closest('td');
    if (!td || td.classList.contains('corner') || !td.dataset.address) return;
    if (editor && editing !== td.dataset.address) commit(0, 0);
    // Keys go to the grid once a cell is selected, as in Sheets.
    byId('grid-scroll').focus({ preventScroll: true });
    select(td.dataset.address, (event as MouseEvent).shiftKey);
    if (target.classList.contains('dropdown-chip')) openDropdown(td.dataset.address);
    else document.querySelector('.dropdown-list')?.remove();
  });
  table.addEventListener('dblclick', (event) => {
    const td = (event.target as HTMLElement).closest('td');
    if (!td?.dataset.address) return;
    const cell = cellViewAt(td.dataset.address);
    startEditing(td.dataset.address, cell ? (cell.f ?? cell.d) : '');
  });
}
