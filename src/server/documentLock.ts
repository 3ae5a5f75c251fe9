import { RegisterError } from '../domain/errors';

const WAIT_MS = 10_000;

/**
 * How an entry point touches the document, declared beside it (menu.ts, entryPoints.ts)
 * and applied there by `withAccess`, so no operation has to remember its lock:
 * - `reads`: reads only;
 * - `writes`: writes the spreadsheet or its document properties, under the document lock,
 *   so two users (or a sidebar and a menu) never interleave writes; the text names the
 *   operation in the sentence shown while another change holds the lock;
 * - `writesOwn`: writes only the user's own properties, under the user's lock.
 */
export type Access = 'reads' | { readonly writes: string } | { readonly writesOwn: string };

/** `run` as its access declares it: under the lock it needs, or as it is when it only reads. */
export function withAccess<A extends unknown[], R>(access: Access, run: (...args: A) => R): (...args: A) => R {
  if (access === 'reads') return run;
  if ('writes' in access) {
    const busy = `${access.writes} is waiting for another change to this spreadsheet to finish; try again in a moment.`;
    return (...args) => withLock(LockService.getDocumentLock(), busy, () => run(...args));
  }
  const busy = `${access.writesOwn} is waiting for a change you started elsewhere to finish; try again in a moment.`;
  return (...args) => withLock(LockService.getUserLock(), busy, () => run(...args));
}

/**
 * Runs `work` holding `lock`; a lock held elsewhere for too long is the `busy` sentence.
 * Only entry points take locks, and they never call one another, so none is taken twice.
 */
function withLock<T>(lock: GoogleAppsScript.Lock.Lock, busy: string, work: () => T): T {
  if (!lock.tryLock(WAIT_MS)) throw new RegisterError('busy', busy);
  try {
    return work();
  } finally {
    releaseQuietly(lock);
  }
}

/**
 * Apps Script releases a script's locks when its execution ends, so a failed release
 * must not turn finished work into a reported failure; the log keeps the error.
 */
function releaseQuietly(lock: GoogleAppsScript.Lock.Lock): void {
  try {
    lock.releaseLock();
  } catch (error) {
    console.warn('Releasing the lock failed; it is released when the execution ends.', error);
  }
}
