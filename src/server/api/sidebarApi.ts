/**
 * The functions the sidebar calls through google.script.run. Each is declared at the top
 * level of dist/Code.js (see entryPoints.ts); the sidebar's typed client derives its
 * signatures from `SidebarApi`, so the two cannot drift apart.
 */
import { saveCheckIns } from '../checkins/saveCheckInsAction';
import { importPlanNow, importPreview } from '../import/importAction';
import { getRegister } from '../register/getRegisterAction';
import { checkRegister } from '../register/healthCheckAction';
import { saveStrategy, saveTactic } from '../register/saveItemAction';
import { setUpRegisterNow } from '../register/setUpAction';
import { applyReview } from '../review/applyReviewAction';
import { getReviewDraft, saveReviewDraft } from '../reviewDraftStore';
import { buildRollupNow } from '../rollup/buildRollupAction';
import { selectCell } from '../selectCellAction';
import { getSettings, saveSettings } from '../settingsAction';
import { buildVarianceNow } from '../snapshot/buildVarianceAction';
import { snapshotPlan, takeSnapshotNow } from '../snapshot/takeSnapshotAction';

export const sidebarApi = {
  /** The register view: strategies, tactics, settings, quarters — one call. */
  getRegister,
  /** Creates any missing register sheets and columns, as the menu item does, and says what it did. */
  setUpRegisterNow,
  saveStrategy,
  saveTactic,
  /** Runs the health check, rebuilds the Health check sheet and returns the findings. */
  checkRegister,
  /** Selects a cell in the sheet (jump to a finding). */
  selectCell,
  getSettings,
  saveSettings,
  getReviewDraft,
  /** Keeps the review typed so far; null clears it. */
  saveReviewDraft,
  /** Writes Learning, Last reviewed, Confidence and statuses for the reviewed items, batched. */
  applyReview,
  snapshotPlan,
  /** Takes the snapshot of a quarter; `replace` must be true when that quarter exists. */
  takeSnapshotNow,
  /** Rebuilds the variance sheet (nulls: the two latest snapshots). */
  buildVarianceNow,
  /** Appends check-ins and sets the items' Current / Actual and Confidence, in one locked write. */
  saveCheckIns,
  /** The mapping editor: the mapping found (or chosen) for a sheet, and what importing it would add. */
  importPreview,
  /** Imports a sheet's plan with the editor's mapping. */
  importPlanNow,
  /** Rebuilds the Roll-up sheet: the group table and the alignment tree. */
  buildRollupNow,
};

export type SidebarApi = typeof sidebarApi;
