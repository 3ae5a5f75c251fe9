/**
 * A generated sheet (QoQ Variance, Roll-up) laid out as parallel grids, so the adapter
 * writes values, backgrounds, notes and number formats in a fixed number of calls. Cells
 * are built row by row from the small helpers here; every text cell is formatted `@`, so
 * user text such as `=1+1` is never parsed.
 */

/** Whether a change or a state helps the strategy reach its target. */
export type Effect = 'good' | 'bad' | 'neutral';

export const EFFECT_COLOURS: Readonly<Record<Effect, string | null>> = {
  good: '#d9ead3',
  bad: '#f4cccc',
  neutral: null,
};

/** Between good and bad: a strategy at risk. */
export const WARNING_COLOUR = '#fff2cc';

export const CELL_FORMAT = {
  text: '@',
  number: '#,##0.###',
  percent: '0.0%',
  points: '+0.0;-0.0;0',
  drift: '0.00',
  general: 'General',
} as const;

export interface Cell {
  readonly value: unknown;
  readonly format?: string;
  readonly background?: string | null;
  readonly note?: string;
}

export const blankCell: Cell = { value: '' };

/** Text as typed, formatted as plain text; null is blank. */
export function textCell(value: string | null, note?: string): Cell {
  return note === undefined
    ? { value: value ?? '', format: CELL_FORMAT.text }
    : { value: value ?? '', format: CELL_FORMAT.text, note };
}

/** A number in `format`, coloured by its effect; null is blank. */
export function numberCell(value: number | null, format: string, effect: Effect = 'neutral'): Cell {
  return { value: value ?? '', format, background: EFFECT_COLOURS[effect] };
}

export interface SheetGrids {
  readonly values: unknown[][];
  readonly backgrounds: (string | null)[][];
  readonly notes: string[][];
  readonly numberFormats: string[][];
}

/** Rows of cells as the four parallel grids, every row `width` wide. */
export function gridsOf(rows: readonly (readonly Cell[])[], width: number): SheetGrids {
  const values: unknown[][] = [];
  const backgrounds: (string | null)[][] = [];
  const notes: string[][] = [];
  const numberFormats: string[][] = [];
  for (const row of rows) {
    const value: unknown[] = [];
    const background: (string | null)[] = [];
    const note: string[] = [];
    const format: string[] = [];
    for (let column = 0; column < width; column += 1) {
      const cell = row[column] ?? blankCell;
      value.push(cell.value);
      background.push(cell.background ?? null);
      note.push(cell.note ?? '');
      format.push(cell.format ?? CELL_FORMAT.general);
    }
    values.push(value);
    backgrounds.push(background);
    notes.push(note);
    numberFormats.push(format);
  }
  return { values, backgrounds, notes, numberFormats };
}
