import type { CellView, SheetView } from '../previewState';
import { byId, el } from './dom';
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
  if (cell.u) {
    td.classList.add('uncomputed');
    td.title = 'Google Sheets shows this formula’s result; the preview computes only the add-on’s own formulas.';
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

/** Whether the sheet's drawn rows include `row`. */
export function isShown(sheet: SheetView, row: number): boolean {
  return row <= sheet.frozenRows || (row >= sheet.firstRow && row < sheet.firstRow + sheet.body.length);
}

function renderCharts(sheet: SheetView): void {
  const charts = byId('grid-charts');
  charts.hidden = sheet.charts.length === 0;
  charts.textContent =
    sheet.charts.length === 0
      ? ''
      : `Google Sheets draws ${sheet.charts.length === 1 ? 'a chart' : `${sheet.charts.length} charts`} here that the preview does not: ${sheet.charts
          .map((chart) => `${chart.title ? `“${chart.title}”` : 'a chart without a title'} at ${chart.anchor}`)
          .join('; ')}.`;
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

/** Which sheet and page of rows the grid drew last: another one starts at the top left. */
let drawn = '';

/**
 * Draws one sheet as a grid: column letters and frozen rows stay on top, row numbers on the
 * left; clicking a cell shows its formula or raw value. `turnTo(row)` shows the page of rows
 * holding that row.
 */
export function renderGrid(sheet: SheetView | null, turnTo: (row: number) => void): void {
  const scroll = byId('grid-scroll');
  showInFormulaBar('', undefined);
  if (!sheet || sheet.rowCount === 0) {
    scroll.replaceChildren(el('p', { className: 'empty-sheet', text: 'This sheet is empty.' }));
    byId('grid-more').hidden = true;
    byId('grid-charts').hidden = true;
    return;
  }
  const columns = Math.max(sheet.columnCount, 1);
  const letters = el('tr', {}, [
    el('td', { className: 'corner' }),
    ...Array.from({ length: columns }, (_, c) => el('th', { text: columnName(c), attrs: { scope: 'col' } })),
  ]);
  const frozen = sheet.head.map((cells, r) => rowElement(cells, r + 1, columns));
  frozen.at(-1)?.classList.add('frozen-last');
  const table = el('table', { className: 'grid', attrs: { 'aria-label': sheet.name } }, [
    el('thead', {}, [letters, ...frozen]),
    el(
      'tbody',
      {},
      sheet.body.map((cells, r) => rowElement(cells, sheet.firstRow + r, columns)),
    ),
  ]);
  const cellAt = (td: HTMLTableCellElement): CellView | undefined => {
    const row = rowOf(td.dataset.address ?? '');
    const col = td.cellIndex - 1;
    return row <= sheet.frozenRows ? sheet.head[row - 1]?.[col] : sheet.body[row - sheet.firstRow]?.[col];
  };
  table.addEventListener('click', (event) => {
    const td = (event.target as HTMLElement).closest('td');
    if (!td || td.classList.contains('corner')) return;
    for (const selected of table.querySelectorAll('td.selected')) selected.classList.remove('selected');
    td.classList.add('selected');
    showInFormulaBar(td.dataset.address ?? '', cellAt(td));
  });
  scroll.replaceChildren(table);
  const now = `${sheet.name}\n${sheet.firstRow}`;
  if (now !== drawn) scroll.scrollTo(0, 0);
  drawn = now;
  renderCharts(sheet);
  renderPager(sheet, turnTo);
}
