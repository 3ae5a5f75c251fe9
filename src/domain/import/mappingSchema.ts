import { columnLetter } from '../register/columns';
import { failAll, ok, type Problem, type Result } from '../result';
import { type ColumnChoice, FIELD_LABELS, isColumnChoice } from './importFields';

/**
 * The mapping editor's one schema: the sidebar checks a mapping with it before asking for a
 * preview or an import, and the server checks it again before reading the sheet with it.
 */
export interface MappingChoice {
  /** 1-based row of the source sheet that holds the headers. */
  readonly headerRow: number;
  /** What each column (0-based) is read as; null or absent: as its header says. */
  readonly columns: readonly (ColumnChoice | null)[];
}

/** Sheets holds at most 18 278 columns (A to ZZZ). */
const MOST_COLUMNS = 18_278;

/**
 * A mapping as sent by the editor, checked: a header row within the sheet's `rows`, a known
 * choice for each column, no field chosen for two columns. Each problem's subject is the
 * column letter (or `headerRow`), so the editor shows it beside that column.
 */
export function checkMapping(input: unknown, rows: number): Result<MappingChoice> {
  const problems: Problem[] = [];
  const given = (typeof input === 'object' && input !== null ? input : {}) as Record<string, unknown>;
  const headerRow = given.headerRow;
  if (typeof headerRow !== 'number' || !Number.isInteger(headerRow) || headerRow < 1 || headerRow > Math.max(rows, 1)) {
    problems.push({
      code: 'bad-value',
      message: `The header row must be a row number from 1 to ${Math.max(rows, 1)}.`,
      subject: 'headerRow',
    });
  }
  const columns = Array.isArray(given.columns) ? given.columns : [];
  if (!Array.isArray(given.columns) || columns.length > MOST_COLUMNS) {
    problems.push({
      code: 'bad-value',
      message: 'The mapping must list the columns; reload the sidebar.',
      subject: 'columns',
    });
  }
  const chosen: (ColumnChoice | null)[] = [];
  const firstFor = new Map<ColumnChoice, number>();
  columns.forEach((choice: unknown, column) => {
    const letter = columnLetter(column);
    if (choice === null || choice === undefined) {
      chosen.push(null);
      return;
    }
    if (!isColumnChoice(choice)) {
      problems.push({
        code: 'bad-value',
        message: `Column ${letter} has no field ${JSON.stringify(String(choice))}; choose one from the list.`,
        subject: letter,
      });
      chosen.push(null);
      return;
    }
    const first = firstFor.get(choice);
    if (choice !== 'ignore' && first !== undefined) {
      problems.push({
        code: 'bad-value',
        message: `${FIELD_LABELS[choice]} is already read from column ${columnLetter(first)}; choose another field for column ${letter}, or Ignore.`,
        subject: letter,
      });
    } else firstFor.set(choice, column);
    chosen.push(choice);
  });
  if (problems.length > 0) return failAll(problems);
  return ok({ headerRow: headerRow as number, columns: chosen });
}
