import { codeOf, type Failure, sentence } from '../domain/result';
import type { OperationResult } from './api/wireTypes';

/** An operation refused for `failure`'s problems: their sentence for the user, the first code for the sidebar. */
export function refusal(failure: Failure): OperationResult {
  const code = codeOf(failure);
  return code === undefined
    ? { ok: false, message: sentence(failure) }
    : { ok: false, message: sentence(failure), code };
}
