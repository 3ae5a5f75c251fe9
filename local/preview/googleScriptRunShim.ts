/**
 * `google.script.run` and `google.script.host` for a sidebar page served by the preview
 * (or by a browser test). Calls go to a transport: `window.googleScriptRunTransport` when a
 * test installs one, else POST /rpc on the page's own server. Arguments follow the Apps
 * Script rules (see serialization.ts); handlers are called asynchronously, as in Sheets.
 */
import { encodeArguments } from './serialization';

type Handler = (value: unknown, userObject: unknown) => void;
type Reply = { ok: true; value?: unknown } | { ok: false; error: string };
type Transport = (name: string, args: unknown[]) => Promise<Reply>;

interface RunnerState {
  readonly success?: Handler;
  readonly failure?: Handler;
  readonly userObject?: unknown;
  readonly hasUserObject: boolean;
}

interface ShimWindow extends Window {
  googleScriptRunTransport?: Transport;
  google?: unknown;
}

const shimWindow = window as ShimWindow;

async function postRpc(name: string, args: unknown[]): Promise<Reply> {
  const response = await fetch('/rpc', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ name, args }),
  });
  if (!response.ok) return { ok: false, error: await response.text() };
  return (await response.json()) as Reply;
}

function transport(): Transport {
  return shimWindow.googleScriptRunTransport ?? postRpc;
}

function deliver(state: RunnerState, handler: Handler | undefined, value: unknown): void {
  if (!handler) return;
  if (state.hasUserObject) handler(value, state.userObject);
  else handler(value, undefined);
}

function fail(state: RunnerState, message: string): void {
  // Without a failure handler, Sheets reports the error in the browser console.
  if (!state.failure) console.error(message);
  deliver(state, state.failure, new Error(message));
}

function tellParent(type: string): void {
  if (window.parent !== window) window.parent.postMessage({ type }, window.location.origin);
}

function call(state: RunnerState, name: string, args: unknown[]): void {
  const encoded = encodeArguments(args);
  if (!encoded.ok) {
    const message = encoded.error;
    queueMicrotask(() => fail(state, message));
    return;
  }
  transport()(name, encoded.value as unknown[]).then(
    (reply) => {
      // The call may have changed cells: the preview page redraws its grid.
      tellParent('google.script.run.done');
      if (reply.ok) deliver(state, state.success, reply.value);
      else fail(state, reply.error);
    },
    (error: unknown) => fail(state, `The preview server did not answer: ${String(error)}`),
  );
}

const RUNNER_METHODS = new Set(['withSuccessHandler', 'withFailureHandler', 'withUserObject']);

/** A runner is immutable: each `with…` returns a new one, so a configured runner can be reused. */
function runner(state: RunnerState): unknown {
  return new Proxy(
    {},
    {
      get(_target, property) {
        if (typeof property !== 'string' || property === 'then') return undefined;
        if (property === 'withSuccessHandler') return (success: Handler) => runner({ ...state, success });
        if (property === 'withFailureHandler') return (failure: Handler) => runner({ ...state, failure });
        if (property === 'withUserObject')
          return (userObject: unknown) => runner({ ...state, userObject, hasUserObject: true });
        return (...args: unknown[]) => {
          call(state, property, args);
        };
      },
      has(_target, property) {
        return typeof property === 'string' && (RUNNER_METHODS.has(property) || property !== 'then');
      },
    },
  );
}

shimWindow.google = {
  script: {
    run: runner({ hasUserObject: false }),
    host: {
      origin: window.location.origin,
      close: () => tellParent('google.script.host.close'),
      setHeight: () => undefined,
      setWidth: () => undefined,
      editor: { focus: () => tellParent('google.script.host.editor.focus') },
    },
  },
};
