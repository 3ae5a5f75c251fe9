import fc from 'fast-check';
import { checkProperty, DEFAULT_SEED, PROPERTY_SEED, seedFrom } from '../checkProperty';

describe('the seed every property test runs with', () => {
  it('is fixed unless FC_SEED names another', () => {
    expect(seedFrom(undefined)).toBe(DEFAULT_SEED);
    expect(seedFrom(' ')).toBe(DEFAULT_SEED);
    expect(seedFrom('42')).toBe(42);
    expect(seedFrom('-7')).toBe(-7);
    expect(PROPERTY_SEED).toBe(seedFrom(process.env.FC_SEED));
  });

  it('refuses an FC_SEED that is not an integer', () => {
    expect(() => seedFrom('tomorrow')).toThrow('FC_SEED must be an integer, not "tomorrow".');
    expect(() => seedFrom('1.5')).toThrow('FC_SEED must be an integer, not "1.5".');
  });

  it('draws the same cases on every run', () => {
    const draws = () => {
      const seen: number[] = [];
      checkProperty(
        fc.property(fc.integer(), (n) => {
          seen.push(n);
        }),
        { numRuns: 5 },
      );
      return seen;
    };
    expect(draws()).toEqual(draws());
  });

  it('names the seed and the command that replays a failure', () => {
    const failing = () => checkProperty(fc.property(fc.integer({ min: 0, max: 100 }), (n) => n < 50));
    expect(failing).toThrow(
      `Property failed with fast-check seed ${PROPERTY_SEED}; replay with: FC_SEED=${PROPERTY_SEED} npx jest test/unit/checkProperty.test.ts -t "the seed every property test runs with names the seed and the command that replays a failure"\nProperty failed after`,
    );
    expect(failing).toThrow('Counterexample: [50]');
  });
});
