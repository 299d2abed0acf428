import type { TestFailure } from '../../shared/connection-test';
import { message, literal } from '../../shared/i18n/message';
import { failure } from '../connection-test/failure';
import type { TransportFailure } from './authority-network-client';

export interface TokenFailureContext {
  /** https://login.microsoftonline.com, as the messages name it. */
  authority: string;
  /** The authority's host, for DNS messages. */
  authorityHost: string;
  tenant: string;
  clientId: string;
  /** Hex SHA-1 of the app certificate (the portal's Thumbprint column), when the credential is one. */
  thumbprint?: string;
  timeoutMs: number;
  cancelled: boolean;
  transport: TransportFailure | undefined;
  /** The credential mask: Entra ID's text is masked before it is cut, so no piece of a secret survives the cut. */
  maskText: (text: string) => string;
}

/** The AADSTS number Entra ID answered: MSAL keeps the first of `error_codes` as `errorNo`, else the text names it. */
export function aadstsCodeOf(error: unknown): number | undefined {
  const err = (typeof error === 'object' && error !== null ? error : {}) as {
    errorNo?: unknown;
    errorMessage?: unknown;
    message?: unknown;
  };
  const errorNo =
    typeof err.errorNo === 'number' ? err.errorNo : typeof err.errorNo === 'string' ? Number(err.errorNo) : NaN;
  if (Number.isInteger(errorNo) && errorNo > 0) return errorNo;
  const text = [err.errorMessage, err.message].filter((part) => typeof part === 'string').join(' ');
  const match = /AADSTS(\d+)/.exec(text);
  return match ? Number(match[1]) : undefined;
}

/** Entra ID's own words for the rest (its error_description, masked, then trimmed), or MSAL's error code. */
function reasonOf(error: unknown, maskText: (text: string) => string): string {
  const err = (typeof error === 'object' && error !== null ? error : {}) as {
    errorMessage?: unknown;
    errorCode?: unknown;
    message?: unknown;
  };
  const text =
    typeof err.errorMessage === 'string' && err.errorMessage
      ? err.errorMessage
      : typeof err.message === 'string'
        ? err.message
        : String(error);
  // Entra ID appends "Trace ID: … Correlation ID: … Timestamp: …": useful to support, noise in a hint.
  return maskText(text)
    .split(/\r?\n|\s+Trace ID:/)[0]!
    .slice(0, 500);
}

// Node's codes for a certificate the client cannot trust (a TLS-inspecting proxy's, or a wrong CA).
const UNTRUSTED = new Set([
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'UNABLE_TO_GET_ISSUER_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'CERT_UNTRUSTED',
  'CERT_SIGNATURE_FAILURE',
]);

function transportFailure(context: TokenFailureContext, transport: TransportFailure): TestFailure {
  const { authority, authorityHost } = context;
  const network = message('oauth.authority.network.hint', { authority });
  const code = transport.code;
  if (code === 'ENOTFOUND' || code === 'EAI_NONAME' || code === 'ENODATA')
    return failure('DNS_NOT_FOUND', message('failure.dnsNotFound.message', { server: authorityHost }), network);
  if (code === 'EAI_AGAIN')
    return failure('DNS_NOT_FOUND', message('failure.dnsNoServer.message', { server: authorityHost, code }), network);
  if (code === 'ECONNREFUSED')
    return failure('CONNECTION_REFUSED', message('oauth.authority.unreachable.message', { authority, code }), network);
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL')
    return failure('HOST_UNREACHABLE', message('oauth.authority.unreachable.message', { authority, code }), network);
  if (code === 'ETIMEDOUT')
    return failure('CONNECTION_TIMEOUT', message('oauth.authority.unreachable.message', { authority, code }), network);
  const tls = message('oauth.authority.tls.message', { authority, code });
  const tlsHint = message('oauth.authority.tls.hint', { authority });
  if (UNTRUSTED.has(code)) return failure('TLS_CERT_UNTRUSTED', tls, tlsHint);
  if (code === 'CERT_HAS_EXPIRED' || code === 'CERT_NOT_YET_VALID') return failure('TLS_CERT_EXPIRED', tls, tlsHint);
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return failure('TLS_HOSTNAME_MISMATCH', tls, tlsHint);
  if (code.startsWith('ERR_SSL') || code === 'EPROTO') return failure('TLS_HANDSHAKE_FAILED', tls, network);
  if (code === 'ECONNRESET' || code === 'EPIPE')
    return failure('CONNECTION_CLOSED', message('oauth.authority.unreachable.message', { authority, code }), network);
  return failure(
    'OAUTH_TOKEN_FAILED',
    message('oauth.tokenFailed.message', { clientId: context.clientId, tenant: context.tenant, reason: literal(code) }),
    message('oauth.tokenFailed.hint'),
  );
}

export function tokenTimeout(context: TokenFailureContext): TestFailure {
  return failure(
    'CONNECTION_TIMEOUT',
    message('oauth.authority.timeout.message', {
      authority: context.authority,
      seconds: Math.round(context.timeoutMs / 1000),
    }),
    message('oauth.authority.network.hint', { authority: context.authority }),
  );
}

/**
 * What went wrong getting the token, for an Entra ID admin: Entra ID's AADSTS code first (it names
 * the blade to open), then why the authority could not be reached. Hints carry the account's values.
 */
export function classifyTokenError(error: unknown, context: TokenFailureContext): TestFailure {
  if (context.cancelled)
    return failure('CANCELLED', message('failure.cancelled.message'), message('failure.cancelled.hint'));
  const { tenant, clientId } = context;
  const thumbprint = context.thumbprint ?? '';
  switch (aadstsCodeOf(error)) {
    case 90002: // Tenant '…' not found.
      return failure(
        'OAUTH_TENANT_NOT_FOUND',
        message('oauth.tenantNotFound.message', { tenant, authority: context.authority }),
        message('oauth.tenantNotFound.hint'),
      );
    case 700016: // Application with identifier '…' was not found in the directory '…'.
      return failure(
        'OAUTH_APP_NOT_FOUND',
        message('oauth.appNotFound.message', { clientId, tenant }),
        message('oauth.appNotFound.hint'),
      );
    case 7000215: // Invalid client secret provided.
      return failure(
        'OAUTH_SECRET_INVALID',
        message('oauth.secretInvalid.message', { clientId }),
        message('oauth.secretInvalid.hint', { clientId }),
      );
    case 7000222: // The provided client secret keys for app '…' are expired.
      return failure(
        'OAUTH_SECRET_EXPIRED',
        message('oauth.secretExpired.message', { clientId }),
        message('oauth.secretExpired.hint', { clientId }),
      );
    case 700027: // Client assertion contains an invalid signature (the key was not found / did not verify).
      return failure(
        'OAUTH_CERT_NOT_REGISTERED',
        message('oauth.certNotRegistered.message', { clientId, thumbprint }),
        message('oauth.certNotRegistered.hint', { clientId }),
      );
    case 1000502: // The certificate … is outside its validity window (expired in the app registration).
      return failure(
        'OAUTH_CERT_EXPIRED',
        message('oauth.certExpired.message', { clientId, thumbprint }),
        message('oauth.certExpired.hint', { clientId }),
      );
    case undefined:
      if (context.transport?.code === 'ABORTED') return tokenTimeout(context);
      if (context.transport) return transportFailure(context, context.transport);
  }
  return failure(
    'OAUTH_TOKEN_FAILED',
    message('oauth.tokenFailed.message', { clientId, tenant, reason: literal(reasonOf(error, context.maskText)) }),
    message('oauth.tokenFailed.hint'),
  );
}
