// Drives the built dist/Code.js over the emulator in this process, so a parent test can
// start it under different TZ values. Input (argv[2]): the spreadsheet's time zone.
// Output (stdout): JSON of what the user sees where a date cell turns into text.
require('tsx/cjs/api').register();
const { loadAddon } = require('../../local/appsScriptRuntime.ts');
const { startOfZonedDay } = require('../../src/domain/timeZone.ts');
const { STRATEGY_HEADERS, TACTIC_HEADERS } = require('../../src/domain/register/schema.ts');

const zone = process.argv[2];
const lastDayOfMarch = startOfZonedDay({ year: 2026, month: 3, day: 31 }, zone);
const reviewedLastYear = startOfZonedDay({ year: 2025, month: 3, day: 31 }, zone);
const row = (headers, fields) => headers.map((header) => (header in fields ? fields[header] : ''));

const addon = loadAddon({ timeZone: zone });
const { emulator } = addon;
// A date typed into a text cell (Metric) and into a number cell (Confidence), as Sheets stores them.
emulator.seedSheet(
  'Strategies',
  [
    [...STRATEGY_HEADERS],
    row(STRATEGY_HEADERS, {
      ID: 'S1',
      Strategy: 'Raise win rate from 20% to 25%',
      Metric: lastDayOfMarch,
      Baseline: 0.2,
      Target: 0.25,
      Current: 0.21,
      Stakeholders: 'Account executives',
      Start: lastDayOfMarch,
      Status: 'Active',
      Confidence: lastDayOfMarch,
      'Last reviewed': reviewedLastYear,
    }),
  ],
  { raw: true },
);
emulator.seedSheet(
  'Tactics',
  [
    [...TACTIC_HEADERS],
    row(TACTIC_HEADERS, { ID: 'T1', 'Strategy ID': 'S1', Tactic: 'Coach every rep', Status: 'Done' }),
  ],
  { raw: true },
);

const view = addon.call('getRegister');
const findings = addon.call('checkRegister').map((finding) => finding.message);
addon.call('takeSnapshotNow', '2026-Q1', false);
const history = emulator.readValues('Snapshot History');
const header = history[0];
const metricInHistory = history[1][header.indexOf('Metric')];
const snapshotValue = addon.call('SNAPSHOT_VALUE', 'S1', 'Metric', '2026-Q1');
let progressError = '';
try {
  addon.call('STRATEGY_PROGRESS', lastDayOfMarch, 1, 2);
} catch (error) {
  progressError = error.message;
}

process.stdout.write(
  JSON.stringify({
    processOffset: new Date(2026, 2, 31).getTimezoneOffset(),
    metric: view.strategies[0].metric,
    start: view.strategies[0].start,
    lastReviewed: view.strategies[0].lastReviewed,
    findings,
    metricInHistory,
    snapshotValue,
    progressError,
  }),
);
