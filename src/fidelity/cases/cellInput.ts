import type { FidelityCase } from '../fidelityCase';
import { describeValue, written } from '../observing';

/** How Sheets reads a string the add-on writes with setValues. */

const RANGE_REFERENCE = 'https://developers.google.com/apps-script/reference/spreadsheet/range';

export const CELL_INPUT_CASES: readonly FidelityCase[] = [
  {
    id: 'apostrophe-text',
    behaviour: "`setValues` of `'=1+1` into a General cell",
    reliedOnBy: 'every text the add-on writes that could start a formula (sheets/textInput.ts)',
    recorded: { value: '=1+1', formula: '', format: 'General' },
    source: { kind: 'assumed', note: 'a leading apostrophe makes the rest text, as when typed' },
    observe: (scratch) => written(scratch, "'=1+1"),
  },
  {
    id: 'plain-text-formula',
    behaviour: '`setValues` of `=1+1` into a cell formatted `@`',
    reliedOnBy: 'nothing any more: such text goes with an apostrophe into a General cell',
    recorded: { value: '=1+1', formula: '', format: '@' },
    source: { kind: 'assumed' },
    observe: (scratch) => written(scratch, '=1+1', '@'),
  },
  {
    id: 'plain-text-apostrophe',
    behaviour: "`setValues` of `'=1+1` into a cell formatted `@`",
    reliedOnBy: 'nothing: the add-on makes such a cell General first',
    recorded: { value: "'=1+1", formula: '', format: '@' },
    source: { kind: 'assumed' },
    observe: (scratch) => written(scratch, "'=1+1", '@'),
  },
  {
    id: 'plain-text-number',
    behaviour: '`setValues` of `2026` (text) into a cell formatted `@`',
    reliedOnBy: 'history and report text columns keeping number-like text as text',
    recorded: { value: '2026', formula: '', format: '@' },
    source: { kind: 'assumed' },
    observe: (scratch) => written(scratch, '2026', '@'),
  },
  {
    id: 'typed-formula',
    behaviour: '`setValues` of `=1+1`',
    reliedOnBy: 'the Progress formula and the trend sparklines the add-on writes',
    recorded: { value: 2, formula: '=1+1', format: 'General' },
    source: { kind: 'documented', url: RANGE_REFERENCE, says: 'a value that begins with = is read as a formula' },
    observe: (scratch) => written(scratch, '=1+1'),
  },
  {
    id: 'typed-number',
    behaviour: '`setValues` of `2026` (text)',
    reliedOnBy: 'reading typed numbers the way Sheets stores them',
    recorded: { value: 2026, formula: '', format: 'General' },
    source: { kind: 'assumed', note: 'strings are read as if typed' },
    observe: (scratch) => written(scratch, '2026'),
  },
  {
    id: 'typed-percent',
    behaviour: '`setValues` of `25%`',
    reliedOnBy: 'percent targets typed into the register; the import telling a percentage by its % format',
    recorded: { value: 0.25, formula: '', format: '0%' },
    source: { kind: 'assumed', note: 'the format chosen depends on the locale' },
    observe: (scratch) => written(scratch, '25%'),
  },
  {
    id: 'typed-boolean',
    behaviour: '`setValues` of `TRUE` (text)',
    reliedOnBy: 'reading typed booleans',
    recorded: { value: true, formula: '', format: 'General' },
    source: { kind: 'assumed' },
    observe: (scratch) => written(scratch, 'TRUE'),
  },
  {
    id: 'typed-iso-date',
    behaviour: '`setValues` of `2026-07-01` (text)',
    reliedOnBy: 'dates typed into Start, Due and Last reviewed',
    recorded: { value: { date: '2026-07-01 00:00:00.000' }, formula: '', format: 'yyyy-mm-dd' },
    source: { kind: 'assumed', note: 'midnight in the spreadsheet’s time zone; the format depends on the locale' },
    observe: (scratch) => written(scratch, '2026-07-01'),
  },
  {
    id: 'typed-minus-text',
    behaviour: '`setValues` of `-cmd`',
    reliedOnBy: 'nothing any more: such text goes with an apostrophe',
    recorded: { value: '#NAME?', formula: '=-cmd', format: 'General' },
    source: { kind: 'assumed', note: 'typed `-text` taken for a formula like `+text`' },
    observe: (scratch) => written(scratch, '-cmd'),
  },
  {
    id: 'typed-plus-number',
    behaviour: '`setValues` of `+1`',
    reliedOnBy: 'nothing any more: such text goes with an apostrophe',
    recorded: { value: 1, formula: '', format: 'General' },
    source: { kind: 'assumed' },
    observe: (scratch) => written(scratch, '+1'),
  },
  {
    id: 'date-milliseconds',
    behaviour: 'a `Date` with milliseconds written and read back',
    reliedOnBy: 'Taken at and Superseded instants in Snapshot History',
    recorded: { millisecondsLost: 0, isDate: true },
    source: { kind: 'assumed' },
    observe: (scratch) => {
      const sent = new Date(Date.UTC(2026, 6, 1, 9, 30, 15, 789));
      const cell = scratch.sheet.getRange('A1');
      cell.setValues([[sent]]);
      const back = cell.getValue();
      const isDate = Object.prototype.toString.call(back) === '[object Date]';
      return {
        isDate,
        millisecondsLost: isDate
          ? sent.getTime() - (back as Date).getTime()
          : describeValue(scratch.apps, back, scratch.timeZone),
      };
    },
  },
];
