// Runs FISCAL_QUARTER from the built dist/Code.js in this process, so a parent test can
// start it under different TZ values. Uses node built-ins only; the spreadsheet is a stub
// that answers its time zone. Input (argv[2]): JSON list of
// { zone, date: ISO text | [year, monthIndex, day] in this process's local time, startMonth }.
// Output (stdout): JSON { januaryOffset (minutes, as Date#getTimezoneOffset gives it), labels }.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');

const file = path.resolve(__dirname, '../../dist/Code.js');
const cases = JSON.parse(process.argv[2] ?? '[]');
let spreadsheetZone = 'Etc/UTC';
const SpreadsheetApp = {
  getActiveSpreadsheet: () => ({ getSpreadsheetTimeZone: () => spreadsheetZone }),
};
const scope = vm.createContext({ SpreadsheetApp, HtmlService: {}, ScriptApp: { AuthMode: {} } });
vm.runInContext(fs.readFileSync(file, 'utf8'), scope, { filename: file });

const labels = cases.map(({ zone, date, startMonth }) => {
  spreadsheetZone = zone;
  const value = Array.isArray(date) ? new Date(date[0], date[1], date[2]) : new Date(date);
  return scope.FISCAL_QUARTER(value, startMonth);
});
process.stdout.write(JSON.stringify({ januaryOffset: new Date(2026, 0, 1).getTimezoneOffset(), labels }));
