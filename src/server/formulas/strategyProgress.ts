import { isBlank } from '../../domain/cellValue';
import { progress } from '../../domain/progress';
import { mapCells } from './cellGrid';
import type { CustomFunctionDoc } from './customFunctionDoc';
import { spreadsheetTimeZoneOnce } from './dateArgument';
import { numberArgument } from './numberArgument';

const ARGS = ['baseline', 'target', 'current'] as const;

export const STRATEGY_PROGRESS_DOC: CustomFunctionDoc = {
  summary:
    'Progress of a metric from its baseline (0) to its target (1); may go below 0 or above 1. Works for falling metrics such as churn.',
  params: [
    {
      name: 'baseline',
      type: 'number|Array<Array<number>>',
      description: 'Where the metric stood when the strategy was set, or a column of them.',
    },
    {
      name: 'target',
      type: 'number|Array<Array<number>>',
      description: 'Where the metric should get to, or a column of them.',
    },
    {
      name: 'current',
      type: 'number|Array<Array<number>>',
      description: 'Where the metric stands now, or a column of them.',
    },
  ],
  returns: { type: 'number|Array<Array<number>>', description: 'The progress, blank where any input is blank.' },
  example: 'STRATEGY_PROGRESS(E2:E, F2:F, G2:G)',
};

/** `=STRATEGY_PROGRESS(baseline, target, current)` over single values or same-shaped ranges. */
export function strategyProgress(baseline: unknown, target: unknown, current: unknown): unknown {
  const timeZone = spreadsheetTimeZoneOnce();
  return mapCells('STRATEGY_PROGRESS', ARGS, [baseline, target, current], (cells, at) => {
    if (cells.some(isBlank)) return '';
    const [b, t, c] = ARGS.map((name, index) => numberArgument(cells[index], name, at, timeZone)) as [
      number,
      number,
      number,
    ];
    return progress(b, t, c);
  });
}
