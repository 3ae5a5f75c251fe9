import { checkInHealth, staleItemKeys } from '../../domain/checkins/checkInHealth';
import { healthCheck } from '../../domain/register/healthCheck';
import { hasParentColumn } from '../../domain/rollup/registerRollup';
import { renderRollupSheet } from '../../domain/rollup/rollupLayout';
import { describeRollup, rollupModel } from '../../domain/rollup/rollupModel';
import { prepareRollupSheet, writeRollupSheet } from '../../sheets/rollupSheet';
import type { OperationResult } from '../api/wireTypes';
import { loadCheckIns } from '../checkins/checkInLog';
import { documentContext } from '../documentContext';
import { loadRegister } from '../register/loadRegister';

/**
 * Build roll-up (menu and sidebar): reads the register and the check-ins once, runs the
 * health check for the same moment (its overdue reviews and stale check-ins are the group
 * table's), lays the Roll-up sheet out, and
 * only then rebuilds it whole. A register that cannot be read refuses with its sentence,
 * and the sheet is left as it was.
 */
export function buildRollupNow(): OperationResult {
  const context = documentContext();
  const { spreadsheet, timeZone, now } = context;
  const { register, sheets } = loadRegister(spreadsheet, timeZone);
  const { log, byItem, today } = loadCheckIns(spreadsheet, register, timeZone, now);
  const alongside = checkInHealth(log, byItem, register, today, timeZone, context.settings.checkInCadenceDays);
  const findings = healthCheck(register, context, alongside).findings;
  const model = rollupModel(register, {
    now,
    timeZone,
    settingsGroups: context.settings.stakeholderGroups,
    findings,
    staleCheckIns: staleItemKeys(log, findings),
  });
  const layout = renderRollupSheet(model);
  const target = prepareRollupSheet(spreadsheet);
  writeRollupSheet(spreadsheet, target, layout);
  return { ok: true, message: describeRollup(model, hasParentColumn(sheets.strategyGrid[0])) };
}
