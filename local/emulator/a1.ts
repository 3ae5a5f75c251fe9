/** A1 notation: `B3`, `A1:C10`, `A:C`, `2:5`, optionally `'Sheet name'!` in front. */

export interface A1Area {
  readonly sheetName?: string;
  readonly row: number;
  readonly col: number;
  /** Undefined when the notation leaves the rows or columns open (`A:C`, `2:5`). */
  readonly numRows?: number;
  readonly numCols?: number;
}

/** `1 → A`, `27 → AA`. */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** `B3` for one cell, `A1:C10` for an area. */
export function a1Notation(row: number, col: number, numRows: number, numCols: number): string {
  const start = `${columnLetters(col)}${row}`;
  return numRows === 1 && numCols === 1 ? start : `${start}:${columnLetters(col + numCols - 1)}${row + numRows - 1}`;
}

const CELL = /^\$?([A-Za-z]{1,3})?\$?(\d+)?$/;

/** Reads A1 notation, or undefined when it is not a range Sheets would find. */
export function parseA1(notation: string): A1Area | undefined {
  let text = notation.trim();
  let sheetName: string | undefined;
  const bang = text.lastIndexOf('!');
  if (bang >= 0) {
    const rawName = text.slice(0, bang);
    sheetName = /^'.*'$/.test(rawName) ? rawName.slice(1, -1).replace(/''/g, "'") : rawName;
    text = text.slice(bang + 1);
  }
  const [first, second, extra] = text.split(':');
  if (extra !== undefined || !first) return undefined;
  const a = CELL.exec(first);
  const b = second === undefined ? a : CELL.exec(second);
  if (!a || !b || (!a[1] && !a[2]) || (!b[1] && !b[2])) return undefined;
  // A lone cell needs both a column and a row: "A" or "7" is no range.
  if (second === undefined && !(a[1] && a[2])) return undefined;
  const cols = [a[1], b[1]].map((letters) => (letters ? columnNumber(letters) : undefined));
  const rows = [a[2], b[2]].map((digits) => (digits ? Number(digits) : undefined));
  if ((cols[0] === undefined) !== (cols[1] === undefined)) return undefined;
  // "A2:B" runs from row 2 to the last row; "2:B5" is no range.
  if (rows[0] === undefined && rows[1] !== undefined) return undefined;
  const named = sheetName === undefined ? {} : { sheetName };
  const col = Math.min(cols[0] ?? 1, cols[1] ?? 1);
  const row = Math.min(rows[0] ?? 1, rows[1] ?? rows[0] ?? 1);
  if (row < 1) return undefined;
  return {
    ...named,
    row,
    col,
    ...(rows[0] === undefined || rows[1] === undefined ? {} : { numRows: Math.abs(rows[1] - rows[0]) + 1 }),
    ...(cols[0] === undefined ? {} : { numCols: Math.abs((cols[1] ?? 0) - cols[0]) + 1 }),
  };
}
