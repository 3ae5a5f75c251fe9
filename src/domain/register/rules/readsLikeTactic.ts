import { itemName } from '../naming';
import { SHEET } from '../schema';
import type { Finding, Strategy } from '../types';

/**
 * A strategy states a measurable outcome: a metric and a numeric target. Without them it
 * reads like a tactic, all the more when it opens with an action verb ("Implement a CRM").
 * Wording alone is never flagged: "Roll out a formal sales process" with a metric and a
 * target is a measured strategy, however it is phrased.
 */

// Verbs that name an action rather than an outcome; outcome verbs (raise, cut, grow, reduce) are absent on purpose.
const ACTION_VERBS = [
  'implement',
  'roll out',
  'launch',
  'hire',
  'train',
  'deploy',
  'migrate',
  'build',
  'create',
  'set up',
  'setup',
  'introduce',
  'run',
  'hold',
  'buy',
  'adopt',
  'install',
  'purchase',
  'develop',
  'design',
  'organise',
  'organize',
  'schedule',
  'write',
  'publish',
  'send',
  'start',
  'establish',
  'replace',
  'upgrade',
  'configure',
  'onboard',
  'recruit',
  'host',
  'attend',
  'document',
  'define',
  'draft',
  'review',
  'redesign',
  'restructure',
  'switch to',
  'move to',
];

const LEADING_VERB = new RegExp(`^(${ACTION_VERBS.map((verb) => verb.replace(' ', '\\s+')).join('|')})\\b`, 'i');

/** The action verb a statement opens with ("Roll out"), or undefined. */
export function leadingActionVerb(statement: string): string | undefined {
  return LEADING_VERB.exec(statement.trim())?.[1];
}

function missingParts(strategy: Strategy): string | undefined {
  const noMetric = strategy.metric.trim() === '';
  const noTarget = strategy.target === null;
  if (noMetric && noTarget) return 'no metric and no numeric target';
  if (noMetric) return 'no metric';
  if (noTarget) return 'no numeric target';
  return undefined;
}

export function readsLikeTactic(strategy: Strategy): Finding[] {
  const missing = missingParts(strategy);
  if (missing === undefined) return [];
  const verb = leadingActionVerb(strategy.statement);
  const wording = verb === undefined ? '' : ` and opens with the action "${verb}"`;
  return [
    {
      rule: 'reads-like-tactic',
      at: { sheet: SHEET.strategies, row: strategy.row },
      id: strategy.id,
      message: `${itemName('strategy', strategy)} reads like a tactic: it has ${missing}${wording}. State the outcome with a metric and a target, and list the action as a tactic.`,
      blocking: false,
    },
  ];
}
