import { encodeFailure } from '../../../src/server/api/failureWire';
import {
  createServerClient,
  failureCode,
  failureMessage,
  type ScriptRunner,
  ServerCallError,
} from '../../../src/ui/serverClient';

/** A stand-in for google.script.run that answers each function from a table, asynchronously. */
function runnerAnswering(
  answers: Record<string, (...args: unknown[]) => unknown>,
  received: unknown[][] = [],
): ScriptRunner {
  const make = (onSuccess?: (value?: unknown) => void, onFailure?: (error: Error) => void): ScriptRunner => {
    const runner: ScriptRunner = {
      withSuccessHandler: (handler) => make(handler, onFailure),
      withFailureHandler: (handler) => make(onSuccess, handler),
    };
    for (const [name, answer] of Object.entries(answers)) {
      runner[name] = (...args: unknown[]) => {
        received.push([name, ...args]);
        queueMicrotask(() => {
          try {
            onSuccess?.(answer(...args));
          } catch (error) {
            onFailure?.(error as Error);
          }
        });
      };
    }
    return runner;
  };
  return make();
}

describe('the typed server client', () => {
  it('resolves with what the server function returns, passing the arguments through', async () => {
    const received: unknown[][] = [];
    const call = createServerClient(() =>
      runnerAnswering(
        { takeSnapshotNow: (quarter) => ({ ok: true, message: `Snapshot ${quarter} taken.` }) },
        received,
      ),
    );
    await expect(call('takeSnapshotNow', '2026-Q3', false)).resolves.toEqual({
      ok: true,
      message: 'Snapshot 2026-Q3 taken.',
    });
    expect(received).toEqual([['takeSnapshotNow', '2026-Q3', false]]);
  });

  it('rejects with a ServerCallError carrying the server message and the function name', async () => {
    const call = createServerClient(() =>
      runnerAnswering({
        getRegister: () => {
          throw new Error('Exception: The Strategies sheet has no "Status" column.');
        },
      }),
    );
    const failure = await call('getRegister').catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(ServerCallError);
    expect(failure).toMatchObject({
      functionName: 'getRegister',
      message: 'The Strategies sheet has no "Status" column.',
    });
  });

  it("takes the refusal's code off the sentence, so the sidebar reacts to the code", async () => {
    const call = createServerClient(() =>
      runnerAnswering({
        saveSettings: () => {
          throw new Error(`Error: ${encodeFailure('busy', 'Saving the settings is waiting for another change.')}`);
        },
      }),
    );
    const failure = await call('saveSettings', {
      fiscalYearStartMonth: 1,
      reviewCadence: 'quarterly',
      stakeholderGroups: [],
    }).catch((error: unknown) => error);
    expect(failure).toMatchObject({ code: 'busy', message: 'Saving the settings is waiting for another change.' });
    expect(failureCode(failure)).toBe('busy');
    expect(failureMessage(failure)).toBe('Saving the settings is waiting for another change.');
  });

  it('leaves a sentence that merely starts with brackets as it is', () => {
    expect(failureMessage(new Error('[Draft] is not a quarter.'))).toBe('[Draft] is not a quarter.');
    expect(failureCode(new Error('[Draft] is not a quarter.'))).toBeUndefined();
  });

  it('rejects when the page has no google.script.run', async () => {
    const call = createServerClient(() => {
      throw new Error('This page must be opened from the Strategy Register add-on menu in Google Sheets.');
    });
    await expect(call('getSettings')).rejects.toMatchObject({
      message: 'This page must be opened from the Strategy Register add-on menu in Google Sheets.',
    });
  });

  it('rejects when the server offers no such function', async () => {
    const call = createServerClient(() => runnerAnswering({}));
    await expect(call('checkRegister')).rejects.toMatchObject({
      message: 'The add-on offers no function named checkRegister.',
    });
  });
});

describe('failureMessage', () => {
  it('keeps only the sentence meant for the user', () => {
    expect(failureMessage(new Error('RegisterError: Row 4 is stale.'))).toBe('Row 4 is stale.');
    expect(failureMessage('Quota exceeded.')).toBe('Quota exceeded.');
  });

  it('says the server did not answer when there is no message', () => {
    expect(failureMessage(new Error(''))).toBe('The server did not answer. Check your connection and try again.');
    expect(failureMessage(undefined)).toBe('The server did not answer. Check your connection and try again.');
  });
});
