import { RegisterError } from '../domain/errors';
import { encodeFailure } from './api/failureWire';
import { alert } from './ui';

/** The sentence a user sees for a failure: ours as written, anything else with context. */
export function userMessage(error: unknown): string {
  if (error instanceof RegisterError) return error.message;
  // Errors from Apps Script services may come from another realm, where `instanceof Error` is false.
  const message = typeof error === 'object' && error !== null ? (error as { message?: unknown }).message : undefined;
  const detail = typeof message === 'string' ? message : String(error);
  return `Strategy Register stopped because Google Sheets reported an error: ${detail}`;
}

/**
 * The one top-level error handler for menu items: the user gets a dialog with a sentence,
 * never a stack trace, and the execution log keeps the details.
 */
export function asMenuAction(run: () => unknown): () => void {
  return () => {
    try {
      run();
    } catch (error) {
      console.error(error);
      alert(userMessage(error));
    }
  };
}

/**
 * Sidebar calls fail with the same sentence, delivered to the sidebar's failure handler;
 * a refusal of ours carries its code in front of it, so the sidebar can react to `busy`.
 */
// biome-ignore lint/suspicious/noExplicitAny: wraps functions of any signature.
export function asSidebarCall<F extends (...args: any[]) => unknown>(run: F): F {
  return ((...args: Parameters<F>) => {
    try {
      return run(...args);
    } catch (error) {
      console.error(error);
      throw new Error(error instanceof RegisterError ? encodeFailure(error.code, error.message) : userMessage(error));
    }
  }) as F;
}
