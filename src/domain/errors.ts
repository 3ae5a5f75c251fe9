import type { ProblemCode } from './result';

/** Why an operation was refused: a machine-readable code beside a plain sentence for the user. */
export type ErrorCode = ProblemCode;

/** The one error type the add-on raises on purpose; its message is shown to the user as is. */
export class RegisterError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'RegisterError';
    this.code = code;
  }
}
