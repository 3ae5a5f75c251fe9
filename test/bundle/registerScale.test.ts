import type { RegisterView } from '../../src/server/api/wireTypes';
import { addonWithRegister, MORE_PROSPECTS, WIN_RATE } from './fixtures/register';

function register(strategyCount: number) {
  const strategies = Array.from({ length: strategyCount }, (_, index) => ({
    ...WIN_RATE,
    ID: `S${index + 1}`,
    Strategy: `Raise win rate in region ${index + 1}`,
  }));
  const tactics = Array.from({ length: strategyCount * 5 }, (_, index) => ({
    ...MORE_PROSPECTS,
    ID: `T${index + 1}`,
    'Strategy ID': `S${(index % strategyCount) + 1}`,
  }));
  return addonWithRegister(strategies, tactics);
}

describe('service calls do not grow with the register', () => {
  it('are the same for a health check of 10 strategies and of 10 000 strategies + 50 000 tactics', () => {
    const small = register(10);
    small.call('runHealthCheck');
    const large = register(10_000);
    large.call('runHealthCheck');
    expect(large.emulator.calls.byMethod()).toEqual(small.emulator.calls.byMethod());
    expect(large.emulator.calls.total).toBeLessThan(30);
  });

  it('are the same for the sidebar register view at both sizes', () => {
    const small = register(10);
    small.call('getRegister');
    const large = register(10_000);
    const view = large.call('getRegister') as RegisterView;
    expect(view.tactics).toHaveLength(50_000);
    expect(large.emulator.calls.byMethod()).toEqual(small.emulator.calls.byMethod());
  });
});
