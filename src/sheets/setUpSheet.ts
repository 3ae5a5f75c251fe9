import { columnLetter } from '../domain/register/columns';
import type { ColumnLayout } from '../domain/setup/registerLayout';
import { progressFormula, type SheetSetUp } from '../domain/setup/setUpPlan';
import type { Sheet, Spreadsheet } from './types';

const HEADER_BACKGROUND = '#e8f0fe';

/**
 * Carries out a set-up plan on one sheet: headers, formats, validation and widths for
 * the columns it adds, nothing else. Calls grow with the number of added columns, never
 * with rows.
 */
export function applySheetSetUp(spreadsheet: Spreadsheet, plan: SheetSetUp): Sheet {
  const sheet = plan.create ? spreadsheet.insertSheet(plan.sheet) : (spreadsheet.getSheetByName(plan.sheet) as Sheet);
  const first = plan.added[0];
  if (first === undefined) return sheet;

  const dataRows = Math.max(sheet.getMaxRows() - 1, 1);
  for (const column of plan.added) dressColumn(sheet, column, dataRows);

  addHighlights(sheet, plan.added, dataRows);

  // An empty header row means a new sheet, or a set-up cut short before its headers: freeze it either way.
  if (first.column === 1) sheet.setFrozenRows(1);
  const headers = sheet
    .getRange(1, first.column, 1, plan.added.length)
    .setFontWeight('bold')
    .setBackground(HEADER_BACKGROUND);
  // Headers go last, in one write with the Progress formula: a set-up that fails before it
  // leaves the columns missing, so running Set up register again adds them whole.
  const formula = progressFormula(plan);
  const titles = plan.added.map((column) => column.header);
  if (formula && plan.added.some((column) => column.computed)) {
    const row2 = plan.added.map((column) => (column.computed ? formula : ''));
    sheet.getRange(1, first.column, 2, plan.added.length).setValues([titles, row2]);
  } else {
    headers.setValues([titles]);
  }
  return sheet;
}

/**
 * Adds the columns' conditional formats to the sheet's own, in one write. A column whose
 * data range already carries rules (a set-up cut short after this write, before its
 * headers) gets none again.
 */
function addHighlights(sheet: Sheet, added: SheetSetUp['added'], dataRows: number): void {
  const existing = sheet.getConditionalFormatRules();
  const covered = new Set(existing.flatMap((rule) => rule.getRanges().map((range) => range.getA1Notation())));
  const dataRange = (column: number) => `${columnLetter(column - 1)}2:${columnLetter(column - 1)}${dataRows + 1}`;
  const rules = added
    .filter((column) => !covered.has(dataRange(column.column)))
    .flatMap((column) =>
      (column.highlights ?? []).map((highlight) => {
        const builder = SpreadsheetApp.newConditionalFormatRule()
          .setRanges([sheet.getRange(2, column.column, dataRows, 1)])
          .setBackground(highlight.background);
        if (highlight.fontColor) builder.setFontColor(highlight.fontColor);
        const { when } = highlight;
        if (when.kind === 'textEquals') builder.whenTextEqualTo(when.value);
        else if (when.kind === 'numberAtLeast') builder.whenNumberGreaterThanOrEqualTo(when.value);
        else builder.whenNumberLessThan(when.value);
        return builder.build();
      }),
    );
  if (rules.length > 0) sheet.setConditionalFormatRules([...existing, ...rules]);
}

function dressColumn(sheet: Sheet, column: ColumnLayout & { readonly column: number }, dataRows: number): void {
  sheet.setColumnWidth(column.column, column.width);
  const cells = sheet.getRange(2, column.column, dataRows, 1);
  if (column.numberFormat) cells.setNumberFormat(column.numberFormat);
  const rule = column.validation;
  if (rule === undefined) return;
  const builder = SpreadsheetApp.newDataValidation().setAllowInvalid(false);
  const validation =
    rule.kind === 'list'
      ? builder.requireValueInList([...rule.values], true).setHelpText(`Choose one of: ${rule.values.join(', ')}.`)
      : builder.requireNumberBetween(rule.min, rule.max).setHelpText(`A number from ${rule.min} to ${rule.max}.`);
  cells.setDataValidation(validation.build());
}
