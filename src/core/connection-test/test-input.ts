import { effectiveLogin, type ConnectionSettings } from '../../shared/account';
import type { ConnectionTestInput } from './run-connection-test';

/** IMAP with OAuth 2.0: an access token, already acquired, signs the mailbox in instead of a password. */
export interface AccessTokenCredential {
  accessToken: string;
}

/**
 * A connection test of saved or typed settings: the login the server sees, its trust, its folders,
 * and whether the password (or token) may travel unencrypted (the account's acknowledgement, unless
 * the caller decides otherwise: the CLI's flag).
 */
export function testInputOf(
  settings: ConnectionSettings,
  credential: string | AccessTokenCredential,
  extras: Pick<
    ConnectionTestInput,
    'signal' | 'timeoutMs' | 'createMissingFolders' | 'plaintextPasswordAllowed' | 'onStage'
  > = {},
): ConnectionTestInput {
  return {
    settings,
    userName: effectiveLogin(settings),
    ...(typeof credential === 'string' ? { password: credential } : { accessToken: credential.accessToken }),
    plaintextPasswordAllowed: settings.insecureAcknowledged,
    ...(settings.trustedFingerprint ? { pinnedSha256: settings.trustedFingerprint } : {}),
    ...(settings.caCertificatePem ? { caPem: settings.caCertificatePem } : {}),
    processingFolders: { successFolder: settings.successFolder, failedFolder: settings.failedFolder },
    ...Object.fromEntries(Object.entries(extras).filter(([, value]) => value !== undefined)),
  };
}
