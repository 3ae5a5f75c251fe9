/** Health check the quick way: rows read one by one, findings appended one row at a time. */
import { healthCheck } from '../../src/domain/register/healthCheck';
import { parseRegister, type Register } from '../../src/domain/register/register';
import { SHEET } from '../../src/domain/register/schema';
import { DEFAULT_SETTINGS } from '../../src/domain/register/types';
import { sentence } from '../../src/domain/result';
import { freshSheet, readRowByRow, type SpreadsheetApp } from './rowByRow';

/** Both register sheets read row by row and parsed. */
export function readRegisterRowByRow(app: SpreadsheetApp): Register {
  const spreadsheet = app.getActiveSpreadsheet();
  const parsed = parseRegister(
    readRowByRow(spreadsheet.getSheetByName(SHEET.strategies)),
    readRowByRow(spreadsheet.getSheetByName(SHEET.tactics)),
    'Etc/UTC',
  );
  if (!parsed.ok) throw new Error(sentence(parsed));
  return parsed.value;
}

export function naiveHealthCheck(app: SpreadsheetApp): number {
  const register = readRegisterRowByRow(app);
  const timeZone = app.getActiveSpreadsheet().getSpreadsheetTimeZone();
  const report = healthCheck(register, { now: new Date(), timeZone, settings: DEFAULT_SETTINGS });
  const sheet = freshSheet(app, SHEET.healthCheck);
  sheet.appendRow(['Sheet', 'Row', 'ID', 'Rule', 'Finding']);
  for (const finding of report.findings) {
    sheet.appendRow([finding.at.sheet, finding.at.row, finding.id, finding.rule, finding.message]);
  }
  return report.findings.length;
}
