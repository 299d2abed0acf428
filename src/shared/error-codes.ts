/** The fixed list of connection-test failure codes (DESIGN.md §4). */
export const ERROR_CODES = [
  'INVALID_SETTINGS',
  'DNS_NOT_FOUND',
  'CONNECTION_REFUSED',
  'CONNECTION_TIMEOUT',
  'HOST_UNREACHABLE',
  'TLS_HANDSHAKE_FAILED',
  'TLS_CERT_UNTRUSTED',
  'TLS_CERT_EXPIRED',
  'TLS_HOSTNAME_MISMATCH',
  'TLS_CERT_CHANGED',
  'NOT_IMAP',
  'GREETING_TIMEOUT',
  'SERVER_BYE',
  'STARTTLS_UNAVAILABLE',
  'LOGIN_DISABLED',
  'AUTH_FAILED',
  'MAILBOX_UNAVAILABLE',
  'CONNECTION_CLOSED',
  'CANCELLED',
  'UNKNOWN',
  // Issue 16: IMAP with OAuth 2.0 (XOAUTH2): the token refused, and Exchange Online's two refusals of a token it accepted
  'OAUTH_TOKEN_REJECTED',
  'OAUTH_IMAP_NOT_AUTHORIZED',
  'OAUTH_MAILBOX_NO_ACCESS',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];
