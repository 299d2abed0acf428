import type { StageName } from './connection-test';
import type { ErrorCode } from './error-codes';
import type { MessageKey } from './i18n/en';

/**
 * Words for the codes of a test report. People read the title ("The server refused the
 * connection"), the badge ("Refused") and the stage's name ("Sign-in"); the code itself stays
 * a secondary detail for support tickets. Records over the code and stage lists, so a new code
 * or stage does not compile until it has its words.
 */
export const FAILURE_TITLE_KEYS: Readonly<Record<ErrorCode, MessageKey>> = {
  INVALID_SETTINGS: 'failureTitle.invalidSettings',
  DNS_NOT_FOUND: 'failureTitle.dnsNotFound',
  CONNECTION_REFUSED: 'failureTitle.connectionRefused',
  CONNECTION_TIMEOUT: 'failureTitle.connectionTimeout',
  HOST_UNREACHABLE: 'failureTitle.hostUnreachable',
  TLS_HANDSHAKE_FAILED: 'failureTitle.tlsHandshakeFailed',
  TLS_CERT_UNTRUSTED: 'failureTitle.tlsCertUntrusted',
  TLS_CERT_EXPIRED: 'failureTitle.tlsCertExpired',
  TLS_HOSTNAME_MISMATCH: 'failureTitle.tlsHostnameMismatch',
  TLS_CERT_CHANGED: 'failureTitle.tlsCertChanged',
  NOT_IMAP: 'failureTitle.notImap',
  GREETING_TIMEOUT: 'failureTitle.greetingTimeout',
  SERVER_BYE: 'failureTitle.serverBye',
  STARTTLS_UNAVAILABLE: 'failureTitle.starttlsUnavailable',
  LOGIN_DISABLED: 'failureTitle.loginDisabled',
  AUTH_FAILED: 'failureTitle.authFailed',
  MAILBOX_UNAVAILABLE: 'failureTitle.mailboxUnavailable',
  CONNECTION_CLOSED: 'failureTitle.connectionClosed',
  CANCELLED: 'failureTitle.cancelled',
  UNKNOWN: 'failureTitle.unknown',
  OAUTH_TENANT_NOT_FOUND: 'failureTitle.oauthTenantNotFound',
  OAUTH_APP_NOT_FOUND: 'failureTitle.oauthAppNotFound',
  OAUTH_SECRET_INVALID: 'failureTitle.oauthSecretInvalid',
  OAUTH_SECRET_EXPIRED: 'failureTitle.oauthSecretExpired',
  OAUTH_CERT_NOT_REGISTERED: 'failureTitle.oauthCertNotRegistered',
  OAUTH_CERT_EXPIRED: 'failureTitle.oauthCertExpired',
  OAUTH_TOKEN_FAILED: 'failureTitle.oauthTokenFailed',
  OAUTH_TOKEN_REJECTED: 'failureTitle.oauthTokenRejected',
  OAUTH_IMAP_NOT_AUTHORIZED: 'failureTitle.oauthImapNotAuthorized',
  OAUTH_MAILBOX_NO_ACCESS: 'failureTitle.oauthMailboxNoAccess',
  GRAPH_TOKEN_REJECTED: 'failureTitle.graphTokenRejected',
  GRAPH_PERMISSION_MISSING: 'failureTitle.graphPermissionMissing',
  GRAPH_MAILBOX_NOT_IN_SCOPE: 'failureTitle.graphMailboxNotInScope',
  GRAPH_MAILBOX_NOT_FOUND: 'failureTitle.graphMailboxNotFound',
  GRAPH_THROTTLED: 'failureTitle.graphThrottled',
  GRAPH_UNEXPECTED_RESPONSE: 'failureTitle.graphUnexpectedResponse',
};

/** A few words per code, for the account list's and the overview's badges. */
export const FAILURE_BADGE_KEYS: Readonly<Record<ErrorCode, MessageKey>> = {
  INVALID_SETTINGS: 'failureBadge.invalidSettings',
  DNS_NOT_FOUND: 'failureBadge.dnsNotFound',
  CONNECTION_REFUSED: 'failureBadge.connectionRefused',
  CONNECTION_TIMEOUT: 'failureBadge.connectionTimeout',
  HOST_UNREACHABLE: 'failureBadge.hostUnreachable',
  TLS_HANDSHAKE_FAILED: 'failureBadge.tlsHandshakeFailed',
  TLS_CERT_UNTRUSTED: 'failureBadge.tlsCertUntrusted',
  TLS_CERT_EXPIRED: 'failureBadge.tlsCertExpired',
  TLS_HOSTNAME_MISMATCH: 'failureBadge.tlsHostnameMismatch',
  TLS_CERT_CHANGED: 'failureBadge.tlsCertChanged',
  NOT_IMAP: 'failureBadge.notImap',
  GREETING_TIMEOUT: 'failureBadge.greetingTimeout',
  SERVER_BYE: 'failureBadge.serverBye',
  STARTTLS_UNAVAILABLE: 'failureBadge.starttlsUnavailable',
  LOGIN_DISABLED: 'failureBadge.loginDisabled',
  AUTH_FAILED: 'failureBadge.authFailed',
  MAILBOX_UNAVAILABLE: 'failureBadge.mailboxUnavailable',
  CONNECTION_CLOSED: 'failureBadge.connectionClosed',
  CANCELLED: 'failureBadge.cancelled',
  UNKNOWN: 'failureBadge.unknown',
  OAUTH_TENANT_NOT_FOUND: 'failureBadge.oauthTenantNotFound',
  OAUTH_APP_NOT_FOUND: 'failureBadge.oauthAppNotFound',
  OAUTH_SECRET_INVALID: 'failureBadge.oauthSecretInvalid',
  OAUTH_SECRET_EXPIRED: 'failureBadge.oauthSecretExpired',
  OAUTH_CERT_NOT_REGISTERED: 'failureBadge.oauthCertNotRegistered',
  OAUTH_CERT_EXPIRED: 'failureBadge.oauthCertExpired',
  OAUTH_TOKEN_FAILED: 'failureBadge.oauthTokenFailed',
  OAUTH_TOKEN_REJECTED: 'failureBadge.oauthTokenRejected',
  OAUTH_IMAP_NOT_AUTHORIZED: 'failureBadge.oauthImapNotAuthorized',
  OAUTH_MAILBOX_NO_ACCESS: 'failureBadge.oauthMailboxNoAccess',
  GRAPH_TOKEN_REJECTED: 'failureBadge.graphTokenRejected',
  GRAPH_PERMISSION_MISSING: 'failureBadge.graphPermissionMissing',
  GRAPH_MAILBOX_NOT_IN_SCOPE: 'failureBadge.graphMailboxNotInScope',
  GRAPH_MAILBOX_NOT_FOUND: 'failureBadge.graphMailboxNotFound',
  GRAPH_THROTTLED: 'failureBadge.graphThrottled',
  GRAPH_UNEXPECTED_RESPONSE: 'failureBadge.graphUnexpectedResponse',
};

/** A stage's name as a heading: "Sign-in", "Anmeldung". */
export const STAGE_TITLE_KEYS: Readonly<Record<StageName, MessageKey>> = {
  token: 'stageTitle.token',
  dns: 'stageTitle.dns',
  tcp: 'stageTitle.tcp',
  tls: 'stageTitle.tls',
  greeting: 'stageTitle.greeting',
  starttls: 'stageTitle.starttls',
  auth: 'stageTitle.auth',
  mailbox: 'stageTitle.mailbox',
  logout: 'stageTitle.logout',
  graph: 'stageTitle.graph',
};

/**
 * A stage as "… during {stage}" names it: German needs the genitive with its article
 * ("während der Anmeldung"), so this is a phrase of its own, not the title.
 */
export const STAGE_DURING_KEYS: Readonly<Record<StageName, MessageKey>> = {
  token: 'stageDuring.token',
  dns: 'stageDuring.dns',
  tcp: 'stageDuring.tcp',
  tls: 'stageDuring.tls',
  greeting: 'stageDuring.greeting',
  starttls: 'stageDuring.starttls',
  auth: 'stageDuring.auth',
  mailbox: 'stageDuring.mailbox',
  logout: 'stageDuring.logout',
  graph: 'stageDuring.graph',
};

function isKnownCode(code: string): code is ErrorCode {
  return Object.hasOwn(FAILURE_TITLE_KEYS, code);
}

/** The headline of a failure; a code this version does not know (saved by a newer one) reads "The test failed". */
export function failureTitleKey(code: string | undefined): MessageKey {
  return code !== undefined && isKnownCode(code) ? FAILURE_TITLE_KEYS[code] : FAILURE_TITLE_KEYS.UNKNOWN;
}

/** The badge of a failed last test; unknown or missing codes read "Failed". */
export function failureBadgeKey(code: string | undefined): MessageKey {
  return code !== undefined && isKnownCode(code) ? FAILURE_BADGE_KEYS[code] : FAILURE_BADGE_KEYS.UNKNOWN;
}
