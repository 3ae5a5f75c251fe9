import { isoDay } from '../../domain/isoDay';
import { quarterLabel, quarterOf } from '../../domain/quarter';
import { SHEET } from '../../domain/register/schema';
import { APPLIED_REVIEW_KEY, serialiseAppliedReview } from '../../domain/review/appliedReview';
import { planReview, type RowPatches } from '../../domain/review/reviewPlan';
import { startOfZonedDay, zonedDateParts } from '../../domain/timeZone';
import { writeBlocks } from '../../sheets/cellBlocks';
import { columnPatchBlocks } from '../../sheets/columnPatches';
import type { OperationResult, StrategyReview } from '../api/wireTypes';
import { documentContext } from '../documentContext';
import { refusal } from '../refusal';
import { type LoadedRegister, loadRegister, registerColumns } from '../register/loadRegister';
import { saveReviewDraft } from '../reviewDraftStore';

/** The missing-column sentences of the headers a plan writes that the sheet lacks. */
function missingWrites(loaded: LoadedRegister, sheet: string, patches: RowPatches<string>): string[] {
  const headers = new Set<string>();
  for (const patch of patches.values()) for (const header of Object.keys(patch)) headers.add(header);
  return loaded.register.missingColumns
    .filter((column) => column.sheet === sheet && headers.has(column.header))
    .map((column) => column.message);
}

/**
 * Sidebar: writes a finished quarterly review — decisions, Learning, Last reviewed, the
 * fields the reviewer changed, targets and statuses — in a few column writes, records
 * that the quarter's review was applied, then clears the draft.
 */
export function applyReview(reviews: readonly StrategyReview[]): OperationResult {
  const { spreadsheet, timeZone, now, settings } = documentContext();
  const loaded = loadRegister(spreadsheet, timeZone);
  const { sheets, register } = loaded;
  const today = startOfZonedDay(zonedDateParts(now, timeZone), timeZone);
  const planned = planReview(reviews, register.strategies, register.tactics, today, timeZone);
  if (!planned.ok) return refusal(planned);
  const plan = planned.value;
  // A review written without one of its columns would lose that part of every answer.
  const missing = [
    ...missingWrites(loaded, SHEET.strategies, plan.strategies),
    ...missingWrites(loaded, SHEET.tactics, plan.tactics),
  ];
  if (missing.length > 0) return { ok: false, message: missing.join(' '), code: 'missing-header' };
  const strategyColumns = registerColumns(loaded, SHEET.strategies);
  const tacticColumns = registerColumns(loaded, SHEET.tactics);
  writeBlocks([
    ...columnPatchBlocks(sheets.strategies, sheets.strategyGrid, strategyColumns, plan.strategies),
    ...columnPatchBlocks(sheets.tactics, sheets.tacticGrid, tacticColumns, plan.tactics),
  ]);
  const quarter = quarterLabel(quarterOf(now, timeZone, settings.fiscalYearStartMonth));
  afterReview(() =>
    PropertiesService.getDocumentProperties().setProperty(
      APPLIED_REVIEW_KEY,
      serialiseAppliedReview({
        quarter,
        appliedOn: isoDay(now, timeZone),
        strategies: plan.reviewed,
        tactics: plan.tactics.size,
      }),
    ),
  );
  afterReview(() => saveReviewDraft(null));
  const tactics = plan.tactics.size === 1 ? '1 tactic' : `${plan.tactics.size} tactics`;
  const strategies = plan.reviewed === 1 ? '1 strategy' : `${plan.reviewed} strategies`;
  return {
    ok: true,
    message: `Review of ${quarter} saved: ${strategies} and ${tactics} marked reviewed today.`,
  };
}

/**
 * The review is saved; a record of it or a draft that could not be updated only changes
 * what the review screen shows next (the draft again), so it is logged, not reported.
 */
function afterReview(step: () => void): void {
  try {
    step();
  } catch (error) {
    console.warn('The review was saved but its record or draft could not be updated.', error);
  }
}
