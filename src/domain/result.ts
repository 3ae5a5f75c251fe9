/**
 * The one result shape of the add-on, as zod's `safeParse` gives it: a value, or the
 * problems that stopped it, each with a code the code reacts to and a sentence the user
 * reads. Expected failures are results; only the unexpected throws.
 */

/** What went wrong, for code to react to; the sentence beside it is for the user. */
export type ProblemCode =
  | 'bad-argument'
  | 'shape-mismatch'
  | 'missing-header'
  | 'missing-sheet'
  | 'blocking-findings'
  | 'nothing-to-snapshot'
  | 'snapshot-exists'
  | 'kept'
  | 'busy'
  | 'cancelled'
  | 'not-found'
  | 'stale-row'
  | 'bad-value'
  | 'bad-quarter'
  | 'too-few-snapshots'
  | 'due-before-start'
  | 'unreadable'
  | 'invalid-setting'
  | 'bad-parent';

export interface Problem {
  readonly code: ProblemCode;
  /** The plain sentence shown to the user. */
  readonly message: string;
  /** What the problem is about, when that is not the whole input: an argument, a field, a cell. */
  readonly subject?: string;
}

export type Success<T> = { readonly ok: true; readonly value: T };
export type Failure = { readonly ok: false; readonly problems: readonly Problem[] };
export type Result<T> = Success<T> | Failure;

export function ok<T>(value: T): Success<T> {
  return { ok: true, value };
}

/** A failure with one problem. */
export function fail(code: ProblemCode, message: string, subject?: string): Failure {
  return { ok: false, problems: [subject === undefined ? { code, message } : { code, message, subject }] };
}

/** A failure with several problems, in order. */
export function failAll(problems: readonly Problem[]): Failure {
  return { ok: false, problems };
}

/** The sentences of a failure, one after another, as the user reads them. */
export function sentence(failure: Failure): string {
  return failure.problems.map((problem) => problem.message).join(' ');
}

/** The code of a failure's first problem. */
export function codeOf(failure: Failure): ProblemCode | undefined {
  return failure.problems[0]?.code;
}
