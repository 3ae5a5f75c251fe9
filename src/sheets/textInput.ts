import { a1Of } from './numberFormats';
import type { Sheet } from './types';

/**
 * Text written so that it stays the text it is, whatever Sheets does with it. Sheets reads a
 * written string as if typed: `=1+1` becomes a formula, `25%` a number. How it reads one in
 * a cell formatted `@` (plain text), and whether it keeps an apostrophe there, is assumed,
 * not documented; that a leading apostrophe makes the rest text is the common ground. So a
 * string that could start a formula (or would lose its own first apostrophe) always goes with
 * an apostrophe, into a cell that is not `@`: text under every reading, never a formula.
 */

/** The number format of a cell formatted as plain text. */
export const PLAIN_TEXT = '@';
/** The format a cell that holds quoted text is given instead of plain text. */
export const GENERAL = 'General';

/** Whether Sheets could read `text` as a formula, or drop its first character. */
export function needsQuote(text: string): boolean {
  const first = text.charAt(0);
  return first === '=' || first === '+' || first === '-' || first === '@' || first === "'";
}

/** What `value` must be written as in a cell of `format` (that format already applied). */
export function cellInput(format: string, value: unknown): unknown {
  if (typeof value !== 'string' || value === '') return value;
  return format === PLAIN_TEXT && !needsQuote(value) ? value : `'${value}`;
}

/** Whether writing `value` into a cell of `format` needs the cell made General first. */
export function needsGeneral(format: string, value: unknown): boolean {
  return format === PLAIN_TEXT && typeof value === 'string' && needsQuote(value);
}

/** `cellInput` for a cell whose format is not plain text: every string with its apostrophe. */
export function literal(value: unknown): unknown {
  return cellInput(GENERAL, value);
}

/** A block's values as they must be written, and the cells to make General before. */
export interface TextInputBlock {
  readonly values: unknown[][];
  /** A1 areas (runs down a column) formatted `@` that hold text needing its apostrophe. */
  readonly generalAreas: readonly string[];
}

/**
 * The inputs for a block of `values` whose top-left cell is (`row`, `column`), each cell of the
 * format `formatAt` gives (the formats the write applies first). Cells for which `keep` says so
 * (the add-on's own formulas) go as they are.
 */
export function textInputBlock(
  values: readonly (readonly unknown[])[],
  formatAt: (r: number, c: number) => string,
  row: number,
  column: number,
  keep: (value: unknown) => boolean = () => false,
): TextInputBlock {
  const generalAreas: string[] = [];
  const width = values.reduce((widest, cells) => Math.max(widest, cells.length), 0);
  const out = values.map((cells) => [...cells]);
  for (let c = 0; c < width; c += 1) {
    let runStart = -1;
    const close = (end: number) => {
      if (runStart >= 0) generalAreas.push(a1Of(row + runStart, column + c, end - runStart, 1));
      runStart = -1;
    };
    for (let r = 0; r < values.length; r += 1) {
      const value = values[r]?.[c];
      const cells = out[r] as unknown[];
      if (c >= cells.length || keep(value)) {
        close(r);
        continue;
      }
      const format = formatAt(r, c);
      const general = needsGeneral(format, value);
      cells[c] = cellInput(general ? GENERAL : format, value);
      if (general && runStart < 0) runStart = r;
      if (!general) close(r);
    }
    close(values.length);
  }
  return { values: out, generalAreas };
}

/** Makes the areas General in one call (none when there are none). */
export function applyGeneral(sheet: Sheet, areas: readonly string[]): void {
  if (areas.length > 0) sheet.getRangeList([...areas]).setNumberFormat(GENERAL);
}
