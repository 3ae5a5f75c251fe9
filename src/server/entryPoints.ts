import { sidebarApi } from './api/sidebarApi';
import type { CustomFunctionDoc } from './formulas/customFunctionDoc';
import { FISCAL_QUARTER_DOC, fiscalQuarter } from './formulas/fiscalQuarter';
import { ON_TRACK_DOC, onTrack } from './formulas/onTrack';
import { QOQ_CHANGE_DOC, qoqChange } from './formulas/qoqChange';
import { SNAPSHOT_VALUE_DOC, snapshotValue } from './formulas/snapshotValue';
import { STRATEGY_CHECK_DOC, strategyCheck } from './formulas/strategyCheck';
import { STRATEGY_DRIFT_DOC, strategyDrift } from './formulas/strategyDrift';
import { STRATEGY_PROGRESS_DOC, strategyProgress } from './formulas/strategyProgress';
import { MENU_ITEMS } from './menu';
import { onEdit, onInstall, onOpen } from './triggers';
import { asMenuAction, asSidebarCall } from './userErrors';

// biome-ignore lint/suspicious/noExplicitAny: entry points take whatever Apps Script passes.
type AnyFunction = (...args: any[]) => unknown;

/**
 * Every function Apps Script may call by name. The build generates one top-level
 * declaration per entry in dist/Code.js (Apps Script sees nothing else), with JSDoc
 * for custom functions, so this list is the single place a public name is added.
 */
export type EntryPoint =
  | { readonly kind: 'trigger' | 'menu' | 'rpc'; readonly name: string; readonly run: AnyFunction }
  | { readonly kind: 'custom'; readonly name: string; readonly run: AnyFunction; readonly doc: CustomFunctionDoc };

export const ENTRY_POINTS: readonly EntryPoint[] = [
  { kind: 'trigger', name: 'onOpen', run: onOpen },
  { kind: 'trigger', name: 'onInstall', run: onInstall },
  { kind: 'trigger', name: 'onEdit', run: onEdit },
  ...MENU_ITEMS.map((item): EntryPoint => ({ kind: 'menu', name: item.functionName, run: asMenuAction(item.run) })),
  ...Object.entries(sidebarApi).map(([name, run]): EntryPoint => ({ kind: 'rpc', name, run: asSidebarCall(run) })),
  { kind: 'custom', name: 'STRATEGY_PROGRESS', run: strategyProgress, doc: STRATEGY_PROGRESS_DOC },
  { kind: 'custom', name: 'FISCAL_QUARTER', run: fiscalQuarter, doc: FISCAL_QUARTER_DOC },
  { kind: 'custom', name: 'ON_TRACK', run: onTrack, doc: ON_TRACK_DOC },
  { kind: 'custom', name: 'STRATEGY_CHECK', run: strategyCheck, doc: STRATEGY_CHECK_DOC },
  { kind: 'custom', name: 'SNAPSHOT_VALUE', run: snapshotValue, doc: SNAPSHOT_VALUE_DOC },
  { kind: 'custom', name: 'QOQ_CHANGE', run: qoqChange, doc: QOQ_CHANGE_DOC },
  { kind: 'custom', name: 'STRATEGY_DRIFT', run: strategyDrift, doc: STRATEGY_DRIFT_DOC },
];
