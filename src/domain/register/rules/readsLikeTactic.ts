import { describeValue } from '../../cellValue';
import { type MetricReading, readMetric } from '../../lint/metricReading';
import { readStatement, type StatementReading } from '../../lint/statementReading';
import { itemName } from '../naming';
import { SHEET } from '../schema';
import type { Finding, Strategy } from '../types';

/**
 * A strategy states a measurable outcome: a result that moves, a metric and a numeric
 * target. The rule reads the statement (src/domain/lint/statementReading.ts) and the
 * metric (metricReading.ts) and finds, as advice that never blocks:
 * - a strategy with no metric or no numeric target (all the more when it is worded as an action);
 * - a strategy worded as an action even though it has numbers ("Hire two directors", 0 → 2);
 * - a strategy measured by an output, a count of the team's own work ("Webinars held").
 * The health check and the STRATEGY_CHECK formula both use this one rule.
 */

/** The action verb a statement opens with, as typed ("Roll out"), or undefined. */
export function leadingActionVerb(statement: string): string | undefined {
  const reading = readStatement(statement);
  return reading.kind === 'action' && reading.leads ? reading.cue : undefined;
}

function missingParts(strategy: Strategy): string | undefined {
  const noMetric = strategy.metric.trim() === '';
  const noTarget = strategy.target === null;
  if (noMetric && noTarget) return 'no metric and no numeric target';
  if (noMetric) return 'no metric';
  if (noTarget) return 'no numeric target';
  return undefined;
}

/** Advice only: a strategy that reads like a tactic never stops a save or a snapshot. */
function finding(strategy: Strategy, message: string): Finding[] {
  return [
    {
      rule: 'reads-like-tactic',
      at: { sheet: SHEET.strategies, row: strategy.row },
      id: strategy.id,
      message,
      blocking: false,
    },
  ];
}

const quoted = (text: string) => describeValue(text.trim());

function missingMessage(strategy: Strategy, missing: string, reading: StatementReading): string {
  const name = itemName('strategy', strategy);
  if (reading.kind === 'outcome' && reading.numbers.length > 0) {
    const figures = reading.numbers.map(quoted).join(', ');
    return `${name} states a result, but it has ${missing}: its wording holds ${figures}. Put the metric, baseline and target in their columns, so its progress can be measured.`;
  }
  const wording =
    reading.kind !== 'action'
      ? ''
      : reading.leads
        ? ` and opens with the action ${quoted(reading.cue)}`
        : ` and reads as an action (${quoted(reading.cue)})`;
  return `${name} reads like a tactic: it has ${missing}${wording}. State the outcome with a metric and a target, and list the action as a tactic.`;
}

function actionMessage(strategy: Strategy, reading: StatementReading, metric: MetricReading): string {
  const name = itemName('strategy', strategy);
  const action = quoted(strategy.statement);
  const how = reading.leads
    ? `opens with the action ${quoted(reading.cue)}`
    : `reads as an action (${quoted(reading.cue)})`;
  if (metric.kind === 'outcome') {
    return `${name} ${how}: ${action} is work to do, and its metric (${quoted(strategy.metric)}) looks like the result it serves. Word the strategy as that result and put ${action} under it as a tactic.`;
  }
  return `${name} ${how}: what result should ${action} move? State that result as the strategy, with its metric and target, and put ${action} under it as a tactic.`;
}

function outputMessage(strategy: Strategy, metric: MetricReading): string {
  const name = itemName('strategy', strategy);
  return `${name} is measured by an output: ${quoted(strategy.metric)} counts work done (${quoted(metric.cue)}), not a result. What result should that work move? Measure the strategy by it, and track the work on a tactic.`;
}

export function readsLikeTactic(strategy: Strategy): Finding[] {
  const reading = readStatement(strategy.statement);
  const missing = missingParts(strategy);
  if (missing !== undefined) return finding(strategy, missingMessage(strategy, missing, reading));
  const metric = readMetric(strategy.metric);
  if (reading.kind === 'action') return finding(strategy, actionMessage(strategy, reading, metric));
  if (metric.kind === 'output') return finding(strategy, outputMessage(strategy, metric));
  return [];
}
