import { RegisterError } from '../domain/errors';

const WAIT_MS = 10_000;

/**
 * Runs `work` holding the document lock, so two users (or a sidebar and a menu) never
 * interleave writes to the register. A lock held elsewhere for too long is a sentence.
 */
export function withDocumentLock<T>(what: string, work: () => T): T {
  const lock = LockService.getDocumentLock();
  if (!lock.tryLock(WAIT_MS)) {
    throw new RegisterError(
      'busy',
      `${what} is waiting for another change to this spreadsheet to finish; try again in a moment.`,
    );
  }
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
    console.warn('Releasing the document lock failed; it is released when the execution ends.', error);
  }
}
