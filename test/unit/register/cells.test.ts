import { readDate, readNumber, readNumberInRange, readStatus, readText } from '../../../src/domain/register/cells';
import { STRATEGY_STATUSES, TACTIC_STATUSES } from '../../../src/domain/register/schema';

describe('reading one register cell', () => {
  it('reads numbers and treats blanks and whitespace as empty', () => {
    expect(readNumber(0.25, 'Etc/UTC')).toEqual({ ok: true, value: 0.25 });
    expect(readNumber('', 'Etc/UTC')).toEqual({ ok: true, value: null });
    expect(readNumber('   ', 'Etc/UTC')).toEqual({ ok: true, value: null });
  });

  it('refuses text, error values, booleans and dates where a number belongs', () => {
    expect(readNumber('25%', 'Etc/UTC')).toEqual({
      ok: false,
      problems: [{ code: 'bad-value', message: '"25%", text where a number belongs' }],
    });
    expect(readNumber('#N/A', 'Etc/UTC')).toEqual({
      ok: false,
      problems: [{ code: 'bad-value', message: '"#N/A", an error from a formula' }],
    });
    expect(readNumber(true, 'Etc/UTC')).toEqual({
      ok: false,
      problems: [{ code: 'bad-value', message: 'TRUE, not a number' }],
    });
    expect(readNumber(new Date('2026-03-31T00:00:00Z'), 'Etc/UTC')).toEqual({
      ok: false,
      problems: [{ code: 'bad-value', message: 'the date 2026-03-31, a date where a number belongs' }],
    });
    expect(readNumber(Number.NaN, 'Etc/UTC')).toEqual({
      ok: false,
      problems: [{ code: 'bad-value', message: 'NaN, not a number' }],
    });
  });

  it('refuses text and numbers where a date belongs, and invalid dates', () => {
    const day = new Date('2026-03-31T00:00:00Z');
    expect(readDate(day, 'Etc/UTC')).toEqual({ ok: true, value: day });
    expect(readDate('2026-03-31', 'Etc/UTC')).toEqual({
      ok: false,
      problems: [{ code: 'bad-value', message: '"2026-03-31", text where a date belongs; format the cell as a date' }],
    });
    expect(readDate(46112, 'Etc/UTC')).toEqual({
      ok: false,
      problems: [{ code: 'bad-value', message: '46112, a number where a date belongs; format the cell as a date' }],
    });
    expect(readDate(new Date(Number.NaN), 'Etc/UTC')).toEqual({
      ok: false,
      problems: [{ code: 'bad-value', message: 'an invalid date, not a valid date' }],
    });
    expect(readDate('#REF!', 'Etc/UTC')).toEqual({
      ok: false,
      problems: [{ code: 'bad-value', message: '"#REF!", an error from a formula' }],
    });
  });

  it('accepts confidence from 0 to 10, decimals included, and refuses values outside', () => {
    expect(readNumberInRange(7.5, 'Etc/UTC', 0, 10)).toEqual({ ok: true, value: 7.5 });
    expect(readNumberInRange(0, 'Etc/UTC', 0, 10)).toEqual({ ok: true, value: 0 });
    expect(readNumberInRange(11, 'Etc/UTC', 0, 10)).toEqual({
      ok: false,
      problems: [{ code: 'bad-value', message: '11, outside 0–10' }],
    });
    expect(readNumberInRange(-1, 'Etc/UTC', 0, 10)).toEqual({
      ok: false,
      problems: [{ code: 'bad-value', message: '-1, outside 0–10' }],
    });
  });

  it('matches statuses ignoring case and extra spaces, and returns the canonical spelling', () => {
    expect(readStatus('  in   PROGRESS ', 'Etc/UTC', TACTIC_STATUSES)).toEqual({ ok: true, value: 'In progress' });
    expect(readStatus('on hold', 'Etc/UTC', STRATEGY_STATUSES)).toEqual({ ok: true, value: 'On hold' });
    expect(readStatus('', 'Etc/UTC', STRATEGY_STATUSES)).toEqual({ ok: true, value: null });
    expect(readStatus('Paused', 'Etc/UTC', STRATEGY_STATUSES)).toEqual({
      ok: false,
      problems: [
        { code: 'bad-value', message: '"Paused", not a status; use one of Active, On hold, Achieved, Retired' },
      ],
    });
    expect(readStatus(3, 'Etc/UTC', STRATEGY_STATUSES).ok).toBe(false);
  });

  it('reads any value as text except error values and invalid dates', () => {
    expect(readText('  Win rate ', 'Etc/UTC')).toEqual({ ok: true, value: 'Win rate' });
    expect(readText(12, 'Etc/UTC')).toEqual({ ok: true, value: '12' });
    expect(readText(false, 'Etc/UTC')).toEqual({ ok: true, value: 'FALSE' });
    expect(readText(new Date('2026-03-31T00:00:00Z'), 'Etc/UTC')).toEqual({ ok: true, value: '2026-03-31' });
    expect(readText('=1+1', 'Etc/UTC')).toEqual({ ok: true, value: '=1+1' });
    expect(readText('#DIV/0!', 'Etc/UTC')).toEqual({
      ok: false,
      problems: [{ code: 'bad-value', message: '"#DIV/0!", an error from a formula' }],
    });
    expect(readText(new Date(Number.NaN), 'Etc/UTC')).toEqual({
      ok: false,
      problems: [{ code: 'bad-value', message: 'an invalid date, not text' }],
    });
  });

  it('reads a date as the day it shows in the spreadsheet zone, on either side of UTC', () => {
    const tokyoMidnight = new Date('2026-03-30T15:00:00Z'); // 2026-03-31 00:00 in Tokyo
    const losAngelesEvening = new Date('2026-04-01T06:59:00Z'); // 2026-03-31 23:59 in Los Angeles
    expect(readText(tokyoMidnight, 'Asia/Tokyo')).toEqual({ ok: true, value: '2026-03-31' });
    expect(readText(losAngelesEvening, 'America/Los_Angeles')).toEqual({ ok: true, value: '2026-03-31' });
    expect(readNumber(tokyoMidnight, 'Asia/Tokyo')).toEqual({
      ok: false,
      problems: [{ code: 'bad-value', message: 'the date 2026-03-31, a date where a number belongs' }],
    });
  });
});
