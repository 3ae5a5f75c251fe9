import type { FidelityCase } from '../fidelityCase';
import { computedValue, describeValue } from '../observing';
import { PROBE_FUNCTION } from '../probe';

/** What the add-on reads back from cells. */

const RANGE_REFERENCE = 'https://developers.google.com/apps-script/reference/spreadsheet/range';

export const CELL_READING_CASES: readonly FidelityCase[] = [
  {
    id: 'blank-cells',
    behaviour: '`getValues` of blank cells',
    reliedOnBy: "every register read: a blank cell is `''`, never null",
    recorded: [['', '']],
    source: { kind: 'documented', url: RANGE_REFERENCE, says: 'getValues gives an empty string for an empty cell' },
    observe: (scratch) => scratch.sheet.getRange('A1:B1').getValues() as unknown as string[][],
  },
  {
    id: 'date-cell',
    behaviour: '`getValues` of a date cell',
    reliedOnBy: 'Start, Due and Last reviewed read as dates',
    recorded: { isDate: true, value: { date: '2026-07-01 00:00:00.000' } },
    source: {
      kind: 'documented',
      url: RANGE_REFERENCE,
      says: 'getValues gives a Number, Boolean, Date or String per cell',
    },
    observe: (scratch) => {
      const cell = scratch.sheet.getRange('A1');
      cell.setValues([['2026-07-01']]);
      const value = cell.getValues()[0]?.[0];
      return {
        isDate: Object.prototype.toString.call(value) === '[object Date]',
        value: describeValue(scratch.apps, value, scratch.timeZone),
      };
    },
  },
  {
    id: 'formula-cell',
    behaviour: '`getValues` of a formula cell',
    reliedOnBy: 'reading a register whose cells hold formulas',
    recorded: { value: 2, formula: '=1+1' },
    source: { kind: 'assumed', note: 'the computed value, not the formula text' },
    observe: (scratch) => {
      const cell = scratch.sheet.getRange('A1');
      cell.setFormula('=1+1');
      return {
        value: describeValue(scratch.apps, cell.getValues()[0]?.[0], scratch.timeZone),
        formula: cell.getFormula(),
      };
    },
  },
  {
    id: 'custom-function-cell',
    behaviour: "`getValues` of a custom function's cell",
    reliedOnBy: 'the Progress column read back by tests and the preview',
    recorded: 42,
    source: { kind: 'assumed', note: 'read after a flush, retried while Sheets shows Loading…' },
    observe: (scratch) => {
      const cell = scratch.sheet.getRange('A1');
      cell.setFormula(`=${PROBE_FUNCTION}("double", 21)`);
      return computedValue(scratch, cell);
    },
  },
  {
    id: 'custom-function-arguments',
    behaviour: 'what a custom function receives for a range of a blank, a number and a date',
    reliedOnBy: 'every formula taking single values or whole columns',
    recorded: "'',number,Date",
    source: {
      kind: 'documented',
      url: 'https://developers.google.com/apps-script/guides/sheets/functions',
      says: 'a range arrives as a two-dimensional array of its values',
    },
    observe: (scratch) => {
      scratch.sheet.getRange('B3:C3').setValues([[5, new Date(Date.UTC(2026, 6, 1))]]);
      const cell = scratch.sheet.getRange('A1');
      cell.setFormula(`=${PROBE_FUNCTION}("describe", A3:C3)`);
      return computedValue(scratch, cell);
    },
  },
  {
    id: 'sparkline-cell',
    behaviour: '`getValues` of a `SPARKLINE` cell',
    reliedOnBy: 'the variance sheet’s trend column read back',
    recorded: '',
    source: { kind: 'assumed' },
    observe: (scratch) => {
      const cell = scratch.sheet.getRange('A1');
      cell.setFormula('=SPARKLINE({1,2,3})');
      return describeValue(scratch.apps, cell.getValue(), scratch.timeZone);
    },
  },
  {
    id: 'circular-reference',
    behaviour: '`getValues` of a formula that refers to its own cell',
    reliedOnBy: 'a register cell in a loop read as its error code',
    recorded: '#REF!',
    source: { kind: 'assumed' },
    observe: (scratch) => {
      const cell = scratch.sheet.getRange('A1');
      cell.setFormula('=A1+1');
      return describeValue(scratch.apps, cell.getValue(), scratch.timeZone);
    },
  },
  {
    id: 'array-without-room',
    behaviour: 'an array result with a value in its way',
    reliedOnBy: 'the add-on’s column formulas, filling one column each',
    recorded: '#REF!',
    source: { kind: 'assumed' },
    observe: (scratch) => {
      scratch.sheet.getRange('A2').setValues([['in the way']]);
      const cell = scratch.sheet.getRange('A1');
      cell.setFormula('={1;2;3}');
      return describeValue(scratch.apps, cell.getValue(), scratch.timeZone);
    },
  },
  {
    id: 'error-cell',
    behaviour: '`getValues` of a formula that fails',
    reliedOnBy: 'a register cell showing an error read as its code, never as a number',
    recorded: '#DIV/0!',
    source: { kind: 'assumed' },
    observe: (scratch) => {
      const cell = scratch.sheet.getRange('A1');
      cell.setFormula('=1/0');
      return describeValue(scratch.apps, cell.getValue(), scratch.timeZone);
    },
  },
  {
    id: 'display-percent',
    behaviour: '`getDisplayValues` of 0.25 formatted `0%`',
    reliedOnBy: 'the preview and tests showing cells as Sheets shows them',
    recorded: [['25%']],
    source: {
      kind: 'documented',
      url: RANGE_REFERENCE,
      says: 'display values take the cell’s number format into account',
    },
    observe: (scratch) => {
      const cell = scratch.sheet.getRange('A1');
      cell.setValues([[0.25]]);
      cell.setNumberFormat('0%');
      return cell.getDisplayValues();
    },
  },
  {
    id: 'display-date',
    behaviour: '`getDisplayValues` of a date formatted `yyyy-mm-dd`',
    reliedOnBy: 'dates turned into text as the spreadsheet shows them',
    recorded: [['2026-07-01']],
    source: { kind: 'documented', url: RANGE_REFERENCE, says: 'display values take date formats into account' },
    observe: (scratch) => {
      const cell = scratch.sheet.getRange('A1');
      cell.setValues([['2026-07-01']]);
      cell.setNumberFormat('yyyy-mm-dd');
      return cell.getDisplayValues();
    },
  },
  {
    id: 'display-general-number',
    behaviour: '`getDisplayValues` of 1234.5678 in General format',
    reliedOnBy: 'the preview showing numbers as Sheets does',
    recorded: [['1234.5678']],
    source: { kind: 'assumed' },
    observe: (scratch) => {
      const cell = scratch.sheet.getRange('A1');
      cell.setValues([[1234.5678]]);
      return cell.getDisplayValues();
    },
  },
];
