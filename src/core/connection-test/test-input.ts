import { effectiveLogin, type ConnectionSettings } from '../../shared/account';
import type { ConnectionTestInput } from './run-connection-test';

/**
 * A connection test of saved or typed settings: the login the server sees, its trust, its folders,
 * and whether the password may travel unencrypted (the account's acknowledgement, unless the caller
 * decides otherwise: the CLI's flag).
 */
export function testInputOf(
  settings: ConnectionSettings,
  password: string,
  extras: Pick<
    ConnectionTestInput,
    'signal' | 'timeoutMs' | 'createMissingFolders' | 'plaintextPasswordAllowed' | 'onStage'
  > = {},
): ConnectionTestInput {
  return {
    settings,
    userName: effectiveLogin(settings),
    password,
    plaintextPasswordAllowed: settings.insecureAcknowledged,
    ...(settings.trustedFingerprint ? { pinnedSha256: settings.trustedFingerprint } : {}),
    ...(settings.caCertificatePem ? { caPem: settings.caCertificatePem } : {}),
    processingFolders: { successFolder: settings.successFolder, failedFolder: settings.failedFolder },
    ...Object.fromEntries(Object.entries(extras).filter(([, value]) => value !== undefined)),
  };
}
