import { effectiveLogin, type ConnectionSettings } from '../../../shared/account';
import type { ConnectionTestInput } from './run-connection-test';

/** A connection test of saved or typed settings: the login the server sees, its trust, its folders. */
export function testInputOf(
  settings: ConnectionSettings,
  password: string,
  extras: Pick<ConnectionTestInput, 'signal' | 'timeoutMs' | 'createMissingFolders'> = {},
): ConnectionTestInput {
  return {
    settings,
    userName: effectiveLogin(settings),
    password,
    ...(settings.trustedFingerprint ? { pinnedSha256: settings.trustedFingerprint } : {}),
    ...(settings.caCertificatePem ? { caPem: settings.caCertificatePem } : {}),
    processingFolders: { successFolder: settings.successFolder, failedFolder: settings.failedFolder },
    ...Object.fromEntries(Object.entries(extras).filter(([, value]) => value !== undefined)),
  };
}
