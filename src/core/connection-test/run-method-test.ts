import { performance } from 'node:perf_hooks';
import type { ConnectionSettings } from '../../shared/account';
import {
  DEFAULT_TEST_TIMEOUT_MS,
  GRAPH_STAGE_NAMES,
  IMAP_STAGE_NAMES,
  type ConnectionTestReport,
  type StageName,
} from '../../shared/connection-test';
import { isEncrypted } from '../../shared/encryption';
import { message } from '../../shared/i18n/message';
import { resourceOf } from '../../shared/microsoft-clouds';
import { appCredentialOf } from '../accounts/account-secret';
import type { GraphTestInput } from '../graph/graph-test-input';
import { runGraphTest } from '../graph/run-graph-test';
import type { AppTokenInput } from '../oauth/app-token-input';
import { runTokenStage } from '../oauth/token-stage';
import { EXCHANGE_ONLINE_AUDIENCES } from './access-token-facts';
import { failure } from './failure';
import { runConnectionTest, type ConnectionTestInput } from './run-connection-test';
import { testInputOf } from './test-input';

/** One test of an account's settings by its method, with the account's secret as stored or typed. */
export interface MethodTestInput {
  settings: ConnectionSettings;
  /** The password (imap), the client secret, or the PEM with private key and certificate (the Microsoft 365 methods). */
  secret: string;
  signal?: AbortSignal;
  timeoutMs?: number;
  createMissingFolders?: boolean;
  onStage?: (stage: StageName) => void;
}

/** The tests a method test is made of: the real ones, or (in tests) ones narrowed to a server's ports. */
export interface MethodTestPorts {
  runConnectionTest: (input: ConnectionTestInput) => Promise<ConnectionTestReport>;
  runGraphTest: (input: GraphTestInput) => Promise<ConnectionTestReport>;
}

export const REAL_METHOD_TEST_PORTS: MethodTestPorts = { runConnectionTest, runGraphTest };

/** Graph's base URL from the account's server and port: the port only when it is not HTTPS's own. */
export function graphBaseUrlOf(settings: Pick<ConnectionSettings, 'server' | 'port'>): string {
  const host = settings.server.includes(':') ? `[${settings.server}]` : settings.server;
  return `https://${host}${settings.port === 443 ? '' : `:${settings.port}`}`;
}

/** The token request of an account: its app registration, its secret, and its CA file trusted for Entra ID too. */
export function tokenInputOf(input: MethodTestInput, timeoutMs: number): AppTokenInput {
  const { settings } = input;
  return {
    authorityHost: settings.authorityHost ?? '',
    tenant: settings.tenant ?? '',
    clientId: settings.clientId ?? '',
    credential: appCredentialOf(settings, input.secret),
    // The token is for the server the account names, so a sovereign cloud's host (or a test's) gets its own.
    resource: resourceOf(settings.server),
    // An inspecting proxy's CA, given for the server, sits in front of Entra ID as well.
    ...(settings.caCertificatePem ? { trust: { caPems: [settings.caCertificatePem] } } : {}),
    ...(input.signal ? { signal: input.signal } : {}),
    timeoutMs,
  };
}

/** What is left of a timeout that started at `startedAt`: at least a millisecond, so a spent one times out at once. */
export function remainingMs(timeoutMs: number, startedAt: number, now = performance.now()): number {
  return Math.max(1, Math.round(timeoutMs - (now - startedAt)));
}

function extrasOf(
  input: MethodTestInput,
): Pick<ConnectionTestInput, 'signal' | 'timeoutMs' | 'createMissingFolders' | 'onStage'> {
  return {
    ...(input.signal ? { signal: input.signal } : {}),
    ...(input.timeoutMs ? { timeoutMs: input.timeoutMs } : {}),
    ...(input.createMissingFolders ? { createMissingFolders: true } : {}),
    ...(input.onStage ? { onStage: input.onStage } : {}),
  };
}

/**
 * The connection test of an account by its method: IMAP with the password as always; for IMAP with
 * OAuth 2.0 and Microsoft Graph first the `token` stage (Entra ID, the app registration, the secret
 * or certificate), then the IMAP or Graph stages with that token. A refused token ends the test with
 * its code and hint; the stages after it are reported as skipped. The secret goes to Entra ID only,
 * the token to the server only; neither is in the report (the caller's masking is the last check).
 */
export async function runMethodTest(
  input: MethodTestInput,
  ports: MethodTestPorts = REAL_METHOD_TEST_PORTS,
): Promise<ConnectionTestReport> {
  const { settings } = input;
  if (settings.method === 'imap') return ports.runConnectionTest(testInputOf(settings, input.secret, extrasOf(input)));

  const startedAt = performance.now();
  const timeoutMs = input.timeoutMs ?? DEFAULT_TEST_TIMEOUT_MS;
  const method = settings.method;
  const later: readonly StageName[] = method === 'graph' ? GRAPH_STAGE_NAMES : IMAP_STAGE_NAMES;
  // A token is a credential for an hour: IMAP must not carry it unencrypted, acknowledged or not.
  if (method === 'imap-oauth' && !isEncrypted(settings.encryption)) {
    const invalid = message('stage.invalidSettings');
    return {
      ok: false,
      error: failure(
        'INVALID_SETTINGS',
        message('validation.encryption.appRegistration'),
        message('failure.invalid.hint'),
      ),
      stages: ['token' as const, ...later].map((name) => ({
        name,
        status: 'skipped' as const,
        ms: 0,
        detail: invalid,
      })),
      durationMs: 0,
    };
  }
  const token = await runTokenStage(tokenInputOf(input, timeoutMs), method, input.onStage);
  if (!token.ok) {
    const notStarted = message('stage.noToken');
    return {
      ok: false,
      error: token.error,
      stages: [token.stage, ...later.map((name) => ({ name, status: 'skipped' as const, ms: 0, detail: notStarted }))],
      token: token.detail,
      durationMs: Math.round(performance.now() - startedAt),
    };
  }
  const { accessToken } = token.token;
  const resource = resourceOf(settings.server);
  // One deadline for the whole test: the server's stages get what the token left of the timeout.
  const afterToken = { ...extrasOf(input), timeoutMs: remainingMs(timeoutMs, startedAt) };
  const rest =
    method === 'graph'
      ? await ports.runGraphTest({
          accessToken,
          mailbox: settings.userName,
          baseUrl: graphBaseUrlOf(settings),
          resource,
          ...(settings.clientId ? { clientId: settings.clientId } : {}),
          ...(settings.caCertificatePem ? { caPem: settings.caCertificatePem } : {}),
          validateSsl: settings.validateSsl,
          ...(settings.trustedFingerprint ? { pinnedSha256: settings.trustedFingerprint } : {}),
          processingFolders: { successFolder: settings.successFolder, failedFolder: settings.failedFolder },
          ...afterToken,
        })
      : await ports.runConnectionTest({
          ...testInputOf(settings, { accessToken }, afterToken),
          // A sovereign cloud's (or a test's) IMAP host accepts tokens for itself; Exchange Online's names stay valid.
          acceptedAudiences: [...new Set([resource, ...EXCHANGE_ONLINE_AUDIENCES])],
        });
  return {
    ...rest,
    stages: [token.stage, ...rest.stages],
    token: token.detail,
    durationMs: Math.round(performance.now() - startedAt),
  };
}
