import { readDate, readNumber, readNumberInRange, readStatus, readText } from '../../../src/domain/register/cells';
import { STRATEGY_STATUSES, TACTIC_STATUSES } from '../../../src/domain/register/schema';

describe('reading one register cell', () => {
  it('reads numbers and treats blanks and whitespace as empty', () => {
    expect(readNumber(0.25)).toEqual({ ok: true, value: 0.25 });
    expect(readNumber('')).toEqual({ ok: true, value: null });
    expect(readNumber('   ')).toEqual({ ok: true, value: null });
  });

  it('refuses text, error values, booleans and dates where a number belongs', () => {
    expect(readNumber('25%')).toEqual({ ok: false, problem: '"25%", text where a number belongs' });
    expect(readNumber('#N/A')).toEqual({ ok: false, problem: '"#N/A", an error from a formula' });
    expect(readNumber(true)).toEqual({ ok: false, problem: 'TRUE, not a number' });
    expect(readNumber(new Date('2026-03-31T00:00:00Z'))).toEqual({
      ok: false,
      problem: 'the date 2026-03-31, a date where a number belongs',
    });
    expect(readNumber(Number.NaN)).toEqual({ ok: false, problem: 'NaN, not a number' });
  });

  it('refuses text and numbers where a date belongs, and invalid dates', () => {
    const day = new Date('2026-03-31T00:00:00Z');
    expect(readDate(day)).toEqual({ ok: true, value: day });
    expect(readDate('2026-03-31')).toEqual({
      ok: false,
      problem: '"2026-03-31", text where a date belongs; format the cell as a date',
    });
    expect(readDate(46112)).toEqual({
      ok: false,
      problem: '46112, a number where a date belongs; format the cell as a date',
    });
    expect(readDate(new Date(Number.NaN))).toEqual({ ok: false, problem: 'an invalid date, not a valid date' });
    expect(readDate('#REF!')).toEqual({ ok: false, problem: '"#REF!", an error from a formula' });
  });

  it('accepts confidence from 0 to 10, decimals included, and refuses values outside', () => {
    expect(readNumberInRange(7.5, 0, 10)).toEqual({ ok: true, value: 7.5 });
    expect(readNumberInRange(0, 0, 10)).toEqual({ ok: true, value: 0 });
    expect(readNumberInRange(11, 0, 10)).toEqual({ ok: false, problem: '11, outside 0–10' });
    expect(readNumberInRange(-1, 0, 10)).toEqual({ ok: false, problem: '-1, outside 0–10' });
  });

  it('matches statuses ignoring case and extra spaces, and returns the canonical spelling', () => {
    expect(readStatus('  in   PROGRESS ', TACTIC_STATUSES)).toEqual({ ok: true, value: 'In progress' });
    expect(readStatus('on hold', STRATEGY_STATUSES)).toEqual({ ok: true, value: 'On hold' });
    expect(readStatus('', STRATEGY_STATUSES)).toEqual({ ok: true, value: null });
    expect(readStatus('Paused', STRATEGY_STATUSES)).toEqual({
      ok: false,
      problem: '"Paused", not a status; use one of Active, On hold, Achieved, Retired',
    });
    expect(readStatus(3, STRATEGY_STATUSES).ok).toBe(false);
  });

  it('reads any value as text except error values and invalid dates', () => {
    expect(readText('  Win rate ')).toEqual({ ok: true, value: 'Win rate' });
    expect(readText(12)).toEqual({ ok: true, value: '12' });
    expect(readText(false)).toEqual({ ok: true, value: 'FALSE' });
    expect(readText(new Date('2026-03-31T00:00:00Z'))).toEqual({ ok: true, value: '2026-03-31' });
    expect(readText('=1+1')).toEqual({ ok: true, value: '=1+1' });
    expect(readText('#DIV/0!')).toEqual({ ok: false, problem: '"#DIV/0!", an error from a formula' });
    expect(readText(new Date(Number.NaN))).toEqual({ ok: false, problem: 'an invalid date, not text' });
  });
});
