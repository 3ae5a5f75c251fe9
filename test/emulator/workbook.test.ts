import { createEmulator } from '../../local/emulator';
import { services } from './fixtures';

/** A workbook touching every kind of stored data. */
function richWorkbook() {
  const s = services({ timeZone: 'Europe/Berlin' });
  const { SpreadsheetApp, PropertiesService, book } = s;
  const sheet = book.insertSheet('Strategies');
  sheet.getRange('A1:D2').setValues([
    ['ID', 'Due', 'Progress', 'Sum'],
    ['S1', '2026-06-30', '25%', '=1+1'],
  ]);
  sheet.getRange('A2').setNote('Assigned by the add-on');
  sheet.getRange('A1:D1').setFontWeight('bold').setBackground('#eeeeee');
  sheet.getRange('B2').setDataValidation(SpreadsheetApp.newDataValidation().requireDate().build());
  sheet.getRange('C2').setDataValidation(SpreadsheetApp.newDataValidation().requireNumberBetween(0, 1).build());
  sheet.setConditionalFormatRules([
    SpreadsheetApp.newConditionalFormatRule()
      .whenNumberLessThan(0.5)
      .setBackground('#f4cccc')
      .setRanges([sheet.getRange('C2:C9')])
      .build(),
  ]);
  sheet.setFrozenRows(1);
  sheet.setColumnWidth(2, 140);
  sheet.protect().setWarningOnly(true).setDescription('careful');
  sheet.insertChart(sheet.newChart().addRange(sheet.getRange('A1:C2')).setOption('title', 'P').build());
  sheet.getRange('A5:B5').merge();
  book.setNamedRange('Ids', sheet.getRange('A2:A9'));
  book.setActiveRange(sheet.getRange('C2'));
  PropertiesService.getDocumentProperties().setProperty('fyStart', '4');
  PropertiesService.getUserProperties().setProperty('seen', 'yes');
  return s;
}

describe('exportWorkbook / importWorkbook', () => {
  it('exports plain JSON that survives a round trip through text', () => {
    const data = richWorkbook().emulator.exportWorkbook();
    expect(JSON.parse(JSON.stringify(data))).toEqual(data);
  });

  it('exports values, with dates encoded, and the other stored data', () => {
    const data = richWorkbook().emulator.exportWorkbook();
    const sheet = data.sheets.find((s) => s.name === 'Strategies');
    expect(sheet?.values).toEqual([
      ['ID', 'Due', 'Progress', 'Sum'],
      ['S1', { date: '2026-06-29T22:00:00.000Z' }, 0.25, 2],
    ]);
    expect(sheet?.formulas).toEqual({ D2: '=1+1' });
    expect(sheet?.notes).toEqual({ A2: 'Assigned by the add-on' });
    expect(sheet?.styles.numberFormats).toEqual({ B2: 'yyyy-mm-dd', C2: '0%' });
    expect(sheet?.validations.C2).toEqual({
      criteria: 'NUMBER_BETWEEN',
      args: [0, 1],
      allowInvalid: true,
      helpText: '',
    });
    expect(sheet?.conditionalFormats[0]?.ranges).toEqual([{ sheet: 'Strategies', a1: 'C2:C9' }]);
    expect(sheet?.protections[0]).toMatchObject({ type: 'SHEET', warningOnly: true, description: 'careful' });
    expect(sheet?.charts[0]?.options).toEqual({ title: 'P' });
    expect([sheet?.frozenRows, sheet?.columnWidths, sheet?.merges]).toEqual([1, { '2': 140 }, ['A5:B5']]);
    expect(data.namedRanges).toEqual([{ name: 'Ids', sheet: 'Strategies', a1: 'A2:A9' }]);
    expect(data.activeRange).toEqual({ sheet: 'Strategies', a1: 'C2' });
    expect(data.properties).toEqual({ document: { fyStart: '4' }, user: { seen: 'yes' }, script: {} });
    expect(data.timeZone).toBe('Europe/Berlin');
  });

  it('restores exactly what it exported into a fresh emulator', () => {
    const data = richWorkbook().emulator.exportWorkbook();
    const copy = createEmulator();
    copy.importWorkbook(JSON.parse(JSON.stringify(data)));
    expect(copy.exportWorkbook()).toEqual(data);
    expect(copy.readValues('Strategies')[1]?.[1]).toEqual(new Date('2026-06-29T22:00:00.000Z'));
  });
});

describe('test helpers', () => {
  it('seeds a sheet as typed by a user, or raw, without counting calls', () => {
    const emulator = createEmulator();
    emulator.seedSheet('Typed', [
      ['ID', 'Target'],
      ['S1', '25%'],
    ]);
    emulator.seedSheet('Raw', [['=1+1', '25%']], { raw: true });
    expect(emulator.readValues('Typed')).toEqual([
      ['ID', 'Target'],
      ['S1', 0.25],
    ]);
    expect(emulator.readDisplayValues('Typed')[1]).toEqual(['S1', '25%']);
    expect(emulator.readValues('Raw')).toEqual([['=1+1', '25%']]);
    expect(emulator.readFormulas('Raw')).toEqual([['', '']]);
    expect(emulator.readNotes('Missing')).toEqual([]);
    expect(emulator.calls.total).toBe(0);
  });
});
