import {
  isIsoDay,
  parseNumberText,
  type StrategyForm,
  validateStrategy,
  validateTactic,
} from '../../../src/ui/validation';

const winRate: StrategyForm = {
  statement: 'Increase win rate from 20% to 25%',
  metric: 'Win rate',
  unit: '%',
  baseline: '20',
  target: '25',
  current: '22',
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

describe('parseNumberText', () => {
  it.each([
    ['20', 20],
    [' -0.25 ', -0.25],
    ['.5', 0.5],
    ['1e3', 1000],
    ['', null],
    ['   ', null],
  ])('reads %p as %p', (text, expected) => {
    expect(parseNumberText(text)).toBe(expected);
  });

  it.each(['twenty', '20%', '0x10', 'Infinity', '1,000', '=1+1', '1e999'])('refuses %p', (text) => {
    expect(parseNumberText(text)).toBeUndefined();
  });
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

describe('validateStrategy', () => {
  it('finds nothing wrong with a complete measurable strategy', () => {
    expect(validateStrategy(winRate)).toEqual({});
  });

  it('accepts a strategy that states only its outcome, leaving numbers and dates blank', () => {
    const bare = { ...winRate, metric: '', baseline: '', target: '', current: '', start: '', due: '', confidence: '' };
    expect(validateStrategy(bare)).toEqual({});
  });

  it('names each wrong field in a sentence', () => {
    const form = {
      ...winRate,
      statement: '  ',
      baseline: '20%',
      confidence: '11',
      status: 'Paused',
      due: '2025-12-31',
    };
    expect(validateStrategy(form)).toEqual({
      statement: 'Write the strategy: the outcome that should change.',
      baseline: 'Baseline must be a number, such as 20 or 0.25 (no units or % sign).',
      status: 'Status must be one of: Active, On hold, Achieved, Retired.',
      confidence: 'Confidence must be a number from 0 to 10.',
      due: 'Due (2025-12-31) must be on or after Start (2026-01-01).',
    });
  });

  it('refuses a confidence below zero and a half-typed date', () => {
    expect(validateStrategy({ ...winRate, confidence: '-1', start: 'incomplete' })).toEqual({
      confidence: 'Confidence must be a number from 0 to 10.',
      start: 'Start must be a full date, such as 2026-01-31.',
    });
  });

  it('refuses text longer than a cell can hold', () => {
    expect(validateStrategy({ ...winRate, statement: 'x'.repeat(50001) })).toEqual({
      statement: 'The strategy is 50001 characters long; a cell holds at most 50000.',
    });
  });

  it('takes hostile text as plain text', () => {
    expect(validateStrategy({ ...winRate, statement: '<img src=x onerror=alert(1)>', metric: '=1+1' })).toEqual({});
  });
});

describe('validateTactic', () => {
  it('finds nothing wrong with a tactic under a known strategy', () => {
    expect(validateTactic(salesProcess, ['S1', 'S2'])).toEqual({});
  });

  it('asks for a strategy when none is chosen, and names an unknown one', () => {
    expect(validateTactic({ ...salesProcess, strategyId: '' }, ['S1']).strategyId).toBe(
      'Choose the strategy this tactic serves.',
    );
    expect(validateTactic({ ...salesProcess, strategyId: 'S9' }, ['S1']).strategyId).toBe(
      'There is no strategy with the ID S9; choose one from the list.',
    );
  });

  it('checks the statement, numbers and status', () => {
    expect(validateTactic({ ...salesProcess, statement: '', actual: 'n/a', status: 'Active' }, ['S1'])).toEqual({
      statement: 'Write the tactic: the action the team will take.',
      actual: 'Actual must be a number, such as 20 or 0.25 (no units or % sign).',
      status: 'Status must be one of: Planned, In progress, Done, Dropped.',
    });
  });
});
