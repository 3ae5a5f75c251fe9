import { invalidMessage } from '../../../local/preview/validationFlags';

const STATUS = { criteria: 'VALUE_IN_LIST', values: [['Active', 'On hold'], true], helpText: '' };
const CONFIDENCE = { criteria: 'NUMBER_BETWEEN', values: [0, 10], helpText: 'A number from 0 to 10.' };

describe('the validation warning Sheets flags a cell with', () => {
  it('flags a value the rule refuses, with the rule’s help text or Sheets’ own sentence', () => {
    expect(invalidMessage(STATUS, 'Paused')).toBe('Invalid: Input must be an item on the specified list.');
    expect(invalidMessage(CONFIDENCE, 12)).toBe('Invalid: A number from 0 to 10.');
    expect(invalidMessage({ ...CONFIDENCE, helpText: '' }, 'about 7')).toBe(
      'Invalid: Input must be a number between 0 and 10.',
    );
  });

  it('never flags a value the rule takes, a blank cell, or a rule it does not know', () => {
    expect(invalidMessage(STATUS, 'On hold')).toBeUndefined();
    expect(invalidMessage(CONFIDENCE, 10)).toBeUndefined();
    expect(invalidMessage(CONFIDENCE, '')).toBeUndefined();
    expect(invalidMessage({ criteria: 'CUSTOM_FORMULA', values: ['=A1>0'], helpText: '' }, -1)).toBeUndefined();
    expect(invalidMessage(null, 'anything')).toBeUndefined();
  });
});
