import { columnLetter } from '../domain/register/columns';
import type { ColumnLayout } from '../domain/setup/registerLayout';
import { progressFormula, type SheetSetUp } from '../domain/setup/setUpPlan';
import type { Sheet, Spreadsheet } from './types';

const HEADER_BACKGROUND = '#e8f0fe';

/** What set-up reads of a register sheet before any write: the sheet and its conditional formats. */
export interface SetUpTarget {
  readonly sheet: Sheet | null;
  readonly rules: readonly GoogleAppsScript.Spreadsheet.ConditionalFormatRule[];
}

/** Reads ahead what applying a plan to an existing sheet needs (one call; none for a sheet to create). */
export function prepareSetUp(sheet: Sheet | null, plan: SheetSetUp): SetUpTarget {
  return { sheet, rules: sheet && plan.added.length > 0 ? sheet.getConditionalFormatRules() : [] };
}

/**
 * Carries out a set-up plan on one sheet: headers, formats, validation and widths for
 * the columns it adds, nothing else. Calls grow with the number of added columns, never
 * with rows, and nothing is read: each column's data range runs to the sheet's last row.
 */
export function applySheetSetUp(spreadsheet: Spreadsheet, plan: SheetSetUp, target: SetUpTarget): Sheet {
  const sheet = plan.create || !target.sheet ? spreadsheet.insertSheet(plan.sheet) : target.sheet;
  const first = plan.added[0];
  if (first === undefined) return sheet;

  for (const column of plan.added) dressColumn(sheet, column);

  addHighlights(sheet, plan.added, target.rules);

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

/** Column `column`'s data cells, row 2 to the sheet's last row, whatever its length. */
function dataCells(sheet: Sheet, column: number) {
  const letter = columnLetter(column - 1);
  return sheet.getRange(`${letter}2:${letter}`);
}

/**
 * Adds the columns' conditional formats to the sheet's own (`existing`), in one write. A
 * column whose data cells already carry rules (a set-up cut short after this write, before
 * its headers) gets none again.
 */
function addHighlights(
  sheet: Sheet,
  added: SheetSetUp['added'],
  existing: readonly GoogleAppsScript.Spreadsheet.ConditionalFormatRule[],
): void {
  const covered = new Set(
    existing.flatMap((rule) =>
      rule.getRanges().flatMap((range) => /^([A-Z]+)2:\1\d*$/.exec(range.getA1Notation())?.[1] ?? []),
    ),
  );
  const rules = added
    .filter((column) => !covered.has(columnLetter(column.column - 1)))
    .flatMap((column) =>
      (column.highlights ?? []).map((highlight) => {
        const builder = SpreadsheetApp.newConditionalFormatRule()
          .setRanges([dataCells(sheet, column.column)])
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

function dressColumn(sheet: Sheet, column: ColumnLayout & { readonly column: number }): void {
  sheet.setColumnWidth(column.column, column.width);
  const cells = dataCells(sheet, column.column);
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
