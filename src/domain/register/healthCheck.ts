import { alignmentOf } from '../rollup/alignment';
import { badParentFindings } from '../rollup/badParent';
import { COLUMNS_NEEDED, type ColumnNeed, missingFor } from './columnNeeds';
import { duplicateIdFindings, idKey } from './ids';
import type { MissingColumn } from './missingColumns';
import type { Register } from './register';
import { isActiveStrategy, isActiveTactic } from './rules/activity';
import { individualScope, knownGroupSet } from './rules/individualScope';
import { noStrategy } from './rules/noStrategy';
import { noTactics } from './rules/noTactics';
import { currentReviewPeriod, overdueReview } from './rules/overdueReview';
import { readsLikeTactic } from './rules/readsLikeTactic';
import { SHEET } from './schema';
import { type Finding, RULE_IDS, type RuleId, type Settings } from './types';

export interface HealthCheckContext {
  readonly now: Date;
  /** The spreadsheet's IANA time zone: quarters and months begin at its midnight. */
  readonly timeZone: string;
  readonly settings: Settings;
}

export interface HealthSummary {
  readonly total: number;
  /** Strategies and tactics checked: none means an empty register, not a healthy one. */
  readonly items: number;
  readonly byRule: Readonly<Record<RuleId, number>>;
  /** How many findings stop a snapshot. */
  readonly blocking: number;
}

export interface HealthReport {
  /** Sorted by sheet (Strategies first), row, then rule in contract order. */
  readonly findings: readonly Finding[];
  readonly summary: HealthSummary;
}

const SHEET_ORDER: readonly string[] = [SHEET.strategies, SHEET.tactics, SHEET.checkIns];

function byPlace(a: Finding, b: Finding): number {
  return (
    SHEET_ORDER.indexOf(a.at.sheet) - SHEET_ORDER.indexOf(b.at.sheet) ||
    a.at.row - b.at.row ||
    RULE_IDS.indexOf(a.rule) - RULE_IDS.indexOf(b.rule)
  );
}

function summarise(findings: readonly Finding[], items: number): HealthSummary {
  const byRule = Object.fromEntries(RULE_IDS.map((rule) => [rule, 0])) as Record<RuleId, number>;
  let blocking = 0;
  for (const finding of findings) {
    byRule[finding.rule] += 1;
    if (finding.blocking) blocking += 1;
  }
  return { total: findings.length, items, byRule, blocking };
}

/** A missing column is a finding that blocks a snapshot: a snapshot keeps every column. */
export function missingColumnFinding(missing: MissingColumn): Finding {
  return {
    rule: 'missing-column',
    at: { sheet: missing.sheet, row: 1, column: missing.header, index: missing.index },
    id: '',
    message: missing.message,
    blocking: true,
  };
}

/**
 * Every finding of the lint over a parsed register, at a given moment in a given time zone.
 * A rule runs only where the columns it reads are there; a missing one is its own finding.
 * `alongside` are the findings of the sheets read with it (the check-ins), sorted in.
 */
export function healthCheck(
  register: Register,
  context: HealthCheckContext,
  alongside: readonly Finding[] = [],
): HealthReport {
  const { strategies, tactics } = register;
  const can = (need: ColumnNeed) => missingFor(need, register.missingColumns).length === 0;
  const rules = {
    readsLikeTactic: can(COLUMNS_NEEDED.readsLikeTactic),
    individualScope: can(COLUMNS_NEEDED.individualScope),
    noTactics: can(COLUMNS_NEEDED.noTactics),
    strategyOverdue: can(COLUMNS_NEEDED.strategyOverdue),
    tacticOverdue: can(COLUMNS_NEEDED.tacticOverdue),
  };
  const period = currentReviewPeriod(context.now, context.timeZone, context.settings);
  const groups = knownGroupSet(context.settings.stakeholderGroups);
  const strategyIds = new Set<string>();
  for (const strategy of strategies) if (strategy.id !== '') strategyIds.add(idKey(strategy.id));
  const activelyServed = new Set<string>();
  for (const tactic of tactics) if (isActiveTactic(tactic)) activelyServed.add(idKey(tactic.strategyId));

  const findings: Finding[] = [
    ...register.missingColumns.map(missingColumnFinding),
    ...register.parseFindings,
    ...duplicateIdFindings(strategies, SHEET.strategies, 'strategy'),
    ...duplicateIdFindings(tactics, SHEET.tactics, 'tactic'),
    ...alongside,
    ...badParentFindings(alignmentOf(strategies)),
  ];
  for (const strategy of strategies) {
    if (rules.readsLikeTactic) findings.push(...readsLikeTactic(strategy));
    if (rules.individualScope) findings.push(...individualScope(strategy, groups));
    if (rules.noTactics) findings.push(...noTactics(strategy, activelyServed));
    if (rules.strategyOverdue && isActiveStrategy(strategy)) {
      findings.push(...overdueReview('strategy', SHEET.strategies, strategy, period, context.timeZone));
    }
  }
  for (const tactic of tactics) {
    findings.push(...noStrategy(tactic, strategyIds));
    if (rules.tacticOverdue && isActiveTactic(tactic)) {
      findings.push(...overdueReview('tactic', SHEET.tactics, tactic, period, context.timeZone));
    }
  }
  findings.sort(byPlace);
  return { findings, summary: summarise(findings, strategies.length + tactics.length) };
}
