/**
 * How a refused sidebar call's code crosses google.script.run. The page's failure handler
 * receives only the thrown error's message, so the server puts the code in front of the
 * sentence, in brackets, and the sidebar's client takes it off again before showing it.
 */
import type { ProblemCode } from '../../domain/result';

const CODED = /^\[([a-z]+(?:-[a-z]+)*)\] /;

/** `busy`, "Saving… is waiting…" → "[busy] Saving… is waiting…". */
export function encodeFailure(code: ProblemCode, message: string): string {
  return `[${code}] ${message}`;
}

/** The code (when the server gave one) and the sentence of a failure's message. */
export function decodeFailure(text: string): { readonly code?: string; readonly message: string } {
  const match = CODED.exec(text);
  return match ? { code: match[1] as string, message: text.slice(match[0].length) } : { message: text };
}
