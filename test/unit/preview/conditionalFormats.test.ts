import { conditionalColours } from '../../../local/preview/conditionalFormats';
import type { ConditionalFormat } from '../../../local/preview/sheetAccess';

const rule = (criteria: string, values: unknown[], ranges = ['K2:K1000']): ConditionalFormat => ({
  ranges,
  criteria,
  values,
  background: '#fce8e6',
  fontColor: '#a50e0e',
});

const COLOURED = { background: '#fce8e6', fontColor: '#a50e0e' };

describe('conditional colours in the preview', () => {
  it('colours a cell in the rule’s range whose text equals the rule’s', () => {
    const rules = [rule('TEXT_EQUAL_TO', ['Off track'])];
    expect(conditionalColours(rules, 2, 11, 'Off track')).toEqual(COLOURED);
    expect(conditionalColours(rules, 2, 11, 'On track')).toEqual({});
    expect(conditionalColours(rules, 1, 11, 'Off track')).toEqual({});
    expect(conditionalColours(rules, 2, 12, 'Off track')).toEqual({});
  });

  it('compares numbers only with numbers', () => {
    const rules = [rule('NUMBER_LESS_THAN', [0.75], ['L2:L'])];
    expect(conditionalColours(rules, 900, 12, 0.5)).toEqual(COLOURED);
    expect(conditionalColours(rules, 900, 12, 0.75)).toEqual({});
    expect(conditionalColours(rules, 900, 12, 'n/a')).toEqual({});
    expect(conditionalColours(rules, 900, 12, '')).toEqual({});
  });

  it('takes the first rule the cell meets', () => {
    const green = { ...rule('NUMBER_GREATER_THAN_OR_EQUAL_TO', [1]), background: '#e6f4ea', fontColor: null };
    const rules = [green, rule('NUMBER_GREATER_THAN_OR_EQUAL_TO', [0])];
    expect(conditionalColours(rules, 3, 11, 1.2)).toEqual({ background: '#e6f4ea' });
    expect(conditionalColours(rules, 3, 11, 0.2)).toEqual(COLOURED);
  });

  it('gives no colour for a condition it does not know', () => {
    expect(conditionalColours([rule('CUSTOM_FORMULA', ['=K2>1'])], 2, 11, 5)).toEqual({});
  });
});
