import { MENU_LABELS } from '../domain/menuLabels';
import { type SidebarApi, sidebarApi } from './api/sidebarApi';
import { type Access, withAccess } from './documentLock';
import type { CustomFunctionDoc } from './formulas/customFunctionDoc';
import { FISCAL_QUARTER_DOC, fiscalQuarter } from './formulas/fiscalQuarter';
import { ON_TRACK_DOC, onTrackFormula } from './formulas/onTrackFormula';
import { QOQ_CHANGE_DOC, qoqChangeFormula } from './formulas/qoqChangeFormula';
import { ROLLUP_PROGRESS_DOC, rollupProgressFormula } from './formulas/rollupProgressFormula';
import { SNAPSHOT_VALUE_DOC, snapshotValue } from './formulas/snapshotValue';
import { STRATEGY_CHECK_DOC, strategyCheck } from './formulas/strategyCheck';
import { STRATEGY_DRIFT_DOC, strategyDrift } from './formulas/strategyDrift';
import { STRATEGY_FORECAST_DOC, strategyForecast } from './formulas/strategyForecast';
import { STRATEGY_PROGRESS_DOC, strategyProgress } from './formulas/strategyProgress';
import { IMPORTING } from './import/importRun';
import { MENU_ITEMS, runMenuItem } from './menu';
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

/**
 * What each sidebar call does to the document (see `Access`): every call is listed, so a
 * new one cannot be added without saying whether, and under which lock, it writes.
 */
export const SIDEBAR_ACCESS: { readonly [name in keyof SidebarApi]: Access } = {
  getRegister: 'reads',
  setUpRegisterNow: { writes: MENU_LABELS.setUpRegister },
  saveStrategy: { writes: 'Saving the strategy' },
  saveTactic: { writes: 'Saving the tactic' },
  checkRegister: { writes: 'The health check' },
  // Selecting a cell moves the user's own cursor; it changes no cell.
  selectCell: 'reads',
  getSettings: 'reads',
  saveSettings: { writes: 'Saving the settings' },
  getReviewDraft: 'reads',
  saveReviewDraft: { writesOwn: 'Saving the review draft' },
  applyReview: { writes: 'Saving the review' },
  snapshotPlan: 'reads',
  takeSnapshotNow: { writes: 'The snapshot' },
  buildVarianceNow: { writes: 'Building the variance sheet' },
  saveCheckIns: { writes: 'Saving the check-ins' },
  importPreview: 'reads',
  importPlanNow: { writes: IMPORTING },
  buildRollupNow: { writes: 'Building the roll-up' },
};

/**
 * Triggers only build the menu, except onEdit: its one property write marks the history
 * edited, and must never wait behind a snapshot holding the lock (simple triggers get 30
 * seconds) lest the edit go unmarked. Custom functions cannot write at all.
 */
export const ENTRY_POINTS: readonly EntryPoint[] = [
  { kind: 'trigger', name: 'onOpen', run: onOpen },
  { kind: 'trigger', name: 'onInstall', run: onInstall },
  { kind: 'trigger', name: 'onEdit', run: onEdit },
  ...MENU_ITEMS.map(
    (item): EntryPoint => ({ kind: 'menu', name: item.functionName, run: asMenuAction(() => runMenuItem(item)) }),
  ),
  ...Object.entries(sidebarApi).map(
    ([name, run]): EntryPoint => ({
      kind: 'rpc',
      name,
      run: asSidebarCall(withAccess(SIDEBAR_ACCESS[name as keyof SidebarApi], run as AnyFunction)),
    }),
  ),
  { kind: 'custom', name: 'STRATEGY_PROGRESS', run: strategyProgress, doc: STRATEGY_PROGRESS_DOC },
  { kind: 'custom', name: 'FISCAL_QUARTER', run: fiscalQuarter, doc: FISCAL_QUARTER_DOC },
  { kind: 'custom', name: 'ON_TRACK', run: onTrackFormula, doc: ON_TRACK_DOC },
  { kind: 'custom', name: 'STRATEGY_CHECK', run: strategyCheck, doc: STRATEGY_CHECK_DOC },
  { kind: 'custom', name: 'SNAPSHOT_VALUE', run: snapshotValue, doc: SNAPSHOT_VALUE_DOC },
  { kind: 'custom', name: 'QOQ_CHANGE', run: qoqChangeFormula, doc: QOQ_CHANGE_DOC },
  { kind: 'custom', name: 'STRATEGY_DRIFT', run: strategyDrift, doc: STRATEGY_DRIFT_DOC },
  { kind: 'custom', name: 'STRATEGY_FORECAST', run: strategyForecast, doc: STRATEGY_FORECAST_DOC },
  { kind: 'custom', name: 'ROLLUP_PROGRESS', run: rollupProgressFormula, doc: ROLLUP_PROGRESS_DOC },
];
