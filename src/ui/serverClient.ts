/**
 * The sidebar's only way to the server: a promise over google.script.run, typed from the
 * server's own API object so a renamed function or changed argument fails to compile here.
 */
import { decodeFailure } from '../server/api/failureWire';
import type { SidebarApi } from '../server/api/sidebarApi';

export type ServerFunction = keyof SidebarApi;

/** A server call that failed: the function's name, the server's sentence for the user and its code, if any. */
export class ServerCallError extends Error {
  readonly functionName: ServerFunction;
  readonly code: string | undefined;

  constructor(functionName: ServerFunction, failure: { readonly code?: string; readonly message: string }) {
    super(failure.message);
    this.name = 'ServerCallError';
    this.functionName = functionName;
    this.code = failure.code;
  }
}

/** The slice of google.script.run the client uses (the page's global, or a stand-in in tests). */
export interface ScriptRunner {
  withSuccessHandler(handler: (value?: unknown) => void): ScriptRunner;
  withFailureHandler(handler: (error: Error) => void): ScriptRunner;
  [functionName: string]: unknown;
}

// Apps Script may prefix the thrown error's name; the user needs only the sentence.
const ERROR_PREFIX = /^(?:[A-Za-z]*Error|Exception):\s*/;

/** The sentence and code of anything a failure handler or a throwing runner hands over. */
function readFailure(error: unknown): { readonly code?: string; readonly message: string } {
  const raw = error instanceof Error ? error.message : typeof error === 'string' ? error : '';
  const failure = decodeFailure(raw.replace(ERROR_PREFIX, '').trim());
  return failure.message === ''
    ? { message: 'The server did not answer. Check your connection and try again.' }
    : failure;
}

/** The message to show for anything a failure handler or a throwing runner hands over. */
export function failureMessage(error: unknown): string {
  return readFailure(error).message;
}

/** The code the server gave a failure (`busy`, `stale-row`…), or undefined. */
export function failureCode(error: unknown): string | undefined {
  return error instanceof ServerCallError ? error.code : readFailure(error).code;
}

function pageRunner(): ScriptRunner {
  const runner = (globalThis as { google?: { script?: { run?: unknown } } }).google?.script?.run;
  if (!runner) throw new Error('This page must be opened from the Strategy Register add-on menu in Google Sheets.');
  return runner as ScriptRunner;
}

export type Call = <K extends ServerFunction>(
  name: K,
  ...args: Parameters<SidebarApi[K]>
) => Promise<ReturnType<SidebarApi[K]>>;

/** Makes a typed `call` over a runner; the default runner is the page's google.script.run. */
export function createServerClient(getRunner: () => ScriptRunner = pageRunner): Call {
  return (name, ...args) =>
    new Promise((resolve, reject) => {
      try {
        const runner = getRunner()
          .withSuccessHandler((value) => resolve(value as never))
          .withFailureHandler((error) => reject(new ServerCallError(name, readFailure(error))));
        const target = runner[name];
        if (typeof target !== 'function') throw new Error(`The add-on offers no function named ${name}.`);
        target.apply(runner, args);
      } catch (error) {
        reject(new ServerCallError(name, readFailure(error)));
      }
    });
}

/** The client the sidebar uses. */
export const call: Call = createServerClient();
