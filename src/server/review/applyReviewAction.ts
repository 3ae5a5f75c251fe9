import { isoDay } from '../../domain/isoDay';
import { quarterLabel, quarterOf } from '../../domain/quarter';
import { findColumns } from '../../domain/register/columns';
import { SHEET, STRATEGY_HEADERS, TACTIC_HEADERS } from '../../domain/register/schema';
import { APPLIED_REVIEW_KEY, serialiseAppliedReview } from '../../domain/review/appliedReview';
import { planReview, type RowPatches } from '../../domain/review/reviewPlan';
import { startOfZonedDay, zonedDateParts } from '../../domain/timeZone';
import { writeBlocks } from '../../sheets/cellBlocks';
import { columnPatchBlocks } from '../../sheets/columnPatches';
import type { OperationResult, StrategyReview } from '../api/wireTypes';
import { documentContext } from '../documentContext';
import { withDocumentLock } from '../documentLock';
import { loadRegister } from '../register/loadRegister';
import { saveReviewDraft } from '../reviewDraftStore';

type ColumnOf = (header: string) => number | undefined;

function columnLookup(sheet: string, headerRow: unknown, headers: readonly string[]): ColumnOf {
  const found = findColumns(sheet, headerRow, headers, []);
  return (header: string) => {
    const index = found.ok ? found.columns[header] : undefined;
    return index === undefined ? undefined : index + 1;
  };
}

/** The headers a plan writes that the sheet lacks: writing without them would drop the review's answers. */
function missingHeaders(patches: RowPatches<string>, columnOf: ColumnOf): string[] {
  const headers = new Set<string>();
  for (const patch of patches.values()) for (const header of Object.keys(patch)) headers.add(header);
  return [...headers].filter((header) => columnOf(header) === undefined);
}

/**
 * Sidebar: writes a finished quarterly review — decisions, Learning, Last reviewed, the
 * fields the reviewer changed, targets and statuses — in a few column writes, records
 * that the quarter's review was applied, then clears the draft.
 */
export function applyReview(reviews: readonly StrategyReview[]): OperationResult {
  const { spreadsheet, timeZone, now, settings } = documentContext();
  return withDocumentLock('Saving the review', () => {
    const { sheets, register } = loadRegister(spreadsheet);
    const today = startOfZonedDay(zonedDateParts(now, timeZone), timeZone);
    const plan = planReview(reviews, register.strategies, register.tactics, today, timeZone);
    if (!plan.ok) return { ok: false, message: plan.errors.join(' ') };
    const strategyColumns = columnLookup(SHEET.strategies, sheets.strategyGrid[0], STRATEGY_HEADERS);
    const tacticColumns = columnLookup(SHEET.tactics, sheets.tacticGrid[0], TACTIC_HEADERS);
    const missing = [
      ...missingHeaders(plan.strategies, strategyColumns).map(
        (header) => `${SHEET.strategies} has no ${header} column`,
      ),
      ...missingHeaders(plan.tactics, tacticColumns).map((header) => `${SHEET.tactics} has no ${header} column`),
    ];
    if (missing.length > 0) {
      return {
        ok: false,
        message: `${missing.join('; ')}, so the review cannot be saved whole. Run Set up register (it adds missing columns and changes no data), then apply the review again.`,
      };
    }
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
  });
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
