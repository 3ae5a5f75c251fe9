/**
 * The functions the sidebar calls through google.script.run. Each is declared at the top
 * level of dist/Code.js (see entryPoints.ts); the sidebar's typed client derives its
 * signatures from `SidebarApi`, so the two cannot drift apart.
 */
import { RegisterError } from '../../domain/errors';
import { getRegister } from '../register/getRegisterAction';
import { checkRegister } from '../register/healthCheckAction';
import { saveStrategy, saveTactic } from '../register/saveItemAction';
import { applyReview } from '../review/applyReviewAction';
import { getReviewDraft, saveReviewDraft } from '../reviewDraftStore';
import { selectCell } from '../selectCellAction';
import { getSettings, saveSettings } from '../settingsAction';
import type {
  FindingView,
  OperationResult,
  RegisterView,
  ReviewDraft,
  SaveResult,
  SettingsView,
  SnapshotPlan,
  StrategyInput,
  StrategyReview,
  TacticInput,
} from './wireTypes';

function notYet(name: string): never {
  throw new RegisterError('not-found', `${name} is not available yet.`);
}

export const sidebarApi = {
  /** The register view: strategies, tactics, settings, quarters — one call. */
  getRegister: (): RegisterView => getRegister(),
  saveStrategy: (input: StrategyInput): SaveResult => saveStrategy(input),
  saveTactic: (input: TacticInput): SaveResult => saveTactic(input),
  /** Runs the health check, rebuilds the Health check sheet and returns the findings. */
  checkRegister: (): FindingView[] => checkRegister(),
  /** Selects a cell in the sheet (jump to a finding). */
  selectCell: (sheet: string, a1: string): void => selectCell(sheet, a1),
  getSettings: (): SettingsView => getSettings(),
  saveSettings: (settings: SettingsView): OperationResult => saveSettings(settings),
  getReviewDraft: (): ReviewDraft | null => getReviewDraft(),
  /** Keeps the review typed so far; null clears it. */
  saveReviewDraft: (draft: ReviewDraft | null): void => saveReviewDraft(draft),
  /** Writes Learning, Last reviewed, Confidence and statuses for the reviewed items, batched. */
  applyReview: (reviews: readonly StrategyReview[]): OperationResult => applyReview(reviews),
  snapshotPlan: (): SnapshotPlan => notYet('snapshotPlan'),
  /** Takes the snapshot of `quarter`; `replace` must be true when that quarter exists. */
  takeSnapshotNow: (_quarter: string, _replace: boolean): OperationResult => notYet('takeSnapshotNow'),
  buildVarianceNow: (_fromQuarter: string | null, _toQuarter: string | null): OperationResult =>
    notYet('buildVarianceNow'),
};

export type SidebarApi = typeof sidebarApi;
