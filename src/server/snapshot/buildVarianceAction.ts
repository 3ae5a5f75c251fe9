import { varianceOfRead } from '../../domain/history/historyOutcomes';
import { listQuarters, splitQuarterPair } from '../../domain/history/quarterOrder';
import { planVarianceRead } from '../../domain/history/readPlan';
import { renderVarianceSheet } from '../../domain/history/varianceLayout';
import { chooseVariancePair, tooFewSnapshots } from '../../domain/history/variancePair';
import { fail } from '../../domain/result';
import { digestTarget } from '../../sheets/digestSheet';
import { lostHistoryHeaders, openHistory, quartersInHistory, readPlannedHistory } from '../../sheets/historyStore';
import { prepareVarianceSheet, writeVarianceSheet } from '../../sheets/varianceSheet';
import type { OperationResult } from '../api/wireTypes';
import { type DocumentContext, documentContext, historyRulesOf } from '../documentContext';
import { refusal } from '../refusal';
import { alert, promptText } from '../ui';
import { keepHistoryIndex } from './historyIndexKeeper';

/**
 * The variance Build QoQ variance… writes: the two quarters asked for, earlier first
 * whatever their order, or the two latest snapshots; a refusal when they are not two
 * different quarters with snapshots. Reads what the read plan names (the two blocks and
 * the digest, or the whole history, whose ledger and digest are then kept), then writes.
 */
function rebuild(context: DocumentContext, asked?: readonly [string, string]): OperationResult {
  const { spreadsheet, timeZone } = context;
  const source = openHistory(spreadsheet, context.properties);
  const lost = lostHistoryHeaders(source, timeZone);
  if (lost !== undefined) return refusal(fail('missing-header', lost));
  const rules = historyRulesOf(context);
  const planned = planVarianceRead(source.facts, (held) => chooseVariancePair(held, asked, rules.calendar));
  if ('refused' in planned) return refusal(planned.refused);
  const stored = readPlannedHistory(source, planned.plan, timeZone);
  const outcome = varianceOfRead(stored.read, source, source.facts.version, asked, rules);
  const { variance, chart, keep } = outcome;
  const digest = keep ? (stored.digestTarget ?? digestTarget(spreadsheet)) : undefined;
  const target = variance.ok ? prepareVarianceSheet(spreadsheet) : undefined;
  if (keep && digest) keepHistoryIndex(spreadsheet, context.documentProperties, digest, source.facts.version, keep);
  if (!variance.ok) return refusal(variance);
  if (target) writeVarianceSheet(spreadsheet, target, renderVarianceSheet(variance.value), chart);
  return { ok: true, message: `QoQ Variance rebuilt: ${variance.value.from} → ${variance.value.to}.` };
}

/** The quarters the user asked to compare; none named means the two latest snapshots. */
export interface VarianceQuarters {
  readonly pair?: readonly [string, string];
}

/**
 * Menu: Build QoQ variance…, its question, asked before the lock is taken: the two latest
 * snapshots, or two quarters the user names. With fewer than two snapshots it says so
 * before asking anything.
 */
export function askVarianceQuarters(): VarianceQuarters | undefined {
  const context = documentContext();
  const held = quartersInHistory(context.spreadsheet, context.properties);
  const tooFew = tooFewSnapshots(held);
  if (tooFew !== undefined) {
    alert(tooFew);
    return undefined;
  }
  const latest = `${held[held.length - 2]} ${held[held.length - 1]}`;
  const typed = promptText(
    `Compare which two quarters? Snapshot History holds ${listQuarters(held)}. Leave empty for the two latest (${held[held.length - 2]} → ${held[held.length - 1]}), or write two quarters such as ${latest}.`,
  );
  if (typed === null) return undefined;
  if (typed.trim() === '') return {};
  const pair = splitQuarterPair(typed.trim());
  if (pair) return { pair };
  alert(`${JSON.stringify(typed.trim())} does not name two quarters; write them like ${latest}.`);
  return undefined;
}

/** Menu: the rebuild, under the lock. */
export function buildAskedVariance(asked: VarianceQuarters): OperationResult {
  return rebuild(documentContext(), asked.pair);
}

/** Sidebar: rebuilds the variance sheet (nulls: the two latest snapshots). */
export function buildVarianceNow(from: string | null, to: string | null): OperationResult {
  if ((from === null) !== (to === null)) {
    return refusal(fail('bad-argument', 'Name both quarters to compare, or neither for the two latest snapshots.'));
  }
  return rebuild(documentContext(), from !== null && to !== null ? [from, to] : undefined);
}
