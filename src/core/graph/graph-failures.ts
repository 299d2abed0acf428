import type { ErrorCode } from '../../shared/error-codes';
import type { TestFailure } from '../../shared/connection-test';
import type { MessageKey } from '../../shared/i18n/en';
import { literal, message } from '../../shared/i18n/message';
import { classifyError, type FailureContext } from '../connection-test/classify-error';
import { failure } from '../connection-test/failure';
import { grantsMailRead, MAIL_READ_ROLES, type AccessTokenClaims } from './access-token-claims';
import { GraphHttpError, GraphUnexpectedResponse } from './graph-client';
import { GRAPH_APP_ID } from './graph-endpoint';
import { accessPolicyTestLine, rbacForApplicationsLine, type AppIds } from './powershell-lines';

export interface GraphFailureContext {
  mailbox: string;
  /** The token's claims, to tell why Graph refused (audience, expiry, roles). */
  claims: AccessTokenClaims | undefined;
  /** The resource the token must be for: `https://graph.microsoft.com` or a sovereign cloud's. */
  resource: string;
  ids: AppIds;
  network: FailureContext;
  now: Date;
}

/** Graph's words, as they came, bounded: shown next to ours, never instead of them. */
function reasonOf(error: GraphHttpError): string {
  const said = [error.graphCode, error.graphMessage].filter((part) => part.length > 0).join(': ');
  return (said || `HTTP ${error.status}`).slice(0, 300);
}

function acceptsAudience(audience: string, resource: string): boolean {
  const bare = resource.replace(/\/+$/, '');
  return audience === bare || audience === `${bare}/` || audience === GRAPH_APP_ID;
}

function tokenRejected(error: GraphHttpError, context: GraphFailureContext): TestFailure {
  const { claims, resource } = context;
  const hint = message('graph.failure.tokenRejected.hint', { resource: resource.replace(/\/+$/, '') });
  if (claims?.audience !== undefined && !acceptsAudience(claims.audience, resource))
    return failure(
      'GRAPH_TOKEN_REJECTED',
      message('graph.failure.tokenAudience.message', { audience: claims.audience, resource }),
      hint,
    );
  if (claims?.expiresAt !== undefined && claims.expiresAt * 1000 <= context.now.getTime())
    return failure(
      'GRAPH_TOKEN_REJECTED',
      message('graph.failure.tokenExpired.message', { expiredAt: new Date(claims.expiresAt * 1000).toISOString() }),
      hint,
    );
  return failure(
    'GRAPH_TOKEN_REJECTED',
    message('graph.failure.tokenRejected.message', { reason: reasonOf(error) }),
    hint,
  );
}

// Exchange Online's answer when an application access policy leaves the mailbox out ("[RAOP]").
const ACCESS_POLICY = /AccessPolicy|\[RAOP\]/i;

function accessDenied(error: GraphHttpError, context: GraphFailureContext): TestFailure {
  const { mailbox, ids, claims } = context;
  if (ACCESS_POLICY.test(error.graphMessage))
    return failure(
      'GRAPH_MAILBOX_NOT_IN_SCOPE',
      message('graph.failure.accessPolicy.message', { mailbox }),
      message('graph.failure.accessPolicy.hint', {
        test: accessPolicyTestLine(mailbox, ids),
        rbac: rbacForApplicationsLine(mailbox, ids),
      }),
    );
  // A tenant-wide Mail.Read grant reads every mailbox unless a policy excludes this one.
  if (grantsMailRead(claims))
    return failure(
      'GRAPH_MAILBOX_NOT_IN_SCOPE',
      message('graph.failure.notInScope.message', { mailbox, reason: reasonOf(error) }),
      message('graph.failure.accessPolicy.hint', {
        test: accessPolicyTestLine(mailbox, ids),
        rbac: rbacForApplicationsLine(mailbox, ids),
      }),
    );
  // Without the role in the token, Graph's answer is the same whether nothing was granted or an
  // RBAC for Applications assignment's scope leaves this mailbox out: the hint covers both.
  return failure(
    'GRAPH_PERMISSION_MISSING',
    message('graph.failure.permissionMissing.message', {
      mailbox,
      roles: claims && claims.roles.length > 0 ? claims.roles.join(', ') : message('graph.failure.noRoles'),
    }),
    message('graph.failure.permissionMissing.hint', {
      permission: MAIL_READ_ROLES[1],
      rbac: rbacForApplicationsLine(mailbox, ids),
    }),
  );
}

function mailboxNotFound(error: GraphHttpError, context: GraphFailureContext): TestFailure {
  if (error.graphCode === 'MailboxNotEnabledForRESTAPI')
    return failure(
      'GRAPH_MAILBOX_NOT_FOUND',
      message('graph.failure.mailboxNotInCloud.message', { mailbox: context.mailbox }),
      message('graph.failure.mailboxNotInCloud.hint'),
    );
  return failure(
    'GRAPH_MAILBOX_NOT_FOUND',
    message('graph.failure.mailboxNotFound.message', { mailbox: context.mailbox, reason: reasonOf(error) }),
    message('graph.failure.mailboxNotFound.hint', {
      tenant: context.claims?.tenantId ?? message('graph.failure.tenantUnknown'),
    }),
  );
}

/** The IMAP hints of these codes speak of IMAP ports and services; a Graph test gets its own. */
const NETWORK_HINTS: Partial<Record<ErrorCode, MessageKey>> = {
  CONNECTION_REFUSED: 'graph.failure.network.hint',
  CONNECTION_TIMEOUT: 'graph.failure.network.hint',
  CONNECTION_CLOSED: 'graph.failure.network.hint',
  HOST_UNREACHABLE: 'graph.failure.network.hint',
  TLS_HANDSHAKE_FAILED: 'graph.failure.tlsHandshake.hint',
  UNKNOWN: 'graph.failure.unknown.hint',
};

/** Graph's refusals by status and code; everything else (DNS, TCP, TLS) as the IMAP test words it. */
export function classifyGraphError(error: unknown, context: GraphFailureContext): TestFailure {
  if (error instanceof GraphHttpError) {
    if (error.status === 401) return tokenRejected(error, context);
    if (error.status === 403) return accessDenied(error, context);
    if (error.status === 404) return mailboxNotFound(error, context);
    if (error.status === 429 || error.status === 503)
      return failure(
        'GRAPH_THROTTLED',
        message('graph.failure.throttled.message', { seconds: error.retryAfterSeconds ?? 0 }),
        message('graph.failure.throttled.hint'),
      );
    return unexpected(error.status, literal(reasonOf(error)), context);
  }
  if (error instanceof GraphUnexpectedResponse) return unexpected(error.status, literal(error.reason), context);
  const classified = classifyError(error, context.network);
  const hint = NETWORK_HINTS[classified.code];
  return hint
    ? { ...classified, hint: message(hint, { host: context.network.server, port: context.network.port }) }
    : classified;
}

function unexpected(status: number, reason: ReturnType<typeof literal>, context: GraphFailureContext): TestFailure {
  return failure(
    'GRAPH_UNEXPECTED_RESPONSE',
    message('graph.failure.unexpected.message', { status, host: context.network.server, reason }),
    message('graph.failure.unexpected.hint'),
  );
}
