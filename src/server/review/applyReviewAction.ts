import { SHEET } from '../../domain/register/schema';
import { planReview } from '../../domain/review/reviewPlan';
import { startOfZonedDay, zonedDateParts } from '../../domain/timeZone';
import { writeBlocks } from '../../sheets/cellBlocks';
import { columnPatchBlocks } from '../../sheets/columnPatches';
import type { OperationResult, StrategyReview } from '../api/wireTypes';
import { documentContext } from '../documentContext';
import { loadRegister, registerColumns } from '../register/loadRegister';
import { saveReviewDraft } from '../reviewDraftStore';

/**
 * Sidebar: writes a finished quarterly review — Learning, Last reviewed, Confidence,
 * targets and statuses — in a few column writes, then clears the draft.
 */
export function applyReview(reviews: readonly StrategyReview[]): OperationResult {
  const { spreadsheet, timeZone, now } = documentContext();
  const loaded = loadRegister(spreadsheet, timeZone);
  const { sheets, register } = loaded;
  const today = startOfZonedDay(zonedDateParts(now, timeZone), timeZone);
  const plan = planReview(reviews, register.strategies, register.tactics, today);
  if (!plan.ok) return { ok: false, message: plan.errors.join(' ') };
  const strategyColumns = registerColumns(loaded, SHEET.strategies);
  const tacticColumns = registerColumns(loaded, SHEET.tactics);
  writeBlocks([
    ...columnPatchBlocks(sheets.strategies, sheets.strategyGrid, strategyColumns, plan.strategies),
    ...columnPatchBlocks(sheets.tactics, sheets.tacticGrid, tacticColumns, plan.tactics),
  ]);
  clearDraftAfterReview();
  const tactics = plan.tactics.size === 1 ? '1 tactic' : `${plan.tactics.size} tactics`;
  const strategies = plan.reviewed === 1 ? '1 strategy' : `${plan.reviewed} strategies`;
  return { ok: true, message: `Review saved: ${strategies} and ${tactics} marked reviewed today.` };
}

/** The review is saved; a draft that could not be cleared only reappears in the sidebar, so it is logged, not reported. */
function clearDraftAfterReview(): void {
  try {
    saveReviewDraft(null);
  } catch (error) {
    console.warn('The review was saved but its draft could not be cleared.', error);
  }
}
