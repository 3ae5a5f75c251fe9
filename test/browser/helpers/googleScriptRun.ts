import type { Page } from 'playwright-core';
import type { RpcReply } from '../../../local/preview/addonSession';
import { buildGoogleScriptRunShim } from '../../../local/preview/assets';

/** Answers one `google.script.run` call: the function name and the arguments after the Apps Script rules. */
export type RpcHandler = (name: string, args: unknown[]) => RpcReply | Promise<RpcReply>;

let shim: string | undefined;

/**
 * Gives every page (and frame) loaded afterwards the preview's `google.script.run` and
 * `google.script.host`, with calls answered in the test by `handler` — for example
 * `(name, args) => previewSession.rpc(name, args)` or a fake. Call before `page.goto`.
 */
export async function installGoogleScriptRun(page: Page, handler: RpcHandler): Promise<void> {
  shim ??= buildGoogleScriptRunShim();
  await page.exposeFunction('__answerGoogleScriptRun', (name: string, args: unknown[]) => handler(name, args));
  await page.addInitScript(() => {
    const answer = (window as unknown as { __answerGoogleScriptRun: RpcHandler }).__answerGoogleScriptRun;
    (window as unknown as { googleScriptRunTransport: RpcHandler }).googleScriptRunTransport = (name, args) =>
      Promise.resolve(answer(name, args));
  });
  await page.addInitScript({ content: shim });
}
