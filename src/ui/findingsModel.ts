/** Health-check findings grouped by rule, in the contract's rule order, for the health view. */
import { NO_FINDINGS } from '../domain/findingsReport';
import { RULE_IDS, type RuleId } from '../domain/register/types';
import type { FindingView } from '../server/api/wireTypes';

export const RULE_TITLES: Readonly<Record<RuleId, string>> = {
  'missing-column': 'Column missing',
  'reads-like-tactic': 'Reads like a tactic',
  'no-strategy': 'Tactic without a strategy',
  'individual-scope': 'Scoped to one person',
  'no-tactics': 'Active strategy with no active tactic',
  'overdue-review': 'Review overdue',
  'duplicate-id': 'Duplicate ID',
  'bad-value': 'Value of the wrong kind',
  'stale-check-in': 'Check-in overdue',
  'bad-parent': 'Parent that is no strategy or closes a cycle',
};

export interface FindingGroup {
  readonly rule: RuleId;
  readonly title: string;
  readonly findings: readonly FindingView[];
}

/** Groups in RULE_IDS order; rules with no finding are left out; order within a group is kept. */
export function groupFindings(findings: readonly FindingView[]): FindingGroup[] {
  return RULE_IDS.map((rule) => ({
    rule,
    title: RULE_TITLES[rule],
    findings: findings.filter((f) => f.rule === rule),
  })).filter((group) => group.findings.length > 0);
}

/** Where a finding points, as a user reads it: "Strategies row 4, Target (S3)". */
export function findingPlace(finding: FindingView): string {
  const column = finding.column ? `, ${finding.column}` : '';
  const id = finding.id ? ` (${finding.id})` : '';
  return `${finding.sheet} row ${finding.row}${column}${id}`;
}

export function findingsSummary(findings: readonly FindingView[]): string {
  if (findings.length === 0) return NO_FINDINGS;
  const blocking = findings.filter((finding) => finding.blocking).length;
  const count = findings.length === 1 ? '1 finding' : `${findings.length} findings`;
  if (blocking === 0) return `${count}. Select one to go to its cell.`;
  return `${count}, ${blocking} of them blocking a snapshot. Select one to go to its cell.`;
}
