import { MENU_LABELS, menuPath } from './menuLabels';
import { columnLetter, findColumns } from './register/columns';
import type { HealthSummary } from './register/healthCheck';
import { type Finding, RULE_IDS } from './register/types';

/** The header row of each sheet a finding may point into, to turn header names into A1 addresses. */
export type HeaderRows = Readonly<Record<string, readonly unknown[] | undefined>>;

/** A1 address of a finding's cell (column A when it concerns the whole row). */
export function findingA1(finding: Finding, headerRows: HeaderRows): string {
  const { sheet, row, column, index: known } = finding.at;
  if (known !== undefined) return `${columnLetter(known)}${row}`;
  if (column === undefined) return `A${row}`;
  const found = findColumns(sheet, headerRows[sheet] ?? [], [column], []);
  const index = found.ok ? found.value.columns[column] : undefined;
  return `${columnLetter(index ?? 0)}${row}`;
}

export const FINDINGS_HEADERS = ['Rule', 'Sheet', 'Cell', 'ID', 'Finding', 'Blocks snapshot'] as const;

/** The Health check sheet's rows, header first. */
export function findingsTable(findings: readonly Finding[], headerRows: HeaderRows): string[][] {
  return [
    [...FINDINGS_HEADERS],
    ...findings.map((finding) => [
      finding.rule,
      finding.at.sheet,
      findingA1(finding, headerRows),
      finding.id,
      finding.message,
      finding.blocking ? 'Yes' : '',
    ]),
  ];
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** One sentence for the toast: the count, how many block a snapshot, and the count per rule. */
/** A register with items and no findings, as the toast and the sidebar's Health tab both say it. */
export const NO_FINDINGS = 'No findings: every strategy and tactic follows the method.';

export function describeHealth(summary: HealthSummary): string {
  if (summary.total === 0 && summary.items === 0)
    return `Nothing to check yet: the register has no strategies or tactics. Add one with ${menuPath(MENU_LABELS.openRegister)}.`;
  if (summary.total === 0) return NO_FINDINGS;
  const perRule = RULE_IDS.filter((rule) => summary.byRule[rule] > 0).map((rule) => `${summary.byRule[rule]} ${rule}`);
  const blocking = summary.blocking > 0 ? ` (${summary.blocking} must be fixed before a snapshot)` : '';
  return `${plural(summary.total, 'finding')}${blocking}: ${perRule.join(', ')}. See the Health check sheet.`;
}
