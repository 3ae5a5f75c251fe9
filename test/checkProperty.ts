import { assert, type IAsyncProperty, type IProperty, type Parameters } from 'fast-check';

/**
 * The one seeding policy of every property test: a fixed seed, so a run repeats exactly and
 * a failure found once is found again; `FC_SEED=<integer>` replays another seed (or explores
 * new cases). A failure names the seed and the command that replays it.
 */
export const DEFAULT_SEED = 20_260_701;

export function seedFrom(text: string | undefined): number {
  if (text === undefined || text.trim() === '') return DEFAULT_SEED;
  const seed = Number(text);
  if (!Number.isSafeInteger(seed)) throw new Error(`FC_SEED must be an integer, not ${JSON.stringify(text)}.`);
  // fast-check takes a 32-bit seed; any integer the user types maps onto one.
  return seed | 0;
}

export const PROPERTY_SEED = seedFrom(process.env.FC_SEED);

type Options<Ts> = Omit<Parameters<Ts>, 'seed' | 'path'>;

function replayHint(): string {
  const { testPath, currentTestName } = expect.getState();
  const file = testPath ? ` npx jest ${testPath.replace(`${process.cwd()}/`, '')}` : '';
  const name = currentTestName ? ` -t ${JSON.stringify(currentTestName)}` : '';
  return `Property failed with fast-check seed ${PROPERTY_SEED}; replay with: FC_SEED=${PROPERTY_SEED}${file}${name}`;
}

function withSeed(error: unknown): Error {
  if (!(error instanceof Error)) return new Error(`${replayHint()}\n${String(error)}`);
  error.message = `${replayHint()}\n${error.message}`;
  return error;
}

/** Checks a property with the shared seed (fast-check's default of 100 runs unless `numRuns` says). */
export function checkProperty<Ts>(property: IProperty<Ts>, options: Options<Ts> = {}): void {
  try {
    assert(property, { ...options, seed: PROPERTY_SEED });
  } catch (error) {
    throw withSeed(error);
  }
}

/** `checkProperty` for an async property. */
export async function checkAsyncProperty<Ts>(property: IAsyncProperty<Ts>, options: Options<Ts> = {}): Promise<void> {
  try {
    await assert(property, { ...options, seed: PROPERTY_SEED });
  } catch (error) {
    throw withSeed(error);
  }
}
