import type { CellView, SheetView } from '../previewState';
import { byId, el } from './dom';

/** Column letters as Sheets names them: A…Z, AA… */
export function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

const NUMBER_LIKE = /^[-+]?[\d.,\s]+%?$|^-?\$?[\d.,]+$/;

function showInFormulaBar(address: string, cell: CellView | undefined): void {
  byId('cell-address').textContent = address;
  byId('formula').textContent = cell ? (cell.f ?? cell.d) : '';
}

function cellElement(cell: CellView, address: string): HTMLTableCellElement {
  const td = el('td', { text: cell.d, attrs: { 'data-address': address } });
  if (NUMBER_LIKE.test(cell.d)) td.classList.add('number');
  if (cell.n) {
    td.classList.add('has-note');
    td.title = cell.n;
  }
  return td;
}

/** Selects a cell as if clicked (the add-on jumped to it); `a1` may be a range, its first cell is taken. */
export function selectCell(a1: string): void {
  const first = a1.split(':')[0]?.replace(/\$/g, '').toUpperCase() ?? '';
  const td = document.querySelector<HTMLTableCellElement>(`td[data-address="${CSS.escape(first)}"]`);
  if (!td) return;
  td.click();
  td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
}

/** Draws one sheet as a grid; clicking a cell shows its formula or raw value. */
export function renderGrid(sheet: SheetView | undefined): void {
  const scroll = byId('grid-scroll');
  const more = byId('grid-more');
  showInFormulaBar('', undefined);
  if (!sheet || sheet.rowCount === 0) {
    scroll.replaceChildren(el('p', { className: 'empty-sheet', text: 'This sheet is empty.' }));
    more.hidden = true;
    return;
  }
  const columns = Math.max(sheet.columnCount, 1);
  const head = el('tr', {}, [
    el('td', { className: 'corner' }),
    ...Array.from({ length: columns }, (_, c) => el('th', { text: columnName(c), attrs: { scope: 'col' } })),
  ]);
  const body = sheet.rows.map((cells, r) => {
    const row = el('tr', {}, [el('th', { text: String(r + 1), attrs: { scope: 'row' } })]);
    if (r < sheet.frozenRows) row.classList.add('frozen');
    if (r === sheet.frozenRows - 1) row.classList.add('frozen-last');
    for (let c = 0; c < columns; c++) row.append(cellElement(cells[c] ?? { d: '' }, `${columnName(c)}${r + 1}`));
    return row;
  });
  const table = el('table', { className: 'grid', attrs: { 'aria-label': sheet.name } }, [
    el('thead', {}, [head]),
    el('tbody', {}, body),
  ]);
  table.addEventListener('click', (event) => {
    const td = (event.target as HTMLElement).closest('td');
    if (!td) return;
    for (const selected of table.querySelectorAll('td.selected')) selected.classList.remove('selected');
    td.classList.add('selected');
    const row = (td.parentElement as HTMLTableRowElement).rowIndex - 1;
    const col = td.cellIndex - 1;
    showInFormulaBar(td.dataset.address ?? '', sheet.rows[row]?.[col]);
  });
  scroll.replaceChildren(table);
  more.hidden = sheet.rowCount <= sheet.rows.length;
  more.textContent = `Showing the first ${sheet.rows.length} of ${sheet.rowCount} rows; export to .xlsx to see them all.`;
}
