import { HISTORY_VERSION_KEY } from '../../domain/history/historyVersion';
import { canonicalQuarter } from '../../domain/history/quarterOrder';
import { describeBlockingFindings, describeSnapshot } from '../../domain/history/snapshotPlan';
import { buildSnapshotRows } from '../../domain/history/snapshotRows';
import { COLUMNS_NEEDED, refusalFor } from '../../domain/register/columnNeeds';
import { healthCheck } from '../../domain/register/healthCheck';
import { appendSnapshot, protectHistory } from '../../sheets/historySheet';
import type { OperationResult } from '../api/wireTypes';
import type { DocumentContext } from '../documentContext';
import { loadRegister, planMissingIds } from '../register/loadRegister';
import { userMessage } from '../userErrors';
import { writeVariance } from './historyModel';
import { keepHistoryIndex, readHistoryState } from './historyState';
import { historyForSnapshot } from './snapshotHistory';

/** How to settle a quarter that already has a snapshot: replace it, keep it, or ask first. */
export type ReplaceDecision = (quarter: string, takenAt: Date | null) => 'replace' | 'keep' | 'ask';

/**
 * Takes the snapshot of `quarter` (the caller holds the document lock). Reads the
 * register once and only the history a comparison needs (snapshotHistory.ts), and
 * computes everything before writing. Write 1 appends the history (with any new IDs,
 * undone together on failure); then the ledger and digest are kept for the next reader;
 * write 2 rebuilds the variance sheet, whose failure leaves the snapshot taken and says
 * how to finish.
 */
export function takeSnapshotOf(context: DocumentContext, label: string, decide: ReplaceDecision): OperationResult {
  const { spreadsheet, now, timeZone } = context;
  const quarter = canonicalQuarter(label);
  const loaded = loadRegister(spreadsheet, timeZone);
  const missing = refusalFor(COLUMNS_NEEDED.snapshot, loaded.register.missingColumns);
  if (missing !== undefined) return { ok: false, message: missing };
  const ids = planMissingIds(loaded);
  const { strategies, tactics } = ids.register;
  const blocking = healthCheck(ids.register, context).findings.filter((finding) => finding.blocking);
  if (blocking.length > 0) return { ok: false, message: describeBlockingFindings(blocking) };

  const snapshot = buildSnapshotRows(strategies, tactics, quarter, now);
  const state = readHistoryState(spreadsheet, timeZone);
  if (state.lostHeaders !== undefined) return { ok: false, message: state.lostHeaders };
  const history = historyForSnapshot(spreadsheet, state, quarter, snapshot.rows);
  let replaced = false;
  if (history.existing) {
    const decision = decide(quarter, history.existing.takenAt);
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

  const plan = history.plan(now, replaced);
  const version = String(now.getTime());
  const after = history.after(plan, now, version);
  // Formulas cache the history under this version. Changed before the append, so a cached
  // index can never outlive it; if the append then fails, the cost is one needless re-read.
  PropertiesService.getDocumentProperties().setProperty(HISTORY_VERSION_KEY, version);
  const sheet = appendSnapshot(spreadsheet, state.shape, plan, ids.blocks);
  const taken = describeSnapshot(quarter, strategies.length, tactics.length, replaced);
  keepHistoryIndex(spreadsheet, version, after.ledger, after.digest);
  try {
    protectHistory(sheet);
    writeVariance(spreadsheet, after.variance);
  } catch (error) {
    return {
      ok: true,
      message: `${taken}. The QoQ Variance sheet was not rebuilt (${userMessage(error)}); run Build QoQ variance… to finish.`,
    };
  }
  return { ok: true, message: taken };
}
