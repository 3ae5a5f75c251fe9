import { cellText, isIsoDay, numberOfText } from '../../../src/domain/edit/formFields';
import {
  cellsOfForm,
  changedFields,
  checkForm,
  formTexts,
  STRATEGY_FORM,
  TACTIC_FORM,
} from '../../../src/domain/edit/formSchemas';

const winRate = {
  statement: 'Increase win rate from 20% to 25%',
  metric: 'Win rate',
  unit: '%',
  baseline: '20%',
  target: '0.25',
  current: '22%',
  stakeholders: 'Account executives',
  start: '2026-01-01',
  due: '2026-12-31',
  status: 'Active',
  confidence: '7',
};

const salesProcess = {
  strategyId: 'S1',
  statement: 'Roll out a formal sales process',
  stakeholders: '',
  owner: 'Dana',
  status: 'Planned',
  indicator: '',
  target: '',
  actual: '',
  start: '',
  due: '',
};

describe('reading a number as Sheets would', () => {
  it.each([
    ['20', 20],
    [' -0.25 ', -0.25],
    ['.5', 0.5],
    ['1e3', 1000],
    ['8%', 0.08],
    ['1,250', 1250],
    ['1,250.5%', 12.505],
    ['', null],
    ['   ', null],
  ])('reads %p as %p', (text, expected) => {
    expect(numberOfText(text)).toBe(expected);
  });

  it.each(['twenty', '0x10', 'Infinity', '1,00', '12,34,567', '=1+1', '1e999', '25 percent', '%'])(
    'refuses %p',
    (text) => {
      expect(numberOfText(text)).toBeUndefined();
    },
  );
});

describe('isIsoDay', () => {
  it('accepts real calendar days, including a leap day', () => {
    expect(['2026-01-31', '2028-02-29'].map(isIsoDay)).toEqual([true, true]);
  });

  it('refuses days that do not exist and other spellings', () => {
    expect(['2026-02-29', '2026-13-01', '31/01/2026', '2026-1-5', 'incomplete'].map(isIsoDay)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });
});

describe('a new strategy', () => {
  it('reads every field: percentages as fractions, statuses in their own spelling, days as typed', () => {
    expect(checkForm(STRATEGY_FORM, { ...winRate, status: ' on  HOLD ' })).toEqual({
      ok: true,
      values: {
        statement: 'Increase win rate from 20% to 25%',
        metric: 'Win rate',
        unit: '%',
        baseline: 0.2,
        target: 0.25,
        current: 0.22,
        stakeholders: 'Account executives',
        start: '2026-01-01',
        due: '2026-12-31',
        status: 'On hold',
        confidence: 7,
        parent: '',
      },
    });
  });

  it('takes as Parent only the ID of a strategy of the register, matched as IDs are, or none', () => {
    const strategyIds = new Set(['S1', 'S2']);
    expect(checkForm(STRATEGY_FORM, { ...winRate, parent: ' s2 ' }, { strategyIds })).toMatchObject({
      ok: true,
      values: { parent: 's2' },
    });
    expect(checkForm(STRATEGY_FORM, { ...winRate, parent: 'S9' }, { strategyIds })).toEqual({
      ok: false,
      fieldErrors: { parent: 'No strategy has the ID "S9"; choose one from the list.' },
    });
  });

  it('takes a strategy that states only its outcome, the status defaulting to Active', () => {
    const checked = checkForm(STRATEGY_FORM, { statement: 'Grow the pipeline' });
    expect(checked).toMatchObject({
      ok: true,
      values: { statement: 'Grow the pipeline', target: null, status: 'Active' },
    });
  });

  it('names each wrong field in a sentence', () => {
    const form = {
      ...winRate,
      statement: '  ',
      baseline: '20 %',
      confidence: '11',
      status: 'Paused',
      due: '2025-12-31',
    };
    expect(checkForm(STRATEGY_FORM, form)).toEqual({
      ok: false,
      fieldErrors: {
        statement: 'Write the strategy: the outcome that should change.',
        baseline: 'The baseline must be a number, such as 0.25, 25% or 1,250.',
        status: 'The status must be one of: Active, On hold, Achieved, Retired.',
        confidence: 'Confidence must be a number from 0 to 10.',
        due: 'The due date (2025-12-31) must be on or after the start (2026-01-01).',
      },
    });
  });

  it('refuses a confidence below zero, a half-typed date and text longer than a cell holds', () => {
    const form = { ...winRate, confidence: '-1', start: 'incomplete', metric: 'x'.repeat(50_001) };
    expect(checkForm(STRATEGY_FORM, form)).toEqual({
      ok: false,
      fieldErrors: {
        confidence: 'Confidence must be a number from 0 to 10.',
        start: 'The start must be a date written as YYYY-MM-DD, such as 2026-03-31.',
        metric: 'The metric is 50,001 characters long; a cell holds at most 50,000.',
      },
    });
  });

  it('says to write a decimal with a point when one is written with a comma', () => {
    expect(checkForm(STRATEGY_FORM, { ...winRate, confidence: '6,5' })).toEqual({
      ok: false,
      fieldErrors: {
        confidence:
          'Confidence must be a number from 0 to 10. Write a decimal with a point: 6.5, not 6,5 (a comma separates thousands).',
      },
    });
  });

  it('takes hostile text as plain text', () => {
    const form = { ...winRate, statement: '<img src=x onerror=alert(1)>', metric: '=1+1' };
    expect(checkForm(STRATEGY_FORM, form)).toMatchObject({ ok: true, values: { metric: '=1+1' } });
  });

  it('refuses a field that is not text, and one the form does not have', () => {
    expect(checkForm(STRATEGY_FORM, { ...winRate, target: 25, owner: 'Dana' })).toEqual({
      ok: false,
      fieldErrors: { target: 'The target must be sent as text.' },
    });
    expect(checkForm(STRATEGY_FORM, { owner: 'Dana' }, { existing: {} })).toEqual({
      ok: false,
      fieldErrors: { owner: 'The form has no field "owner"; reload the sidebar.' },
    });
  });
});

describe('an edit', () => {
  const saved = { ...winRate, current: 'about 7', confidence: '12', start: 'next Tuesday' };

  it('checks only the fields the user changed, never the untouched cells that cannot be read', () => {
    expect(checkForm(STRATEGY_FORM, { metric: 'Win rate, all deals' }, { existing: saved })).toEqual({
      ok: true,
      values: { metric: 'Win rate, all deals' },
    });
  });

  it('compares a changed due date with the saved start, and a changed start with the saved due date', () => {
    const existing = { ...winRate };
    expect(checkForm(STRATEGY_FORM, { due: '2025-06-30' }, { existing })).toEqual({
      ok: false,
      fieldErrors: { due: 'The due date (2025-06-30) must be on or after the start (2026-01-01).' },
    });
    expect(checkForm(STRATEGY_FORM, { start: '2027-01-01' }, { existing })).toEqual({
      ok: false,
      fieldErrors: { start: 'The start (2027-01-01) must be on or before the due date (2026-12-31).' },
    });
    expect(checkForm(STRATEGY_FORM, { due: '2025-06-30' }, { existing: saved })).toMatchObject({ ok: true });
  });

  it('leaves saved dates in the wrong order alone when another field is edited', () => {
    const existing = { ...winRate, start: '2028-01-01' };
    expect(checkForm(STRATEGY_FORM, { current: '1,250' }, { existing })).toEqual({
      ok: true,
      values: { current: 1250 },
    });
  });

  it('may blank an optional field but not the statement', () => {
    expect(checkForm(STRATEGY_FORM, { target: '', statement: ' ' }, { existing: saved })).toEqual({
      ok: false,
      fieldErrors: { statement: 'Write the strategy: the outcome that should change.' },
    });
  });

  it('sends the fields whose text differs from what the form opened with', () => {
    expect(changedFields(saved, { ...saved, current: '7', unit: '%' })).toEqual({ current: '7' });
  });
});

describe('a tactic', () => {
  const strategyIds = new Set(['S1', 'S2']);

  it('serves a strategy of the register, matched as IDs are', () => {
    expect(checkForm(TACTIC_FORM, { ...salesProcess, strategyId: ' s1 ' }, { strategyIds })).toMatchObject({
      ok: true,
      values: { strategyId: 's1' },
    });
  });

  it('asks for a strategy when none is chosen, and names an unknown one', () => {
    const none = checkForm(TACTIC_FORM, { ...salesProcess, strategyId: '' }, { strategyIds });
    const unknown = checkForm(TACTIC_FORM, { ...salesProcess, strategyId: 'S9' }, { strategyIds });
    expect([none, unknown]).toEqual([
      { ok: false, fieldErrors: { strategyId: 'Choose the strategy this tactic serves.' } },
      { ok: false, fieldErrors: { strategyId: 'No strategy has the ID "S9"; choose one from the list.' } },
    ]);
  });

  it('checks the statement, numbers and status', () => {
    const form = { ...salesProcess, statement: '', actual: 'n/a', status: 'Active' };
    expect(checkForm(TACTIC_FORM, form, { strategyIds })).toEqual({
      ok: false,
      fieldErrors: {
        statement: 'Write the tactic: the action the team will take.',
        actual: 'The actual value must be a number, such as 0.25, 25% or 1,250.',
        status: 'The status must be one of: Planned, In progress, Done, Dropped.',
      },
    });
  });
});

describe('cells as the form shows them', () => {
  const row: Record<string, unknown> = {
    Strategy: '  Cut churn ',
    Current: 'about 7',
    Baseline: 0.08,
    Confidence: 12,
    Start: new Date('2026-03-31T22:30:00Z'),
    Due: 46112,
    Status: 'on hold',
    Unit: true,
  };

  it('shows each cell as it stands: text untrimmed, numbers, days in the sheet’s zone, a status in its spelling', () => {
    expect(formTexts(STRATEGY_FORM, (header) => row[header] ?? '', 'Europe/Berlin')).toEqual({
      statement: '  Cut churn ',
      metric: '',
      unit: 'TRUE',
      baseline: '0.08',
      target: '',
      current: 'about 7',
      stakeholders: '',
      start: '2026-04-01',
      due: '46112',
      status: 'On hold',
      confidence: '12',
      parent: '',
    });
    expect(cellText(new Date('2026-03-31T22:30:00Z'), 'America/New_York')).toBe('2026-03-31');
  });

  it('writes a day as midnight in the sheet’s zone and a blank as an empty cell', () => {
    const cells = cellsOfForm(STRATEGY_FORM, { start: '2026-04-01', target: null, metric: 'Churn' }, 'Asia/Kolkata');
    expect([...cells]).toEqual([
      ['Start', new Date('2026-03-31T18:30:00Z')],
      ['Target', ''],
      ['Metric', 'Churn'],
    ]);
  });
});
