import { checkInLogFindings } from '../../domain/checkins/checkInHealth';
import { snapshotCheckIns } from '../../domain/checkins/snapshotCheckIns';
import { RegisterError } from '../../domain/errors';
import { snapshotOfRead } from '../../domain/history/historyOutcomes';
import { readSnapshotQuarter } from '../../domain/history/quarterOrder';
import { planSnapshotRead } from '../../domain/history/readPlan';
import { buildSnapshotRows } from '../../domain/history/snapshotRows';
import { describeSnapshot, snapshotRefusal } from '../../domain/history/snapshotRules';
import { renderVarianceSheet } from '../../domain/history/varianceLayout';
import { MENU_LABELS } from '../../domain/menuLabels';
import { COLUMNS_NEEDED, refusalFor } from '../../domain/register/columnNeeds';
import { healthCheck } from '../../domain/register/healthCheck';
import { fail, ok, type Result, sentence } from '../../domain/result';
import { digestTarget } from '../../sheets/digestSheet';
import { appendSnapshot, guardHistory, prepareAppend } from '../../sheets/historyAppend';
import { lostHistoryHeaders, openHistory, readPlannedHistory, readWholeHistory } from '../../sheets/historyStore';
import { prepareVarianceSheet, writeVarianceSheet } from '../../sheets/varianceSheet';
import type { OperationResult } from '../api/wireTypes';
import { type LoadedCheckIns, loadCheckIns } from '../checkins/checkInLog';
import { calendarOf, type DocumentContext, historyRulesOf } from '../documentContext';
import { refusal } from '../refusal';
import { type IdPlan, loadRegister, planMissingIds } from '../register/loadRegister';
import { userMessage } from '../userErrors';
import { keepDigest, writeVersionAndLedger } from './historyIndexKeeper';

/** How to settle a quarter that already has a snapshot: replace it, keep it, or ask first. */
export type ReplaceDecision = (quarter: string, takenAt: Date | null) => 'replace' | 'keep' | 'ask';

/** A register ready for a snapshot: its new IDs planned, and its check-ins read. */
export interface ReadyRegister extends IdPlan {
  readonly checkIns: LoadedCheckIns;
}

export type SnapshotReadiness = Result<ReadyRegister>;

/**
 * Whether the register can be snapshotted at all, whatever the quarter: its sheets and
 * columns readable, not empty, nothing that would make the history ambiguous. Asked before
 * the quarter, so the user is never asked for one in vain.
 */
export function snapshotReadiness(context: DocumentContext): SnapshotReadiness {
  let ready: ReadyRegister;
  try {
    const loaded = loadRegister(context.spreadsheet, context.timeZone);
    // A snapshot keeps every column: one the register lacks would be kept as blanks.
    const missing = refusalFor(COLUMNS_NEEDED.snapshot, loaded.register.missingColumns);
    if (missing !== undefined) return fail('missing-header', missing);
    const ids = planMissingIds(loaded);
    ready = { ...ids, checkIns: loadCheckIns(context.spreadsheet, ids.register, context.timeZone, context.now) };
  } catch (error) {
    if (error instanceof RegisterError) return fail(error.code, error.message);
    throw error;
  }
  // Its check-ins give each item's forecast: a log that cannot be read would keep them blank.
  const findings = healthCheck(ready.register, context, checkInLogFindings(ready.checkIns.log)).findings;
  return snapshotRefusal(ready.register, findings) ?? ok(ready);
}

/**
 * Takes the snapshot of `label` (the caller holds the document lock). Refuses a quarter
 * outside the register's calendar or not yet begun, and a register `snapshotReadiness`
 * refuses. Reads first, all of it: the register once, the history the read plan names
 * (readPlan.ts), and what the writes need to know of their sheets; then computes
 * everything; then writes. Write 1 stamps the new history version with its ledger; write 2
 * appends the history (with any new IDs, undone together on failure); then the digest is
 * kept and the variance sheet rebuilt, whose failure leaves the snapshot taken and says
 * how to finish.
 */
export function takeSnapshotOf(context: DocumentContext, label: string, decide: ReplaceDecision): OperationResult {
  const { spreadsheet, now, timeZone } = context;
  const read = readSnapshotQuarter(label, calendarOf(context));
  if (!read.ok) return refusal(read);
  const quarter = read.value.label;
  const ready = snapshotReadiness(context);
  if (!ready.ok) return refusal(ready);
  const ids = ready.value;
  const { strategies, tactics } = ids.register;
  const { checkIns } = ids;
  const kept =
    checkIns.found.sheet && checkIns.log.ok
      ? snapshotCheckIns(ids.register, checkIns.log.value.checkIns, checkIns.today, read.value.quarter, timeZone)
      : undefined;
  const rows = buildSnapshotRows(strategies, tactics, quarter, now, kept).rows;
  const source = openHistory(spreadsheet, context.properties);
  const lost = lostHistoryHeaders(source, timeZone);
  if (lost !== undefined) return refusal(fail('missing-header', lost));
  const rules = historyRulesOf(context);
  const plan = planSnapshotRead(source.facts, quarter);
  let stored = readPlannedHistory(source, plan, timeZone);
  let history = snapshotOfRead(stored.read, source, quarter, rows, rules);
  if (!history) {
    // The digest does not end where the ledger does: the snapshot needs the whole history.
    stored = {
      ...readWholeHistory(source, plan, 'no-digest', timeZone),
      ...(stored.digestTarget ? { digestTarget: stored.digestTarget } : {}),
    };
    history = snapshotOfRead(stored.read, source, quarter, rows, rules);
  }
  if (!history) throw new Error('Snapshot History read whole could not take the snapshot.');
  let replaced = false;
  if (history.existing) {
    const decision = decide(quarter, history.existing.takenAt);
    if (decision === 'keep')
      return refusal(fail('kept', `Snapshot ${quarter} was kept as it was; nothing was changed.`));
    if (decision === 'ask') {
      return {
        ok: false,
        message: `A snapshot of ${quarter} already exists.`,
        code: 'snapshot-exists',
        confirm: `Replace the snapshot of ${quarter}? Its rows stay in the history, marked superseded.`,
      };
    }
    replaced = true;
  }

  const append = history.plan(now, replaced);
  const version = String(now.getTime());
  const after = history.after(append, now, version);
  const { variance, chart } = after.variance;
  // Everything the writes must know of their sheets, read before the first write.
  const appendTarget = prepareAppend(source, append.headerRow.length);
  const digest = stored.digestTarget ?? digestTarget(spreadsheet);
  const varianceTarget = variance.ok ? prepareVarianceSheet(spreadsheet) : undefined;

  // Formulas cache the history under its version. Changed before the append, so a cached
  // index can never outlive it; if the append then fails, the ledger no longer fits the
  // sheet's rows, and the cost is one whole read.
  writeVersionAndLedger(context.documentProperties, version, after.ledger);
  const sheet = appendSnapshot(spreadsheet, appendTarget, append, ids.blocks);
  const taken = describeSnapshot(quarter, strategies.length, tactics.length, replaced);
  keepDigest(spreadsheet, digest, after, version);
  try {
    guardHistory(sheet, appendTarget);
    if (!variance.ok) return { ok: true, message: `${taken}. ${sentence(variance)}` };
    if (varianceTarget) writeVarianceSheet(spreadsheet, varianceTarget, renderVarianceSheet(variance.value), chart);
  } catch (error) {
    return {
      ok: true,
      message: `${taken}. The QoQ Variance sheet was not rebuilt (${userMessage(error)}); run ${MENU_LABELS.buildQoqVariance} to finish.`,
    };
  }
  return { ok: true, message: `${taken}.` };
}
