import type { ErrorCode } from '../../shared/error-codes';
import type { TestFailure } from '../../shared/connection-test';
import type { Message } from '../../shared/i18n/message';

/** An error that already knows its code: raised by our own checks (trust, greeting, guards). */
export class ConnectionTestFailure extends Error {
  constructor(readonly failure: TestFailure) {
    // The words are translated where the report is shown; the error itself only names the code.
    super(failure.code);
    this.name = 'ConnectionTestFailure';
  }
}

export function failure(code: ErrorCode, message: Message, hint: Message): TestFailure {
  return { code, message, hint };
}
