import tls from 'node:tls';
import { ENCRYPTIONS } from '../../../shared/encryption';
import type { TestFailure } from '../../../shared/connection-test';
import { serverAddressError } from '../../../shared/server-address';
import { failure } from './failure';
import type { ConnectionTestInput } from './run-connection-test';

const HINT = 'Correct the settings; nothing was sent to the network.';

/**
 * The service checks its own input too: the CLI, the IPC handlers and later callers may all reach
 * it, and a bad server or port must end the test before any socket opens.
 */
export function invalidSettings(input: ConnectionTestInput): TestFailure | undefined {
  const { server, port, encryption } = input.settings;
  const serverProblem = serverAddressError(server);
  if (serverProblem) return failure('INVALID_SETTINGS', `Server: ${serverProblem}`, HINT);
  if (!Number.isInteger(port) || port < 1 || port > 65535)
    return failure('INVALID_SETTINGS', `Port ${String(port)} is not a whole number between 1 and 65535.`, HINT);
  if (!(ENCRYPTIONS as readonly string[]).includes(encryption))
    return failure('INVALID_SETTINGS', `Unknown encryption "${String(encryption)}".`, HINT);
  if (/[\r\n\0]/.test(input.userName ?? '') || /[\r\n\0]/.test(input.password ?? ''))
    return failure('INVALID_SETTINGS', 'User name and password must not contain line breaks or NUL characters.', HINT);
  if (input.caPem !== undefined) {
    try {
      tls.createSecureContext({ ca: input.caPem });
    } catch {
      return failure('INVALID_SETTINGS', 'The CA file cannot be read as a PEM certificate.', HINT);
    }
  }
  if (input.timeoutMs !== undefined && !(input.timeoutMs > 0))
    return failure('INVALID_SETTINGS', `The timeout must be positive, not ${input.timeoutMs} ms.`, HINT);
  return undefined;
}
