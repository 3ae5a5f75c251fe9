import type { Emulator, SparklineSpec } from '../emulator';

/**
 * What Sheets shows of a formula cell beyond its value, which Apps Script cannot read: the
 * sentence behind an error value (shown on hover) and the picture a SPARKLINE draws. The
 * emulator's engine keeps both; the preview reads them for the rows it draws.
 */
export interface FormulaLayers {
  /** The error's sentence, '' where the cell shows no error. */
  readonly errors: string[][];
  readonly sparklines: (SparklineSpec | null)[][];
}

export function formulaLayers(
  emulator: Emulator,
  sheetName: string,
  firstRow: number,
  numRows: number,
  numColumns: number,
): FormulaLayers {
  const sheet = emulator.spreadsheet.sheets.find((candidate) => candidate.name === sheetName);
  const read = <T>(get: (r: number, c: number) => T | undefined, blank: T): T[][] =>
    Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numColumns }, (_, c) => get(firstRow - 1 + r, c) ?? blank),
    );
  if (!sheet) return { errors: read(() => undefined, ''), sparklines: read(() => undefined, null) };
  const { formulaErrors, sparklines } = sheet.cells;
  return {
    errors: read((r, c) => formulaErrors.get(r, c), ''),
    sparklines: read<SparklineSpec | null>((r, c) => sparklines.get(r, c), null),
  };
}
