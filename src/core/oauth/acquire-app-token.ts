import { ConfidentialClientApplication, LogLevel, type Configuration } from '@azure/msal-node';
import type { TestFailure, TokenReport } from '../../shared/connection-test';
import { failure } from '../connection-test/failure';
import { message } from '../../shared/i18n/message';
import { authorityAddressOf, invalidTokenInput, resourceOrigin, type AppTokenInput } from './app-token-input';
import { authorityNetworkClient } from './authority-network-client';
import { classifyTokenError, tokenTimeout, type TokenFailureContext } from './classify-token-error';
import { readClientCertificate, type ClientCertificate } from './client-certificate';
import { credentialMask } from './credential-mask';
import { msalAuthorityOptions } from './msal-authority';
import { decodeTokenClaims, type TokenClaims } from './token-claims';

/** Who asked whom: what the token stage shows whether or not a token came back. */
/** Who asked whom for which resource: the shared report's token findings without claims and warnings. */
export type TokenRequestInfo = Omit<TokenReport, 'claims' | 'warnings'>;

export interface AppToken {
  /** For imapflow's `auth.accessToken` and Graph's bearer header only: never into a report or a log. */
  accessToken: string;
  /** ISO 8601, from MSAL (expires_in). */
  expiresOn: string;
  /** Decoded payload, when the token is a JWT. */
  claims?: TokenClaims;
}

export type AppTokenOutcome =
  { ok: true; token: AppToken; info: TokenRequestInfo } | { ok: false; failure: TestFailure; info: TokenRequestInfo };

const SILENT_LOGGER = {
  // MSAL's log lines may carry the request; nothing of them is kept.
  loggerCallback: () => undefined,
  piiLoggingEnabled: false,
  logLevel: LogLevel.Error,
};

const DEADLINE = Symbol('deadline');

/**
 * One app-only token from Entra ID (client credentials, scope `<resource>/.default`) with MSAL. A new
 * MSAL application each call: no token, assertion or throttling state is kept between calls or accounts.
 * Expected failures come back as values with a code; every text in them has passed the credential mask.
 */
export async function acquireAppToken(input: AppTokenInput): Promise<AppTokenOutcome> {
  const mask = credentialMask(input.credential);
  const address = authorityAddressOf(input.authorityHost, input.tenant);
  const info: TokenRequestInfo = {
    authority: address?.authority ?? input.authorityHost,
    tenant: input.tenant,
    clientId: input.clientId,
    credential: input.credential.kind === 'secret' ? 'secret' : 'certificate',
    resource: resourceOrigin(input.resource) ?? input.resource,
    requested: [],
  };
  const refuse = (reason: TestFailure): AppTokenOutcome => ({
    ok: false,
    failure: { code: reason.code, message: mask.message(reason.message), hint: mask.message(reason.hint) },
    info: { ...info, authority: mask.text(info.authority) },
  });

  const invalid = invalidTokenInput(input);
  if (invalid || !address)
    return refuse(failure('INVALID_SETTINGS', invalid ?? message('oauth.invalid.hint'), message('oauth.invalid.hint')));
  let certificate: ClientCertificate | undefined;
  if (input.credential.kind !== 'secret') {
    const read = readClientCertificate(input.credential);
    if (!read.ok) return refuse(failure('INVALID_SETTINGS', read.problem, message('oauth.invalid.hint')));
    certificate = read.certificate;
    info.thumbprintSha256 = certificate.thumbprintSha256;
    info.thumbprintSha1 = certificate.thumbprintSha1;
  }

  const deadline = AbortSignal.timeout(input.timeoutMs);
  const signal = input.signal ? AbortSignal.any([input.signal, deadline]) : deadline;
  const network = authorityNetworkClient({ origin: address.origin, caPems: input.trust?.caPems ?? [], signal });
  info.requested = network.requested;
  const context = (): TokenFailureContext => ({
    authority: address.origin,
    authorityHost: new URL(address.origin).hostname,
    tenant: input.tenant,
    clientId: input.clientId,
    ...(certificate ? { thumbprint: certificate.thumbprintSha1 } : {}),
    timeoutMs: input.timeoutMs,
    cancelled: input.signal?.aborted === true,
    transport: network.lastFailure(),
    maskText: mask.text,
  });
  if (input.signal?.aborted) return refuse(classifyTokenError(undefined, context()));

  const configuration: Configuration = {
    auth: {
      clientId: input.clientId,
      ...msalAuthorityOptions(address),
      ...(input.credential.kind === 'secret'
        ? { clientSecret: input.credential.secret }
        : { clientCertificate: certificate }),
    },
    system: { networkClient: network, disableInternalRetries: true, loggerOptions: SILENT_LOGGER },
  };
  let onAbort: (() => void) | undefined;
  // MSAL has no signal of its own: the deadline also ends the wait for whatever MSAL does between requests.
  const stopped = new Promise<typeof DEADLINE>((resolve) => {
    onAbort = () => resolve(DEADLINE);
    if (signal.aborted) onAbort();
    else signal.addEventListener('abort', onAbort, { once: true });
  });
  try {
    const app = new ConfidentialClientApplication(configuration);
    const result = await Promise.race([
      app.acquireTokenByClientCredential({ scopes: [`${info.resource}/.default`], skipCache: true }),
      stopped,
    ]);
    if (result === DEADLINE) {
      const now = context();
      return refuse(now.cancelled ? classifyTokenError(undefined, now) : tokenTimeout(now));
    }
    if (!result?.accessToken) return refuse(classifyTokenError(new Error('no access token in the answer'), context()));
    const claims = decodeTokenClaims(result.accessToken);
    return {
      ok: true,
      token: {
        accessToken: result.accessToken,
        expiresOn: (result.expiresOn ?? new Date()).toISOString(),
        ...(claims ? { claims } : {}),
      },
      info,
    };
  } catch (error) {
    return refuse(classifyTokenError(error, context()));
  } finally {
    if (onAbort) signal.removeEventListener('abort', onAbort);
  }
}
