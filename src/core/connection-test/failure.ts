import type { ErrorCode } from '../../shared/error-codes';
import type { TestFailure } from '../../shared/connection-test';

/** An error that already knows its code: raised by our own checks (trust, greeting, guards). */
export class ConnectionTestFailure extends Error {
  constructor(readonly failure: TestFailure) {
    super(failure.message);
    this.name = 'ConnectionTestFailure';
  }
}

export function failure(code: ErrorCode, message: string, hint: string): TestFailure {
  return { code, message, hint };
}
