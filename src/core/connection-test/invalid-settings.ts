import tls from 'node:tls';
import { ENCRYPTIONS, encryptionLabel, plaintextConsentMissing } from '../../shared/encryption';
import type { TestFailure } from '../../shared/connection-test';
import { serverAddressError } from '../../shared/server-address';
import { failure } from './failure';
import type { ConnectionTestInput } from './run-connection-test';
import { t } from '../../shared/i18n';

function invalid(message: string): TestFailure {
  return failure('INVALID_SETTINGS', message, t('failure.invalid.hint'));
}

/**
 * The service checks its own input too: the CLI, the IPC handlers and later callers may all reach
 * it, and a bad server or port must end the test before any socket opens.
 */
export function invalidSettings(input: ConnectionTestInput): TestFailure | undefined {
  const { server, port, encryption } = input.settings;
  const serverProblem = serverAddressError(server);
  if (serverProblem) return invalid(t('failure.invalid.server', { problem: serverProblem }));
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    return invalid(t('failure.invalid.port', { port: String(port) }));
  if (!(ENCRYPTIONS as readonly string[]).includes(encryption))
    return invalid(t('failure.invalid.encryption', { encryption: String(encryption) }));
  if (/[\r\n\0]/.test(input.userName ?? '') || /[\r\n\0]/.test(input.password ?? ''))
    return invalid(t('failure.invalid.control'));
  // The last line of defence for the plaintext acknowledgement: every caller (window, Test all, CLI)
  // must say that the user accepted it, or no login is attempted on an unencrypted option at all.
  if (wouldLogIn(input) && plaintextConsentMissing(encryption, input.plaintextPasswordAllowed))
    return failure(
      'INVALID_SETTINGS',
      t('failure.plaintextNotConfirmed.message', { encryption: encryptionLabel(encryption) }),
      t('failure.plaintextNotConfirmed.hint'),
    );
  if (input.caPem !== undefined) {
    try {
      tls.createSecureContext({ ca: input.caPem });
    } catch {
      return invalid(t('failure.invalid.caFile'));
    }
  }
  if (input.timeoutMs !== undefined && !(input.timeoutMs > 0))
    return invalid(t('failure.invalid.timeout', { timeout: input.timeoutMs }));
  return undefined;
}

/** A user name makes imapflow log in (LOGIN or AUTHENTICATE); without one the test stops after the greeting. */
function wouldLogIn(input: ConnectionTestInput): boolean {
  return input.userName !== undefined || (input.password ?? '') !== '';
}
