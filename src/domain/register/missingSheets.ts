import { describeValue } from '../cellValue';
import { MENU_LABELS, menuPath } from '../menuLabels';
import { CORE_STRATEGY_COLUMNS, CORE_TACTIC_COLUMNS } from './columnNeeds';
import { headerKey } from './columns';
import { isOptionalHeader, SHEET, STRATEGY_HEADERS, TACTIC_HEADERS } from './schema';

/** Another sheet of the spreadsheet, by its name and header row. */
export interface OtherSheet {
  readonly name: string;
  readonly headerRow: readonly unknown[];
}

const REGISTER_SHEETS: Readonly<Record<string, { all: readonly string[]; core: readonly string[] }>> = {
  [SHEET.strategies]: {
    all: STRATEGY_HEADERS.filter((header) => !isOptionalHeader(header)),
    core: CORE_STRATEGY_COLUMNS,
  },
  [SHEET.tactics]: { all: TACTIC_HEADERS, core: CORE_TACTIC_COLUMNS },
};

/**
 * The sheet that looks like a missing register sheet renamed: one whose header row holds
 * its core columns and at least half of all its columns. Undefined when none does.
 */
export function renamedRegisterSheet(name: string, others: readonly OtherSheet[]): string | undefined {
  const layout = REGISTER_SHEETS[name];
  if (!layout) return undefined;
  return others.find((other) => {
    const headers = new Set(other.headerRow.map(headerKey));
    const has = (header: string) => headers.has(headerKey(header));
    return layout.core.every(has) && layout.all.filter(has).length * 2 >= layout.all.length;
  })?.name;
}

/** What to tell a user whose register sheet `name` is missing; `renamed` is the sheet that looks like it. */
export function missingSheetSentence(name: string, renamed: string | undefined): string {
  const missing = `There is no ${describeValue(name)} sheet`;
  if (renamed === undefined) return `${missing}. Run ${menuPath(MENU_LABELS.setUpRegister)} to create it.`;
  return `${missing}; the sheet ${describeValue(renamed)} has its headers: if it was renamed, name it ${name} again.`;
}
