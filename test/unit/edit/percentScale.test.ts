import { STRATEGY_FORM, strategyFieldContext } from '../../../src/domain/edit/formSchemas';

const current = STRATEGY_FORM.current;

describe('a `%` strategy’s numbers in the forms', () => {
  it('shows and reads a fraction-scaled metric as percentages, keeping every digit', () => {
    const context = strategyFieldContext('%', { baseline: 0.2, target: 0.25, current: 0.223 });
    expect(current.show(0.223, 'Etc/UTC', context)).toBe('22.3%');
    expect(current.show(0.123456789, 'Etc/UTC', context)).toBe('12.3456789%');
    const typed = current.read('22.75%', context);
    expect(typed.ok && typed.value).toBe(0.2275);
    const bare = current.read('22.75', context);
    expect(bare.ok && bare.value).toBe(0.2275);
  });

  it('keeps plain numbers for a register that types 20 for 20%', () => {
    const context = strategyFieldContext('%', { baseline: 20, target: 25, current: 22 });
    expect(context).toEqual({});
    expect(current.show(22, 'Etc/UTC', context)).toBe('22');
    const typed = current.read('23', context);
    expect(typed.ok && typed.value).toBe(23);
  });

  it('reads percentages for a new `%` strategy, and plain numbers for any other unit', () => {
    expect(strategyFieldContext('%')).toEqual({ percent: true });
    expect(strategyFieldContext('USD', { baseline: 0.2, target: 0.3, current: null })).toEqual({});
  });
});
