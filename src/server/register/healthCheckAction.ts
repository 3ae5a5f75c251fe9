import { checkInHealth } from '../../domain/checkins/checkInHealth';
import { describeHealth, findingA1, findingsTable } from '../../domain/findingsReport';
import { type HealthReport, healthCheck } from '../../domain/register/healthCheck';
import { SHEET } from '../../domain/register/schema';
import { readCheckInSheet } from '../../sheets/checkInSheet';
import { rewriteReportSheet } from '../../sheets/reportSheet';
import type { FindingView } from '../api/wireTypes';
import { parseCheckInSheet } from '../checkins/checkInLog';
import { documentContext } from '../documentContext';
import { toast } from '../ui';
import { assignMissingIds, loadRegister } from './loadRegister';

export interface CheckOutcome {
  readonly report: HealthReport;
  readonly findings: FindingView[];
}

/**
 * Assigns missing IDs, lints the register and rebuilds the Health check sheet. Menu and
 * sidebar declare it a writer, so it runs under the document lock and new IDs never race a
 * sidebar save or a snapshot assigning the same ones.
 */
export function checkAndRecord(): CheckOutcome {
  const context = documentContext();
  const { spreadsheet, timeZone, now, settings } = context;
  const loaded = loadRegister(spreadsheet, timeZone);
  // Read before the new IDs are written, so no read waits on a write.
  const found = readCheckInSheet(spreadsheet);
  const register = assignMissingIds(loaded);
  const { log, byItem, today } = parseCheckInSheet(found.sheet ? found.grid : null, register, timeZone, now);
  const report = healthCheck(
    register,
    context,
    checkInHealth(log, byItem, register, today, timeZone, settings.checkInCadenceDays),
  );
  const headerRows = {
    [SHEET.strategies]: loaded.sheets.strategyGrid[0],
    [SHEET.tactics]: loaded.sheets.tacticGrid[0],
    [SHEET.checkIns]: found.grid[0],
  };
  rewriteReportSheet(spreadsheet, SHEET.healthCheck, findingsTable(report.findings, headerRows));
  const findings = report.findings.map(
    (finding): FindingView => ({
      rule: finding.rule,
      sheet: finding.at.sheet,
      row: finding.at.row,
      column: finding.at.column ?? null,
      a1: findingA1(finding, headerRows),
      id: finding.id,
      message: finding.message,
      blocking: finding.blocking,
    }),
  );
  return { report, findings };
}

/** Menu: Run health check, told once the check is recorded. */
export function tellHealth(outcome: CheckOutcome): void {
  toast(describeHealth(outcome.report.summary));
}

/** Sidebar: the findings of a fresh health check. */
export function checkRegister(): FindingView[] {
  return checkAndRecord().findings;
}
