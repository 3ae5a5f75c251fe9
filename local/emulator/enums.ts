/** The enums of `SpreadsheetApp` that add-ons read; each member's value is its name, as in Apps Script. */

function enumOf<const K extends string>(...names: K[]): { readonly [P in K]: P } {
  return Object.freeze(Object.fromEntries(names.map((name) => [name, name]))) as { readonly [P in K]: P };
}

export const ProtectionType = enumOf('RANGE', 'SHEET');

export const BorderStyle = enumOf('DOTTED', 'DASHED', 'SOLID', 'SOLID_MEDIUM', 'SOLID_THICK', 'DOUBLE');

export const DataValidationCriteria = enumOf(
  'VALUE_IN_LIST',
  'VALUE_IN_RANGE',
  'NUMBER_BETWEEN',
  'NUMBER_GREATER_THAN',
  'NUMBER_LESS_THAN',
  'DATE_IS_VALID_DATE',
  'CHECKBOX',
  'CUSTOM_FORMULA',
);

export const BooleanCriteria = enumOf(
  'NUMBER_LESS_THAN',
  'NUMBER_GREATER_THAN',
  'NUMBER_GREATER_THAN_OR_EQUAL_TO',
  'NUMBER_BETWEEN',
  'TEXT_EQUAL_TO',
  'CUSTOM_FORMULA',
);

export const ChartType = enumOf('AREA', 'BAR', 'COLUMN', 'COMBO', 'LINE', 'PIE', 'SCATTER', 'TABLE');

export const WrapStrategy = enumOf('WRAP', 'OVERFLOW', 'CLIP');

export const SheetType = enumOf('GRID', 'OBJECT', 'DATASOURCE');
