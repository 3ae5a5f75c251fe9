import { loadAddon } from '../../local/appsScriptRuntime';
import { AuthMode } from '../../local/emulator';
import { services } from './fixtures';

/** A fresh emulator with sheet "Data" holding `rows`, as typed by a user. */
function withData(rows: unknown[][], options: Parameters<typeof services>[0] = {}) {
  const s = services(options);
  s.emulator.seedSheet('Data', rows);
  const sheet = s.book.getSheetByName('Data') as GoogleAppsScript.Spreadsheet.Sheet;
  return { ...s, sheet };
}

describe('formulas computed by the emulator', () => {
  it('reads a formula cell back as its computed value, as Sheets does', () => {
    const { sheet } = withData([[2, 3, '=A1*B1', '=SUM(A1:B1)', '=AVERAGE(A1:B1)', '=COUNTIF(A1:B1,">2")']]);
    expect(sheet.getRange('C1:F1').getValues()).toEqual([[6, 5, 2.5, 1]]);
    expect(sheet.getRange('C1').getFormula()).toBe('=A1*B1');
  });

  it('computes IF, IFERROR, VLOOKUP, TRUE and FALSE', () => {
    const { sheet } = withData([
      [
        'a',
        10,
        '=VLOOKUP("b",A1:B2,2,FALSE)',
        '=IF(B1>5,"big","small")',
        '=IFERROR(1/0,"none")',
        '=AND(TRUE, NOT(FALSE))',
      ],
      ['b', 20],
    ]);
    expect(sheet.getRange('C1:F1').getValues()).toEqual([[20, 'big', 'none', true]]);
  });

  it('gives DATE and TODAY as dates of the spreadsheet’s zone, today by the emulator’s clock', () => {
    const now = Date.UTC(2026, 6, 1, 22, 30); // already 2 July in Berlin
    const { sheet } = withData([['=DATE(2026,8,15)', '=TODAY()']], { timeZone: 'Europe/Berlin', now: () => now });
    expect(sheet.getRange('A1:B1').getDisplayValues()).toEqual([['2026-08-15', '2026-07-02']]);
    expect(sheet.getRange('A1').getValue()).toEqual(new Date('2026-08-14T22:00:00Z'));
  });

  it('reads an open-ended range down to the last row of the sheet', () => {
    const { sheet } = withData([
      ['=SUM(B2:B)', 1],
      ['', 2],
      ['', 3],
    ]);
    expect(sheet.getRange('A1').getValue()).toBe(5);
    sheet.getRange('B1000').setValue(10);
    expect(sheet.getRange('A1').getValue()).toBe(15);
  });

  it('recalculates on every write what depends on the cell written', () => {
    const { sheet } = withData([[1, '=A1+1', '=B1*10']]);
    sheet.getRange('A1').setValue(4);
    expect(sheet.getRange('B1:C1').getValues()).toEqual([[5, 50]]);
    sheet.getRange('A1').clearContent();
    expect(sheet.getRange('B1:C1').getValues()).toEqual([[1, 10]]);
  });

  it('reads error values as Sheets’ error codes, keeping the sentence for the hover', () => {
    const { sheet, emulator } = withData([['=1/0', '=NOSUCH(1)', '=A1+', '=VLOOKUP("x",A2:B2,2,FALSE)']]);
    expect(sheet.getRange('A1:D1').getValues()).toEqual([['#DIV/0!', '#NAME?', '#ERROR!', '#N/A']]);
    expect(emulator.readFormulaErrors('Data')[0]?.[2]).toBe('Formula parse error.');
  });

  it('keeps text that looks like a number as text inside formulas', () => {
    const { sheet } = withData([["'12", '=ISTEXT(A1)']]);
    expect(sheet.getRange('B1').getValue()).toBe(true);
  });

  it('gives a SPARKLINE cell no value and keeps what it draws', () => {
    const { sheet, emulator } = withData([['=SPARKLINE({0.1,0.25,0.5})']]);
    expect(sheet.getRange('A1').getValue()).toBe('');
    expect(emulator.readSparklines('Data')).toEqual([[{ data: [0.1, 0.25, 0.5], options: {} }]]);
  });

  it('follows a renamed sheet in the formulas that name it', () => {
    const { book, sheet } = withData([[5]]);
    const other = book.insertSheet('Sums');
    other.getRange('A1').setValue('=Data!A1*2');
    sheet.setName('Plan data');
    expect(other.getRange('A1').getFormula()).toBe("='Plan data'!A1*2");
    sheet.getRange('A1').setValue(7);
    expect(other.getRange('A1').getValue()).toBe(14);
  });
});

describe('the add-on’s custom functions in cells', () => {
  function addonWith(rows: unknown[][]) {
    const addon = loadAddon({ now: () => Date.UTC(2026, 1, 20) });
    addon.emulator.seedSheet('Data', rows);
    const app = addon.emulator.globals.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
    const sheet = app.getActiveSpreadsheet().getSheetByName('Data') as GoogleAppsScript.Spreadsheet.Sheet;
    return { addon, emulator: addon.emulator, sheet };
  }

  it('runs a custom function through dist/Code.js with scalars', () => {
    const { sheet } = addonWith([['=STRATEGY_PROGRESS(8%, 5%, 6.5%)', '=strategy_progress(0, 10, 5)']]);
    expect(sheet.getRange('A1:B1').getValues()).toEqual([[0.5, 0.5]]);
  });

  it("passes ranges as rows of values, blanks as '', and spills the result down the column", () => {
    const { sheet } = addonWith([
      [0, 10, 5, '=STRATEGY_PROGRESS(A1:A3, B1:B3, C1:C3)'],
      [0, 4, 1],
      ['', '', ''],
    ]);
    expect(sheet.getRange('D1:D3').getValues()).toEqual([[0.5], [0.25], ['']]);
    expect(sheet.getRange('D2').getFormula()).toBe('');
  });

  it('passes dates as Dates and DATE() results as dates', () => {
    const { sheet } = addonWith([['2026-08-15', '=FISCAL_QUARTER(A1, 7)', '=FISCAL_QUARTER(DATE(2026,8,15), 7)']]);
    expect(sheet.getRange('B1:C1').getValues()).toEqual([['FY2027-Q1', 'FY2027-Q1']]);
  });

  it('shows #REF! with Sheets’ sentence where an array result has no room, and spills once the room is made', () => {
    const { sheet, emulator } = addonWith([
      ['=STRATEGY_PROGRESS(B1:B2, C1:C2, D1:D2)', 0, 10, 5],
      ['kept', 0, 4, 1],
    ]);
    expect(sheet.getRange('A1:A2').getValues()).toEqual([['#REF!'], ['kept']]);
    expect(emulator.readFormulaErrors('Data')[0]?.[0]).toBe(
      'Array result was not expanded because it would overwrite data in A2.',
    );
    sheet.getRange('A2').clearContent();
    expect(sheet.getRange('A1:A2').getValues()).toEqual([[0.5], [0.25]]);
  });

  it('shows a thrown error as #ERROR! with its sentence', () => {
    const { sheet, emulator } = addonWith([['=STRATEGY_PROGRESS("n/a", 1, 1)']]);
    expect(sheet.getRange('A1').getValue()).toBe('#ERROR!');
    expect(emulator.readFormulaErrors('Data')[0]?.[0]).toBe('STRATEGY_PROGRESS: baseline is "n/a", not a number.');
  });

  it('counts each call as an execution of its own, in AuthMode.CUSTOM_FUNCTION, apart from the write that caused it', () => {
    const { sheet, emulator } = addonWith([['2026-08-15', '=FISCAL_QUARTER(A1, 1)']]);
    emulator.calls.reset();
    const runsBefore = emulator.formulaRuns.length;
    sheet.getRange('A1').setValue('2026-11-02');
    expect(emulator.calls.byMethod()).toEqual({ 'Range.setValue': 1, 'Sheet.getRange': 1 });
    expect(emulator.formulaRuns.slice(runsBefore)).toEqual([
      {
        functionName: 'FISCAL_QUARTER',
        sheet: 'Data',
        a1: 'B1',
        calls: { 'Spreadsheet.getSpreadsheetTimeZone': 1, 'SpreadsheetApp.getActiveSpreadsheet': 1 },
      },
    ]);
    expect(sheet.getRange('B1').getValue()).toBe('2026-Q4');
  });

  it('gives a custom function the restrictions of AuthMode.CUSTOM_FUNCTION whatever mode the write ran in', () => {
    const addon = loadAddon();
    addon.emulator.setAuthMode(AuthMode.FULL);
    addon.scope.writeSomething = () => {
      const app = addon.scope.SpreadsheetApp as GoogleAppsScript.Spreadsheet.SpreadsheetApp;
      app.getActiveSpreadsheet().getSheets()[0]?.getRange('B1').setValue('written');
    };
    addon.emulator.adoptRealm(addon.scope);
    addon.emulator.seedSheet('Data', [['=WRITESOMETHING()']]);
    expect(addon.emulator.readValues('Data')).toEqual([['#ERROR!']]);
    expect(addon.emulator.readFormulaErrors('Data')).toEqual([['You do not have permission to call Range.setValue']]);
  });

  it('runs no formula for a write nothing reads', () => {
    const { sheet, emulator } = addonWith([[0, 10, 5, '=STRATEGY_PROGRESS(A1, B1, C1)']]);
    const runsBefore = emulator.formulaRuns.length;
    sheet.getRange('F1:G2').setValues([
      [1, 2],
      [3, 4],
    ]);
    expect(emulator.formulaRuns.length).toBe(runsBefore);
  });
});
