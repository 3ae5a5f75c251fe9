import ExcelJS from 'exceljs';
import type { SheetSnapshot } from '../../../local/preview/sheetAccess';
import { workbookToXlsx } from '../../../local/preview/xlsxExport';

/** A sheet snapshot from rows of [value, formula?, note?, format?] cells. */
function sheet(
  name: string,
  frozenRows: number,
  cells: [unknown, string?, string?, string?][][],
  hidden = false,
): SheetSnapshot {
  const layer = (value: string) => cells.map((row) => row.map(() => value));
  return {
    name,
    frozenRows,
    hidden,
    rowCount: cells.length,
    maxRows: 1000,
    maxColumns: 26,
    columnCount: Math.max(0, ...cells.map((row) => row.length)),
    firstRow: 1,
    values: cells.map((row) => row.map(([value]) => value)),
    formulas: cells.map((row) => row.map(([, formula]) => formula ?? '')),
    display: cells.map((row) => row.map(([value]) => String(value))),
    notes: cells.map((row) => row.map(([, , note]) => note ?? '')),
    formats: cells.map((row) => row.map(([, , , format]) => format ?? 'General')),
    backgrounds: layer('#ffffff'),
    fontColors: layer('#000000'),
    fontWeights: layer('normal'),
    validations: cells.map((row) => row.map(() => null)),
    conditionalFormats: [],
    columnWidths: Array.from({ length: Math.max(0, ...cells.map((row) => row.length)) }, () => 100),
  };
}

// Midnight of 1 July 2026 in New York is 04:00 UTC.
const START_IN_NEW_YORK = new Date('2026-07-01T04:00:00Z');

const STRATEGIES = sheet('Strategies', 1, [
  [['ID'], ['Strategy'], ['Baseline'], ['Start'], ['Progress']],
  [
    ['S1'],
    ['Cut churn from 8% to 5%', '', 'Reworded in Q3'],
    [0.08, '', '', '0.0%'],
    [START_IN_NEW_YORK, '', '', 'yyyy-mm-dd'],
    [0.5, '=STRATEGY_PROGRESS(C2:C, 0.05, 0.065)'],
  ],
  [['S2'], ['=1+1'], ['+SUM(A1:A2)'], ['-2+3'], ['@cmd']],
]);

async function roundTrip(): Promise<ExcelJS.Workbook> {
  const bytes = await workbookToXlsx({ timeZone: 'America/New_York', sheets: [STRATEGIES] });
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return workbook;
}

describe('the .xlsx export', () => {
  it('keeps numbers as numbers, with their format', async () => {
    const cell = (await roundTrip()).getWorksheet('Strategies')?.getCell('C2');
    expect(cell?.value).toBe(0.08);
    expect(cell?.numFmt).toBe('0.0%');
  });

  it('keeps dates as dates, at the wall-clock time of the spreadsheet time zone', async () => {
    const cell = (await roundTrip()).getWorksheet('Strategies')?.getCell('D2');
    expect(cell?.type).toBe(ExcelJS.ValueType.Date);
    expect(cell?.value).toEqual(new Date('2026-07-01T00:00:00.000Z'));
    expect(cell?.numFmt).toBe('yyyy-mm-dd');
  });

  it('keeps formulas as formulas, with their last result', async () => {
    const cell = (await roundTrip()).getWorksheet('Strategies')?.getCell('E2');
    expect(cell?.formula).toBe('STRATEGY_PROGRESS(C2:C, 0.05, 0.065)');
    expect(cell?.result).toBe(0.5);
  });

  it('keeps notes', async () => {
    const cell = (await roundTrip()).getWorksheet('Strategies')?.getCell('B2');
    expect(cell?.note).toBe('Reworded in Q3');
  });

  it('freezes the header row', async () => {
    const views = (await roundTrip()).getWorksheet('Strategies')?.views;
    expect(views?.[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
  });

  it.each([
    ['B3', '=1+1'],
    ['C3', '+SUM(A1:A2)'],
    ['D3', '-2+3'],
    ['E3', '@cmd'],
  ])('writes text that looks like a formula (%s) as text, never as a formula', async (address, text) => {
    const cell = (await roundTrip()).getWorksheet('Strategies')?.getCell(address);
    expect(cell?.type).toBe(ExcelJS.ValueType.String);
    expect(cell?.value).toBe(text);
    expect(cell?.formula).toBeUndefined();
    expect(cell?.numFmt).toBe('@');
  });

  it('keeps background colours, text colours and bold text', async () => {
    const coloured = {
      ...sheet('Variance', 0, [[['Change'], [-0.005]]]),
      backgrounds: [['#ffffff', '#d9ead3']],
      fontColors: [['#000000', '#a50e0e']],
      fontWeights: [['bold', 'normal']],
    };
    const bytes = await workbookToXlsx({ timeZone: 'Etc/UTC', sheets: [coloured] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const [title, change] = ['A1', 'B1'].map((a1) => workbook.getWorksheet('Variance')?.getCell(a1));
    expect(title?.font).toEqual({ bold: true });
    expect(title?.fill).toEqual({ type: 'pattern', pattern: 'none' });
    expect(change?.fill).toEqual({ type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9EAD3' } });
    expect(change?.font).toEqual({ color: { argb: 'FFA50E0E' } });
  });

  it('keeps column widths, dropdown lists, number rules and conditional colours', async () => {
    const register: SheetSnapshot = {
      ...sheet('Strategies', 1, [
        [['Status'], ['Confidence']],
        [['Active'], [7]],
        [['On hold'], [12]],
      ]),
      columnWidths: [140, 100],
      validations: [
        [null, null],
        ...[0, 1].map(() => [
          { criteria: 'VALUE_IN_LIST', values: [['Active', 'On hold'], true], helpText: '' },
          { criteria: 'NUMBER_BETWEEN', values: [0, 10], helpText: 'A number from 0 to 10.' },
        ]),
      ],
      conditionalFormats: [
        { ranges: ['A2:A'], criteria: 'TEXT_EQUAL_TO', values: ['On hold'], background: '#fef7e0', fontColor: null },
        {
          ranges: ['B2:B'],
          criteria: 'NUMBER_GREATER_THAN',
          values: [10],
          background: '#f4c7c3',
          fontColor: '#a50e0e',
        },
      ],
    };
    const bytes = await workbookToXlsx({ timeZone: 'Etc/UTC', sheets: [register] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    const worksheet = workbook.getWorksheet('Strategies');
    expect(worksheet?.getColumn(1).width).toBe(20);
    expect(worksheet?.getColumn(2).width).toBeUndefined();
    expect(worksheet?.getCell('A3').dataValidation).toMatchObject({ type: 'list', formulae: ['"Active,On hold"'] });
    expect(worksheet?.getCell('B2').dataValidation).toMatchObject({
      type: 'decimal',
      operator: 'between',
      formulae: [0, 10],
      error: 'A number from 0 to 10.',
    });
    const rules = (worksheet as unknown as { conditionalFormattings: { ref: string; rules: { operator: string }[] }[] })
      .conditionalFormattings;
    expect(rules.map(({ ref, rules: [rule] }) => [ref, rule?.operator])).toEqual([
      ['A2:A3', 'equal'],
      ['B2:B3', 'greaterThan'],
    ]);
  });

  it('leaves blank cells empty', async () => {
    const bytes = await workbookToXlsx({ timeZone: 'Etc/UTC', sheets: [sheet('Tactics', 0, [[['T1'], [''], ['x']]])] });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.getWorksheet('Tactics')?.getCell('B1').type).toBe(ExcelJS.ValueType.Null);
  });

  it('renames sheets Excel would refuse and keeps them apart', async () => {
    const bytes = await workbookToXlsx({
      timeZone: 'Etc/UTC',
      sheets: [sheet('Q3: review/plan', 0, [[['a']]]), sheet('Q3  review plan', 0, [[['b']]])],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((worksheet) => worksheet.name)).toEqual(['Q3  review plan', 'Q3  review plan 2']);
  });

  it('keeps a hidden sheet hidden', async () => {
    const bytes = await workbookToXlsx({
      timeZone: 'Etc/UTC',
      sheets: [STRATEGIES, sheet('Snapshot Digest', 0, [[['digest']]], true)],
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((worksheet) => [worksheet.name, worksheet.state])).toEqual([
      ['Strategies', 'visible'],
      ['Snapshot Digest', 'hidden'],
    ]);
  });
});
