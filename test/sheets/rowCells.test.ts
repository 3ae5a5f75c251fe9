/** Writing one row's cells through the Spreadsheet adapter, on the emulator. */

import { writeBlocks } from '../../src/sheets/cellBlocks';
import { columnPatchBlocks } from '../../src/sheets/columnPatches';
import { writeRowCells } from '../../src/sheets/rowCells';
import { dataSheet } from '../emulator/fixtures';

function sheetWithTextColumn() {
  const s = dataSheet();
  s.sheet.getRange(1, 1, 2, 4).setValues([
    ['ID', 'Statement', 'Target', 'Notes'],
    ['S1', 'Grow', 0.25, 'keep me'],
  ]);
  // The user formatted the statements as plain text.
  s.sheet.getRange('B2:B3').setNumberFormat('@');
  return s;
}

describe('writeRowCells', () => {
  it('stores text as typed, in a plain-text cell as in any other, and never as a formula', () => {
    const { sheet, emulator } = sheetWithTextColumn();
    writeRowCells(
      sheet,
      2,
      new Map<number, unknown>([
        [2, '0.25'],
        [3, '=1+1'],
      ]),
    );
    expect(emulator.readValues('Data')[1]).toEqual(['S1', '0.25', '=1+1', 'keep me']);
    expect(emulator.readFormulas('Data')[1]).toEqual(['', '', '', '']);
    expect(sheet.getRange('B2:C2').getNumberFormats()).toEqual([['@', 'General']]);
  });

  it('puts the row back as it was, plain-text cells included, whichever call fails', () => {
    const { sheet, emulator } = sheetWithTextColumn();
    const before = emulator.readValues('Data');
    const cells = new Map<number, unknown>([
      [2, 'Shrink'],
      [4, 'new note'],
    ]);
    let failures = 0;
    for (let k = 1; ; k++) {
      emulator.calls.reset();
      emulator.calls.failAt(k);
      try {
        writeRowCells(sheet, 2, cells, before[1]);
        break;
      } catch {
        failures += 1;
        expect(emulator.readValues('Data')).toEqual(before);
      }
    }
    expect(failures).toBeGreaterThan(3);
    expect(emulator.readValues('Data')[1]).toEqual(['S1', 'Shrink', 0.25, 'new note']);
  });
});

describe('columnPatchBlocks', () => {
  it('writes text into a plain-text column without an apostrophe, and keeps the other rows as they were', () => {
    const { sheet, emulator } = sheetWithTextColumn();
    sheet.getRange(3, 1, 1, 2).setValues([['S2', '=2+2 stays text']]);
    const grid = emulator.readValues('Data');
    writeBlocks(columnPatchBlocks(sheet, grid, () => 2, new Map([[2, { Statement: '25%' }]])));
    expect(emulator.readValues('Data').map((row) => row[1])).toEqual(['Statement', '25%', '=2+2 stays text']);
  });
});
