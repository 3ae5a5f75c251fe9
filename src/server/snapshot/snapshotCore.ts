import { RegisterError } from '../../domain/errors';
import { HISTORY_VERSION_KEY } from '../../domain/history/historyVersion';
import { readSnapshotQuarter } from '../../domain/history/quarterOrder';
import { describeSnapshot, snapshotRefusal } from '../../domain/history/snapshotPlan';
import { buildSnapshotRows } from '../../domain/history/snapshotRows';
import { COLUMNS_NEEDED, refusalFor } from '../../domain/register/columnNeeds';
import { healthCheck } from '../../domain/register/healthCheck';
import { appendSnapshot, protectHistory } from '../../sheets/historySheet';
import type { OperationResult } from '../api/wireTypes';
import { calendarOf, type DocumentContext } from '../documentContext';
import { type IdPlan, loadRegister, planMissingIds } from '../register/loadRegister';
import { userMessage } from '../userErrors';
import { writeVariance } from './historyModel';
import { keepHistoryIndex, lostHistoryHeaders, readHistoryState } from './historyState';
import { historyForSnapshot } from './snapshotHistory';

/** How to settle a quarter that already has a snapshot: replace it, keep it, or ask first. */
export type ReplaceDecision = (quarter: string, takenAt: Date | null) => 'replace' | 'keep' | 'ask';

export type SnapshotReadiness =
  | { readonly ok: true; readonly ids: IdPlan }
  | { readonly ok: false; readonly message: string };

/**
 * Whether the register can be snapshotted at all, whatever the quarter: its sheets and
 * columns readable, not empty, nothing that would make the history ambiguous. Asked before
 * the quarter, so the user is never asked for one in vain.
 */
export function snapshotReadiness(context: DocumentContext): SnapshotReadiness {
  let ids: IdPlan;
  try {
    const loaded = loadRegister(context.spreadsheet, context.timeZone);
    // A snapshot keeps every column: one the register lacks would be kept as blanks.
    const missing = refusalFor(COLUMNS_NEEDED.snapshot, loaded.register.missingColumns);
    if (missing !== undefined) return { ok: false, message: missing };
    ids = planMissingIds(loaded);
  } catch (error) {
    if (error instanceof RegisterError) return { ok: false, message: error.message };
    throw error;
  }
  const refusal = snapshotRefusal(ids.register, healthCheck(ids.register, context).findings);
  return refusal === undefined ? { ok: true, ids } : { ok: false, message: refusal };
}

/**
 * Takes the snapshot of `label` (the caller holds the document lock). Refuses a quarter
 * outside the register's calendar or not yet begun, and a register `snapshotReadiness`
 * refuses. Reads the register once and only the history a comparison needs
 * (snapshotHistory.ts), and computes everything before writing. Write 1 appends the history
 * (with any new IDs, undone together on failure); then the ledger and digest are kept for
 * the next reader; write 2 rebuilds the variance sheet, whose failure leaves the snapshot
 * taken and says how to finish.
 */
export function takeSnapshotOf(context: DocumentContext, label: string, decide: ReplaceDecision): OperationResult {
  const { spreadsheet, now } = context;
  const read = readSnapshotQuarter(label, calendarOf(context));
  if (!read.ok) return { ok: false, message: read.message };
  const quarter = read.label;
  const ready = snapshotReadiness(context);
  if (!ready.ok) return ready;
  const { ids } = ready;
  const { strategies, tactics } = ids.register;

  const snapshot = buildSnapshotRows(strategies, tactics, quarter, now);
  const state = readHistoryState(spreadsheet);
  const lost = lostHistoryHeaders(state, context.timeZone);
  if (lost !== undefined) return { ok: false, message: lost };
  const history = historyForSnapshot(context, state, quarter, snapshot.rows);
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
  const { variance, chart } = after.variance;
  try {
    protectHistory(sheet);
    if (!variance.ok) return { ok: true, message: `${taken}. ${variance.errors.join(' ')}` };
    writeVariance(spreadsheet, variance.value, chart);
  } catch (error) {
    return {
      ok: true,
      message: `${taken}. The QoQ Variance sheet was not rebuilt (${userMessage(error)}); run Build QoQ variance… to finish.`,
    };
  }
  return { ok: true, message: taken };
}
