import { columnLetter } from '../register/columns';

/** How the import names the source sheet, its cells and its rows in sentences and in the `Source` column. */

/** A sheet name as Sheets quotes it in a reference: `'Q3 plan'`, a quote inside doubled. */
export function quotedSheet(sheet: string): string {
  return `'${sheet.replace(/'/g, "''")}'`;
}

/** A source cell as a user finds it: `'Q3 plan'!E7`; `column` is 0-based. */
export function sourceCell(sheet: string, row: number, column: number): string {
  return `${quotedSheet(sheet)}!${columnLetter(column)}${row}`;
}

/** Where an imported item came from, as its `Source` cell says: `Q3 plan!7`. */
export function sourceRef(sheet: string, row: number): string {
  return `${sheet}!${row}`;
}

/** The sheet a `Source` cell names (`Q3 plan!7` → `Q3 plan`), or undefined when it names no row. */
export function sheetOfSource(source: string): string | undefined {
  const bang = source.lastIndexOf('!');
  return bang > 0 && /^\d+$/.test(source.slice(bang + 1).trim()) ? source.slice(0, bang) : undefined;
}
