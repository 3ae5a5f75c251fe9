import { HISTORY_VERSION_KEY } from '../domain/history/historyVersion';
import { showDialog } from '../server/ui';
import { writeRowCells } from '../sheets/rowCells';
import { FIDELITY_CASES, MANUAL_CHECKS } from './cases';
import type { AppsScript, ManualCheck } from './fidelityCase';
import { FIDELITY_HEADERS, FIDELITY_SHEET, fidelityRows, RESULT, writeFidelitySheet } from './fidelitySheet';
import { probe } from './probe';
import { runCases } from './runCases';

/** What the development bundle's menu items, sidebar calls and probe formula do. */

export const FIDELITY_MENU = {
  run: { label: 'Run fidelity checks', functionName: 'runFidelityChecks' },
  dateResult: { label: 'Check a Date returned to a sidebar', functionName: 'checkSidebarDate' },
} as const;

/** Apps Script's own services, looked up when called (never at load, when they may be refused). */
function appsScript(): AppsScript {
  return { SpreadsheetApp, PropertiesService, CacheService, LockService, Utilities };
}

/** What a check done by hand shows in this spreadsheet now, where a run can read it. */
function seenByHand(apps: AppsScript): (check: ManualCheck) => string {
  return (check) => {
    if (check.id !== 'typed-edit-marks-history') return '';
    const version = apps.PropertiesService.getDocumentProperties().getProperty(HISTORY_VERSION_KEY);
    return `history version: ${version ?? '(none yet)'}`;
  };
}

/** Menu item: runs every case, writes the Fidelity sheet, and says how many matched. */
export function runFidelityChecks(): void {
  const apps = appsScript();
  const spreadsheet = apps.SpreadsheetApp.getActiveSpreadsheet();
  const results = runCases(apps, FIDELITY_CASES);
  const ranAt = apps.Utilities.formatDate(new Date(), spreadsheet.getSpreadsheetTimeZone(), "yyyy-MM-dd'T'HH:mm");
  writeFidelitySheet(spreadsheet, fidelityRows(FIDELITY_CASES, results, MANUAL_CHECKS, seenByHand(apps), ranAt));
  const failed = results.filter((result) => !result.matches).length;
  spreadsheet.toast(
    `${results.length - failed} of ${results.length} cases as recorded; ${failed} differ. See the ${FIDELITY_SHEET} sheet.`,
    'Fidelity checks',
  );
}

/** The dialog's page: it asks the server for a result holding a Date and shows, then records, what arrived. */
const DATE_RESULT_PAGE = `<!DOCTYPE html><html><body style="font-family:sans-serif">
<p id="out">Calling the server…</p>
<script>
function show(text) { document.getElementById('out').textContent = 'The result arrived as: ' + text; }
google.script.run
  .withSuccessHandler(function (value) {
    var text = JSON.stringify(value);
    show(text);
    google.script.run.recordFidelityObservation('sidebar-date-result', String(text));
  })
  .withFailureHandler(function (error) { show('a failure: ' + error.message); })
  .fidelityDateResult();
</script></body></html>`;

/** Menu item: the dialog of the sidebar-date-result check. */
export function checkSidebarDate(): void {
  const page = HtmlService.createHtmlOutput(DATE_RESULT_PAGE).setWidth(420).setHeight(140);
  showDialog(page, FIDELITY_MENU.dateResult.label);
}

/** Sidebar call: a result with a Date inside, as a sidebar call must never return one. */
export function fidelityDateResult(): { readonly text: string; readonly when: Date } {
  return { text: 'a Date inside', when: new Date() };
}

/** Sidebar call: puts what a check by hand showed into its row of the Fidelity sheet. */
export function recordFidelityObservation(id: string, observed: string): void {
  const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(FIDELITY_SHEET);
  if (!sheet) return;
  const ids = sheet.getRange(1, 1, sheet.getLastRow(), 1).getValues();
  const row = ids.findIndex(([cell]) => cell === id) + 1;
  if (row < 1) return;
  const observedColumn = FIDELITY_HEADERS.indexOf('Observed') + 1;
  const resultColumn = FIDELITY_HEADERS.indexOf('Result') + 1;
  writeRowCells(
    sheet,
    row,
    new Map<number, unknown>([
      [observedColumn, observed],
      [resultColumn, RESULT.byHand],
    ]),
  );
}

/** The probe formula: what a custom function may do (see probe.ts). */
export function fidelityProbe(question: string, input?: unknown): unknown {
  return probe(appsScript(), question, input);
}
