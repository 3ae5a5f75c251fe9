import type { FidelityCase } from '../fidelityCase';
import { describeValue, outcome } from '../observing';

/** Sheets, notes, protections and the errors the add-on turns into sentences. */

const PROTECTION_REFERENCE = 'https://developers.google.com/apps-script/reference/spreadsheet/protection';

export const SHEET_CASES: readonly FidelityCase[] = [
  {
    id: 'insert-sheet-taken-name',
    behaviour: '`insertSheet` with a name already taken',
    reliedOnBy: 'set-up and snapshot never creating a second sheet of a name',
    recorded: { threw: 'A sheet with the name "<name>" already exists. Please enter another name.' },
    source: { kind: 'assumed' },
    observe: ({ spreadsheet, sheet }) =>
      outcome(() => spreadsheet.insertSheet(sheet.getName()).getName(), sheet.getName()),
  },
  {
    id: 'range-outside-sheet',
    behaviour: 'a range below the last row of the sheet',
    reliedOnBy: 'writers growing a sheet before they write past its end',
    recorded: { threw: 'The coordinates of the range are outside the dimensions of the sheet.' },
    source: { kind: 'assumed' },
    observe: ({ sheet }) => outcome(() => sheet.getRange(sheet.getMaxRows() + 1, 1).getA1Notation()),
  },
  {
    id: 'new-sheet-size',
    behaviour: 'the size of a new sheet',
    reliedOnBy: 'the grid writers insert rows and columns beyond',
    recorded: { rows: 1000, columns: 26 },
    source: { kind: 'assumed' },
    observe: ({ sheet }) => ({ rows: sheet.getMaxRows(), columns: sheet.getMaxColumns() }),
  },
  {
    id: 'sheet-values-to-end',
    behaviour: '`getSheetValues(1, 1, -1, -1)` on a sheet with a gap and a blank trailing row',
    reliedOnBy: 'every whole-sheet read (register, check-ins, digest, import) in one call',
    recorded: {
      returned: [
        ['a', '', ''],
        ['', '', 3],
      ],
    },
    source: { kind: 'assumed', note: 'undocumented; used so in many public scripts' },
    observe: ({ sheet }) => {
      sheet.getRange('A1').setValue('a');
      sheet.getRange('C2').setValue(3);
      sheet.getRange('A3').setBackground('#ffff00');
      return outcome(() => sheet.getSheetValues(1, 1, -1, -1));
    },
  },
  {
    id: 'sheet-values-to-end-empty',
    behaviour: '`getSheetValues(1, 1, -1, -1)` on an empty sheet',
    reliedOnBy: 'whole-sheet reads, which give no rows either way',
    recorded: { threw: 'The number of rows in the range must be at least 1.' },
    source: { kind: 'assumed' },
    observe: ({ sheet }) => outcome(() => sheet.getSheetValues(1, 1, -1, -1)),
  },
  {
    id: 'notes-of-number',
    behaviour: '`setNotes` of a number, read back with `getNotes`',
    reliedOnBy: 'variance notes read back as text',
    recorded: [['42']],
    source: { kind: 'assumed' },
    observe: ({ sheet }) => {
      const cell = sheet.getRange('A1');
      cell.setNotes([[42 as unknown as string]]);
      return cell.getNotes();
    },
  },
  {
    id: 'clear-keeps-notes',
    behaviour: '`Range.clear()` and the note of a cell',
    reliedOnBy: 'the variance sheet clearing its notes apart (clearNotes)',
    recorded: { note: 'kept', value: '' },
    source: { kind: 'assumed' },
    observe: ({ apps, sheet, timeZone }) => {
      const cell = sheet.getRange('A1');
      cell.setValues([['x']]);
      cell.setNote('kept');
      cell.clear();
      return { note: cell.getNote(), value: describeValue(apps, cell.getValue(), timeZone) };
    },
  },
  {
    id: 'warning-only-protection',
    behaviour: 'a warning-only protection and a script writing under it',
    reliedOnBy: 'Snapshot History and its digest, protected but appended to by the add-on',
    recorded: { warningOnly: true, scriptWrote: 'x' },
    source: {
      kind: 'documented',
      url: PROTECTION_REFERENCE,
      says: 'warning-only protection lets everyone edit, after a warning to confirm',
    },
    observe: ({ sheet }) => {
      const protection = sheet.protect().setWarningOnly(true);
      try {
        const cell = sheet.getRange('A1');
        cell.setValues([['x']]);
        return { warningOnly: protection.isWarningOnly(), scriptWrote: cell.getValue() as string };
      } finally {
        protection.remove();
      }
    },
  },
  {
    id: 'renamed-sheet-in-formula',
    behaviour: 'a formula naming a sheet that is then renamed',
    reliedOnBy: 'formulas over register sheets a user renames',
    recorded: "='Fidelity renamed'!A1",
    source: { kind: 'assumed', note: 'quoted only when the name needs it' },
    observe: ({ spreadsheet, sheet }) => {
      const other = spreadsheet.insertSheet('Fidelity other');
      try {
        sheet.getRange('A1').setFormula("='Fidelity other'!A1");
        other.setName('Fidelity renamed');
        return sheet.getRange('A1').getFormula();
      } finally {
        spreadsheet.deleteSheet(other);
      }
    },
  },
];
