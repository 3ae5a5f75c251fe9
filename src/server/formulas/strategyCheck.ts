import { settingsOrDefaults } from '../../domain/register/settings';
import { checkStrategyRow } from '../../domain/register/strategyRowCheck';
import { mapCells } from './cellGrid';
import type { CustomFunctionDoc } from './customFunctionDoc';
import { spreadsheetTimeZoneOnce } from './dateArgument';

const ARGS = ['strategy', 'metric', 'baseline', 'target', 'stakeholders'] as const;

export const STRATEGY_CHECK_DOC: CustomFunctionDoc = {
  summary:
    'Checks a strategy row: OK, or a sentence naming the first problem (an unreadable value, a strategy that reads like a tactic or an action, stakeholders that name people). Advice only.',
  params: [
    {
      name: 'strategy',
      type: 'string|Array<Array<string>>',
      description: 'The strategy statement, or a column of them.',
    },
    { name: 'metric', type: 'string|Array<Array<string>>', description: 'The metric that measures it, or a column.' },
    { name: 'baseline', type: 'number|Array<Array<number>>', description: 'Where the metric stood, or a column.' },
    {
      name: 'target',
      type: 'number|Array<Array<number>>',
      description: 'Where the metric should get to, or a column.',
    },
    {
      name: 'stakeholders',
      type: 'string|Array<Array<string>>',
      description: 'The stakeholder groups, separated by commas, or a column.',
    },
  ],
  returns: { type: 'string|Array<Array<string>>', description: 'OK or a sentence per row, blank for a blank row.' },
  example: 'STRATEGY_CHECK(B2:B, C2:C, E2:E, F2:F, H2:H)',
};

/**
 * The team's own group names live in document properties, which custom functions may
 * read; they are read at most once per call, and only when some row names stakeholders.
 */
function stakeholderGroupsReader(): () => readonly string[] {
  let groups: readonly string[] | undefined;
  return () => {
    groups ??= settingsOrDefaults(PropertiesService.getDocumentProperties().getProperties()).stakeholderGroups;
    return groups;
  };
}

/** `=STRATEGY_CHECK(strategy, metric, baseline, target, stakeholders)` over single values or same-shaped ranges. */
export function strategyCheck(
  strategy: unknown,
  metric: unknown,
  baseline: unknown,
  target: unknown,
  stakeholders: unknown,
): unknown {
  const groups = stakeholderGroupsReader();
  const timeZone = spreadsheetTimeZoneOnce();
  return mapCells('STRATEGY_CHECK', ARGS, [strategy, metric, baseline, target, stakeholders], (cells) =>
    checkStrategyRow(
      { strategy: cells[0], metric: cells[1], baseline: cells[2], target: cells[3], stakeholders: cells[4] },
      groups,
      timeZone,
    ),
  );
}
