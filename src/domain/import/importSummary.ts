import { columnLetter } from '../register/columns';
import type { ColumnMapping } from './columnMapping';
import { FIELD_LABELS } from './importFields';
import type { ImportReading } from './importPlan';
import { counted, itemCount } from './itemCount';
import { LAYOUT_TEXT } from './layout';
import type { RegisterAppend } from './registerRows';
import type { ImportFinding } from './rowReading';
import { quotedSheet } from './sourceCells';

/** The sentences the import says: its question before, the counts, and its news after. */

/** "6 strategies and 14 tactics from 'Q3 plan'", or "nothing new from 'Q3 plan'". */
export function importSummary(append: RegisterAppend, sheet: string): string {
  const count = itemCount(append.strategies.length, append.tactics.length);
  return `${count === 'nothing' ? 'nothing new' : count} from ${quotedSheet(sheet)}`;
}

/** One column of the mapping in a line: `B "Key Result" → Key result (metric or tactic)`. */
export function mappingLine(entry: ColumnMapping): string {
  const header = entry.header === '' ? '(no header)' : JSON.stringify(entry.header);
  const where = `${columnLetter(entry.column)} ${header}`;
  if (entry.field === 'ignore') return `${where} → not imported: ${entry.note ?? 'ignored'}`;
  return `${where} → ${FIELD_LABELS[entry.field]}${entry.note ? ` (${entry.note})` : ''}`;
}

const SHOWN_FINDINGS = 5;

/** The first findings, one a line, and how many more there are. */
export function findingLines(findings: readonly ImportFinding[], shown = SHOWN_FINDINGS): string[] {
  const lines = findings.slice(0, shown).map((finding) => `• ${finding.message}`);
  if (findings.length > shown) lines.push(`• … and ${findings.length - shown} more.`);
  return lines;
}

/** The question the menu asks before importing: what was found, the counts, then Yes / No / Cancel. */
export function importQuestion(reading: ImportReading, append: RegisterAppend): string {
  const rows =
    reading.lastRow > reading.firstRow ? `rows ${reading.firstRow}–${reading.lastRow}` : `row ${reading.firstRow}`;
  const lines = [
    `Import ${importSummary(append, reading.sheet)}?`,
    '',
    `Layout: ${LAYOUT_TEXT[reading.layout]} (headers in row ${reading.headerRow}, ${rows}).`,
    'Columns:',
    ...reading.mapping.map((entry) => `• ${mappingLine(entry)}`),
  ];
  const before = append.importedBefore;
  if (before.strategies + before.tactics > 0) {
    lines.push(
      '',
      `Imported before from this sheet, so not added again: ${itemCount(before.strategies, before.tactics)}.`,
    );
  }
  if (reading.findings.length > 0) {
    lines.push(
      '',
      reading.findings.length === 1
        ? '1 cell or row cannot be read or placed; the register leaves it blank, and the Health check sheet lists it after the import:'
        : `${reading.findings.length} cells or rows cannot be read or placed; the register leaves them blank, and the Health check sheet lists them after the import:`,
      ...findingLines(reading.findings),
    );
  }
  lines.push('', 'Yes: import. No: correct the mapping in the sidebar first. Cancel: stop without changing anything.');
  return lines.join('\n');
}

/** What the menu says when the sheet holds nothing the register does not have already. */
export function nothingNew(reading: ImportReading, append: RegisterAppend): string {
  const before = append.importedBefore;
  if (before.strategies + before.tactics === 0) {
    return `${quotedSheet(reading.sheet)} holds no strategy or tactic to import under the headers in row ${reading.headerRow}.`;
  }
  return `Nothing new to import from ${quotedSheet(reading.sheet)}: its ${itemCount(before.strategies, before.tactics)} were imported before.`;
}

/** The news after an import of the source cells it left out: "" when it left none. */
export function leftOutNote(findings: readonly ImportFinding[]): string {
  if (findings.length === 0) return '';
  const what = counted(findings.length, 'source cell or row', 'source cells or rows');
  return ` ${what} it could not read or place ${findings.length === 1 ? 'is' : 'are'} listed after them (not-imported).`;
}

/** Where the rows went: "Strategies rows 2–4 and Tactics rows 2–6". */
export function landedRows(
  places: readonly { readonly sheet: string; readonly first: number; readonly count: number }[],
): string {
  return places
    .filter((place) => place.count > 0)
    .map((place) => {
      const last = place.first + place.count - 1;
      return `${place.sheet} ${place.count === 1 ? `row ${place.first}` : `rows ${place.first}–${last}`}`;
    })
    .join(' and ');
}

/** The Health check sheet's rows for the import's findings, after the lint's own. */
export function importFindingRows(sheet: string, findings: readonly ImportFinding[]): string[][] {
  return findings.map((finding) => [
    'not-imported',
    sheet,
    `${columnLetter(finding.column ?? 0)}${finding.row}`,
    '',
    finding.message,
    '',
  ]);
}
