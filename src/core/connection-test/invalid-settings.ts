import tls from 'node:tls';
import { ENCRYPTIONS, plaintextConsentMissing } from '../../shared/encryption';
import type { TestFailure } from '../../shared/connection-test';
import { serverAddressProblem } from '../../shared/server-address';
import { failure } from './failure';
import type { ConnectionTestInput } from './run-connection-test';
import { message, type Message } from '../../shared/i18n/message';

function invalid(problem: Message): TestFailure {
  return failure('INVALID_SETTINGS', problem, message('failure.invalid.hint'));
}

/**
 * The service checks its own input too: the CLI, the IPC handlers and later callers may all reach
 * it, and a bad server or port must end the test before any socket opens.
 */
export function invalidSettings(input: ConnectionTestInput): TestFailure | undefined {
  const { server, port, encryption } = input.settings;
  const serverProblem = serverAddressProblem(server);
  if (serverProblem) return invalid(message('failure.invalid.server', { problem: message(serverProblem) }));
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    return invalid(message('failure.invalid.port', { port: String(port) }));
  if (!(ENCRYPTIONS as readonly string[]).includes(encryption))
    return invalid(message('failure.invalid.encryption', { encryption: String(encryption) }));
  if (/[\r\n\0]/.test(input.userName ?? '') || /[\r\n\0]/.test(input.password ?? ''))
    return invalid(message('failure.invalid.control'));
  // XOAUTH2 frames its fields with ^A: a control character in the token would end its field early.
  if (hasControlCharacter(input.accessToken ?? '')) return invalid(message('failure.invalid.tokenControl'));
  // The last line of defence for the plaintext acknowledgement: every caller (window, Test all, CLI)
  // must say that the user accepted it, or no login is attempted on an unencrypted option at all.
  if (wouldLogIn(input) && plaintextConsentMissing(encryption, input.plaintextPasswordAllowed))
    return failure(
      'INVALID_SETTINGS',
      message('failure.plaintextNotConfirmed.message', { encryption: message(`encryption.${encryption}.label`) }),
      message('failure.plaintextNotConfirmed.hint'),
    );
  const problem = trustAndTimeoutProblem(input);
  return problem ? invalid(problem) : undefined;
}

/** What the IMAP and the Graph test both refuse before any socket opens: a CA file TLS cannot read, a timeout ≤ 0. */
export function trustAndTimeoutProblem(input: { caPem?: string | undefined; timeoutMs?: number | undefined }) {
  if (input.caPem !== undefined) {
    try {
      tls.createSecureContext({ ca: input.caPem });
    } catch {
      return message('failure.invalid.caFile');
    }
  }
  if (input.timeoutMs !== undefined && !(input.timeoutMs > 0))
    return message('failure.invalid.timeout', { timeout: input.timeoutMs });
  return undefined;
}

function hasControlCharacter(text: string): boolean {
  return [...text].some((character) => {
    const code = character.charCodeAt(0);
    return code < 0x20 || code === 0x7f;
  });
}

/** A user name makes imapflow log in (LOGIN or AUTHENTICATE); without one the test stops after the greeting. */
function wouldLogIn(input: ConnectionTestInput): boolean {
  return input.userName !== undefined || (input.password ?? '') !== '' || (input.accessToken ?? '') !== '';
}
