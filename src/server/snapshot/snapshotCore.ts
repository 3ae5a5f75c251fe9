import { planAppend } from '../../domain/history/appendPlan';
import { HISTORY_VERSION_KEY } from '../../domain/history/historyVersion';
import { canonicalQuarter } from '../../domain/history/quarterOrder';
import { describeBlockingFindings, describeSnapshot } from '../../domain/history/snapshotPlan';
import { buildSnapshotRows } from '../../domain/history/snapshotRows';
import { healthCheck } from '../../domain/register/healthCheck';
import { appendSnapshot, protectHistory, readHistory } from '../../sheets/historySheet';
import type { OperationResult } from '../api/wireTypes';
import type { DocumentContext } from '../documentContext';
import { loadRegister, planMissingIds } from '../register/loadRegister';
import { userMessage } from '../userErrors';
import { historyView, rebuildVariance } from './historyModel';

/** How to settle a quarter that already has a snapshot: replace it, keep it, or ask first. */
export type ReplaceDecision = (quarter: string, takenAt: Date | null) => 'replace' | 'keep' | 'ask';

/**
 * Takes the snapshot of `quarter` (the caller holds the document lock). Reads the
 * register once and the history's variance columns once, and computes everything before
 * writing. Write 1
 * appends the history (with any new IDs, undone together on failure); write 2 rebuilds
 * the variance sheet, whose failure leaves the snapshot taken and says how to finish.
 */
export function takeSnapshotOf(context: DocumentContext, label: string, decide: ReplaceDecision): OperationResult {
  const { spreadsheet, now } = context;
  const quarter = canonicalQuarter(label);
  const ids = planMissingIds(loadRegister(spreadsheet));
  const { strategies, tactics } = ids.register;
  const blocking = healthCheck(ids.register, context).findings.filter((finding) => finding.blocking);
  if (blocking.length > 0) return { ok: false, message: describeBlockingFindings(blocking) };

  const history = readHistory(spreadsheet);
  const existing = historyView(history.grid).snapshots.get(quarter);
  let replaced = false;
  if (existing) {
    const decision = decide(quarter, existing.takenAt);
    if (decision === 'keep')
      return { ok: false, message: `Snapshot ${quarter} was kept as it was; nothing was changed.` };
    if (decision === 'ask') {
      return {
        ok: false,
        message: `A snapshot of ${quarter} already exists.`,
        confirm: `Replace the snapshot of ${quarter}? Its rows stay in the history, marked superseded.`,
      };
    }
    replaced = true;
  }

  const snapshot = buildSnapshotRows(strategies, tactics, quarter, now);
  const plan = planAppend(history.headerRow, history.grid, snapshot.rows, quarter, now, replaced);
  // Formulas cache the history under this version. Changed before the append, so a cached
  // index can never outlive it; if the append then fails, the cost is one needless re-read.
  PropertiesService.getDocumentProperties().setProperty(HISTORY_VERSION_KEY, String(now.getTime()));
  const sheet = appendSnapshot(spreadsheet, history, plan, ids.blocks);
  const taken = describeSnapshot(quarter, strategies.length, tactics.length, replaced);
  try {
    protectHistory(sheet);
    const after = historyView(plan.after);
    const position = after.quarters.indexOf(quarter);
    rebuildVariance(spreadsheet, after, after.quarters[position - 1] ?? quarter, quarter);
  } catch (error) {
    return {
      ok: true,
      message: `${taken}. The QoQ Variance sheet was not rebuilt (${userMessage(error)}); run Build QoQ variance… to finish.`,
    };
  }
  return { ok: true, message: taken };
}
