import type { StageName, TestFailure } from '../../../shared/connection-test';
import { ConnectionTestFailure, failure } from './failure';

export interface FailureContext {
  stage: StageName | undefined;
  server: string;
  port: number;
  implicitTls: boolean;
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  authenticationFailed?: unknown;
  tlsFailed?: unknown;
  serverResponseCode?: unknown;
  responseText?: unknown;
}

const TLS_WRONG_PORT =
  /wrong version number|packet length too long|unknown protocol|http request|record layer failure/i;

/**
 * Turns whatever imapflow, Node or our own guards threw into one code with a message and a hint
 * written for an Exchange admin; the raw library text is never the only thing a user sees.
 */
export function classifyError(error: unknown, context: FailureContext): TestFailure {
  if (error instanceof ConnectionTestFailure) return error.failure;
  const err = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const code = typeof err.code === 'string' ? err.code : '';
  const text = typeof err.message === 'string' ? err.message : String(error);
  const where = `${context.server}:${context.port}`;

  if (code === 'EAI_AGAIN') {
    return failure(
      'DNS_NOT_FOUND',
      `The name ${context.server} could not be resolved: no DNS server answered (${code}).`,
      'This computer may be offline or outside the company network: connect the VPN or network, or enter the IP address.',
    );
  }
  if (code === 'ENOTFOUND' || code === 'ENODATA' || code === 'EAI_NONAME') {
    return failure(
      'DNS_NOT_FOUND',
      `The name ${context.server} does not exist in DNS.`,
      'Check the spelling; on an internal network use the name your DNS knows (FQDN), or the IP address.',
    );
  }
  if (code === 'ECONNREFUSED') {
    return failure(
      'CONNECTION_REFUSED',
      `${where} refused the connection: nothing listens on this port.`,
      context.port === 993
        ? 'On Exchange, start the "Microsoft Exchange IMAP4" and "IMAP4 Backend" services (Set-Service MSExchangeIMAP4 -StartupType Automatic), and check the firewall.'
        : 'Check the port; IMAP is usually 993 (SSL/TLS) or 143 (STARTTLS), and the IMAP4 service must be started.',
    );
  }
  if (code === 'EHOSTUNREACH' || code === 'ENETUNREACH' || code === 'EADDRNOTAVAIL') {
    return failure(
      'HOST_UNREACHABLE',
      `${context.server} cannot be reached from this computer (${code}).`,
      'Check the network connection, VPN and routing to the mail server.',
    );
  }
  if (code === 'ETIMEDOUT' || code === 'CONNECT_TIMEOUT') {
    return failure(
      'CONNECTION_TIMEOUT',
      `${where} did not answer in time.`,
      'A firewall may drop the connection silently: check that the port is open between this computer and the server.',
    );
  }
  if (code === 'GREETING_TIMEOUT') {
    return greetingTimeout(context);
  }
  if (err.authenticationFailed === true || err.serverResponseCode === 'AUTHENTICATIONFAILED') {
    if (/login is disabled/i.test(text)) {
      return failure(
        'LOGIN_DISABLED',
        'The server does not allow a login on an unencrypted connection (LOGINDISABLED); no password was sent.',
        'Use STARTTLS on port 143 or SSL on port 993.',
      );
    }
    return failure(
      'AUTH_FAILED',
      'The server rejected the user name or password.',
      'Exchange accepts user@domain (UPN), DOMAIN\\user, and DOMAIN\\user\\sharedAlias for a shared mailbox. Check the password, that IMAP is enabled for the mailbox (Set-CASMailbox -ImapEnabled $true) and that the account is not locked.',
    );
  }
  if (err.tlsFailed === true && /STARTTLS/i.test(text)) {
    return failure(
      'STARTTLS_UNAVAILABLE',
      `${where} does not offer STARTTLS, so no password was sent.`,
      'Choose SSL on port 993, or enable STARTTLS (an X.509 certificate for IMAP) on the server.',
    );
  }
  if (context.stage === 'tls' || context.stage === 'starttls' || code.startsWith('ERR_SSL') || code === 'EPROTO') {
    if (TLS_WRONG_PORT.test(text) || (context.stage === 'tls' && context.port === 143)) {
      return failure(
        'TLS_HANDSHAKE_FAILED',
        `The TLS handshake with ${where} failed: the port does not speak TLS from the first byte.`,
        'The option and the port disagree: use STARTTLS (or None) on 143, SSL or TLS on 993.',
      );
    }
    return failure(
      'TLS_HANDSHAKE_FAILED',
      `The TLS handshake with ${where} failed (${code || 'no details'}).`,
      'The server may only offer old TLS versions: try SSL instead of TLS, or enable TLS 1.2 on the server.',
    );
  }
  if (
    code === 'ECONNRESET' ||
    code === 'EPIPE' ||
    code === 'NoConnection' ||
    code === 'EConnectionClosed' ||
    // imapflow's codes for a socket closed before connect() finished (its message: "Unexpected close")
    code === 'ClosedAfterConnectTLS' ||
    code === 'ClosedAfterConnectText' ||
    /closed/i.test(text)
  ) {
    if (context.stage === 'greeting' && context.implicitTls === false && context.port === 993) {
      return failure(
        'CONNECTION_CLOSED',
        `${where} closed the connection before greeting.`,
        'The option and the port disagree: port 993 expects SSL or TLS.',
      );
    }
    return failure(
      'CONNECTION_CLOSED',
      `${where} closed the connection during ${context.stage ?? 'the test'}.`,
      "The server or a firewall ended the session: check the server's IMAP log and connection limits.",
    );
  }
  if (context.stage === 'mailbox') {
    return failure(
      'MAILBOX_UNAVAILABLE',
      `Signed in, but the mailbox could not be read: ${text.slice(0, 200)}`,
      'Check that the account has full access to the mailbox (Add-MailboxPermission) and that INBOX exists.',
    );
  }
  return failure(
    'UNKNOWN',
    `The test failed during ${context.stage ?? 'setup'}: ${text.slice(0, 200)}`,
    "Copy the diagnostics and check the server's IMAP log.",
  );
}

export function greetingTimeout(context: FailureContext): TestFailure {
  return failure(
    'GREETING_TIMEOUT',
    `${context.server}:${context.port} accepted the connection but sent no IMAP greeting.`,
    context.implicitTls
      ? 'Something other than IMAP may listen here, or the server is overloaded.'
      : 'If this port expects TLS from the first byte (usually 993), the option and the port disagree: choose SSL or TLS there.',
  );
}

export function connectionTimeout(context: FailureContext, timeoutMs: number): TestFailure {
  return failure(
    'CONNECTION_TIMEOUT',
    `No answer from ${context.server}:${context.port} within ${Math.round(timeoutMs / 1000)} s (during ${context.stage ?? 'connect'}).`,
    'A firewall may drop the connection silently, or the server stalls: check that the port is open and the IMAP service responsive.',
  );
}
