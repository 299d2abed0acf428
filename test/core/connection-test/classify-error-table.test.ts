import { describe, expect, it } from 'vitest';
import {
  classifyError,
  connectionTimeout,
  type FailureContext,
} from '../../../src/core/connection-test/classify-error';
import { ConnectionTestFailure } from '../../../src/core/connection-test/failure';
import type { StageName, TestFailure } from '../../../src/shared/connection-test';
import { literal } from '../../../src/shared/i18n/message';
import type { FailureText } from '../../../src/shared/report-text';
import { failureText } from '../../support/report-text';

// Every row pins code, message and hint exactly, with the English texts of src/shared/i18n/en.ts
// written out: a branch that picks the wrong key, drops a placeholder or falls through to a later
// branch changes at least one of the three.

const SERVER = 'mail.example.local';

function at(stage: StageName | undefined, port: number, implicitTls: boolean): FailureContext {
  return { stage, server: SERVER, port, implicitTls };
}

/** The shape Node gives socket and resolver errors: message, code, errno, syscall. */
function nodeError(message: string, code: string, errno: number, syscall: string): Error {
  return Object.assign(new Error(message), { code, errno, syscall });
}

/** The shape of imapflow's createImapError: message, code and extra properties. */
function imapError(message: string, code: string | undefined, props: Record<string, unknown> = {}): Error {
  return Object.assign(new Error(message), code === undefined ? {} : { code }, props);
}

const HINT = {
  tooMuchData:
    'A connection test needs far less: the server misbehaves, or this is not the mail server. Copy the diagnostics and check server and port.',
  dnsNoServer:
    'This computer may be offline or outside the company network: connect the VPN or network, or enter the IP address.',
  dnsNotFound: 'Check the spelling; on an internal network use the name your DNS knows (FQDN), or the IP address.',
  refused993:
    'On Exchange, start the "Microsoft Exchange IMAP4" and "IMAP4 Backend" services (Set-Service MSExchangeIMAP4 -StartupType Automatic), and check the firewall.',
  refused: 'Check the port; IMAP is usually 993 (SSL/TLS) or 143 (STARTTLS), and the IMAP4 service must be started.',
  unreachable: 'Check the network connection, VPN and routing to the mail server.',
  timeout:
    'A firewall may drop the connection silently: check that the port is open between this computer and the server.',
  deadline:
    'A firewall may drop the connection silently, or the server stalls: check that the port is open and the IMAP service responsive.',
  greetingTimeoutTls: 'Something other than IMAP may listen here, or the server is overloaded.',
  greetingTimeoutPlain:
    'If this port expects TLS from the first byte (usually 993), the option and the port disagree: choose SSL or TLS there.',
  loginDisabled: 'Use STARTTLS on port 143 or SSL on port 993.',
  authFailed:
    'Exchange accepts user@domain (UPN), DOMAIN\\user, and DOMAIN\\user\\sharedAlias for a shared mailbox. Check the password, that IMAP is enabled for the mailbox (Set-CASMailbox -ImapEnabled $true) and that the account is not locked.',
  starttlsMissing: 'Choose SSL on port 993, or enable STARTTLS (an X.509 certificate for IMAP) on the server.',
  starttlsRefused:
    'The server could not start TLS, often for want of a valid certificate for IMAP: on Exchange, assign one (Set-ImapSettings -X509CertificateName) and restart the IMAP4 services, or choose SSL on port 993.',
  tlsWrongPort: 'The option and the port disagree: use STARTTLS (or None) on 143, SSL or TLS on 993.',
  tlsHandshake: 'The server may only offer old TLS versions: try SSL instead of TLS, or enable TLS 1.2 on the server.',
  closedBeforeGreeting: 'The option and the port disagree: port 993 expects SSL or TLS.',
  closed: "The server or a firewall ended the session: check the server's IMAP log and connection limits.",
  mailbox: 'Check that the account has full access to the mailbox (Add-MailboxPermission) and that INBOX exists.',
  unknown: "Copy the diagnostics and check the server's IMAP log.",
} as const;

interface Row {
  name: string;
  error: unknown;
  context: FailureContext;
  expected: FailureText;
}

/** What Node raises when the peer resets the socket in the middle of a TLS handshake. */
function handshakeReset(): Error {
  return nodeError(
    'Client network socket disconnected before secure TLS connection was established',
    'ECONNRESET',
    -104,
    'read',
  );
}

const LONG_REASON = `NO [SERVERBUG] ${'x'.repeat(300)}`;

const ROWS: Row[] = [
  // imapflow's response limits
  {
    name: "imapflow's LiteralTooLarge names the announced size and the bound",
    error: imapError('Literal size 67108864 exceeds maximum allowed size of 1048576 bytes', 'LiteralTooLarge', {
      literalSize: 67108864,
      maxSize: 1048576,
    }),
    context: at('mailbox', 993, true),
    expected: {
      code: 'NOT_IMAP',
      message: 'The server announced a literal of 67108864 bytes; a connection test accepts at most 1048576.',
      hint: HINT.tooMuchData,
    },
  },
  {
    name: 'a LiteralTooLarge without sizes says "?" and 0 rather than "undefined"',
    error: imapError('Literal size exceeds the limit', 'LiteralTooLarge'),
    context: at('mailbox', 993, true),
    expected: {
      code: 'NOT_IMAP',
      message: 'The server announced a literal of ? bytes; a connection test accepts at most 0.',
      hint: HINT.tooMuchData,
    },
  },
  {
    name: "imapflow's ResponseTooLarge",
    error: imapError('Response size 70000 exceeds maximum allowed size of 65536 bytes', 'ResponseTooLarge', {
      responseSize: 70000,
      maxSize: 65536,
    }),
    context: at('mailbox', 993, true),
    expected: {
      code: 'NOT_IMAP',
      message: 'The server sent a single response larger than 65536 bytes.',
      hint: HINT.tooMuchData,
    },
  },
  {
    name: "imapflow's LineTooLarge",
    error: imapError('Line length 70000 exceeds maximum allowed size of 8192 bytes', 'LineTooLarge', {
      lineLength: 70000,
      maxSize: 8192,
    }),
    context: at('greeting', 143, false),
    expected: {
      code: 'NOT_IMAP',
      message: 'The server sent a line longer than 8192 bytes.',
      hint: HINT.tooMuchData,
    },
  },
  // DNS
  {
    name: 'EAI_AGAIN: no DNS server answered',
    error: nodeError(`getaddrinfo EAI_AGAIN ${SERVER}`, 'EAI_AGAIN', -3001, 'getaddrinfo'),
    context: at('dns', 993, true),
    expected: {
      code: 'DNS_NOT_FOUND',
      message: `The name ${SERVER} could not be resolved: no DNS server answered (EAI_AGAIN).`,
      hint: HINT.dnsNoServer,
    },
  },
  ...(['ENOTFOUND', 'ENODATA', 'EAI_NONAME'] as const).map((code): Row => ({
    name: `${code}: the name does not exist`,
    error: nodeError(`getaddrinfo ${code} ${SERVER}`, code, -3008, 'getaddrinfo'),
    context: at('dns', 993, true),
    expected: { code: 'DNS_NOT_FOUND', message: `The name ${SERVER} does not exist in DNS.`, hint: HINT.dnsNotFound },
  })),
  // TCP
  {
    name: 'ECONNREFUSED on 993 points at the Exchange IMAP4 services',
    error: nodeError('connect ECONNREFUSED 10.0.0.5:993', 'ECONNREFUSED', -111, 'connect'),
    context: at('tcp', 993, true),
    expected: {
      code: 'CONNECTION_REFUSED',
      message: `${SERVER}:993 refused the connection: nothing listens on this port.`,
      hint: HINT.refused993,
    },
  },
  {
    name: 'ECONNREFUSED elsewhere points at the port',
    error: nodeError('connect ECONNREFUSED 10.0.0.5:143', 'ECONNREFUSED', -111, 'connect'),
    context: at('tcp', 143, false),
    expected: {
      code: 'CONNECTION_REFUSED',
      message: `${SERVER}:143 refused the connection: nothing listens on this port.`,
      hint: HINT.refused,
    },
  },
  ...(['EHOSTUNREACH', 'ENETUNREACH', 'EADDRNOTAVAIL'] as const).map((code): Row => ({
    name: `${code}: the host cannot be reached`,
    error: nodeError(`connect ${code} 10.0.0.5:993 - Local (0.0.0.0:0)`, code, -113, 'connect'),
    context: at('tcp', 993, true),
    expected: {
      code: 'HOST_UNREACHABLE',
      message: `${SERVER} cannot be reached from this computer (${code}).`,
      hint: HINT.unreachable,
    },
  })),
  // Timeouts
  {
    name: "imapflow's GREETING_TIMEOUT on a plain connection suggests the port wants TLS",
    error: imapError(
      'Failed to receive greeting from server in required time. Maybe should use TLS?',
      'GREETING_TIMEOUT',
    ),
    context: at('greeting', 993, false),
    expected: {
      code: 'GREETING_TIMEOUT',
      message: `${SERVER}:993 accepted the connection but sent no IMAP greeting.`,
      hint: HINT.greetingTimeoutPlain,
    },
  },
  {
    name: "imapflow's GREETING_TIMEOUT over TLS suggests another service or an overloaded server",
    error: imapError('Failed to receive greeting from server in required time', 'GREETING_TIMEOUT'),
    context: at('greeting', 993, true),
    expected: {
      code: 'GREETING_TIMEOUT',
      message: `${SERVER}:993 accepted the connection but sent no IMAP greeting.`,
      hint: HINT.greetingTimeoutTls,
    },
  },
  {
    name: "imapflow's socket inactivity ETIMEOUT while the greeting is awaited",
    error: imapError('Socket timeout', 'ETIMEOUT'),
    context: at('greeting', 143, false),
    expected: {
      code: 'GREETING_TIMEOUT',
      message: `${SERVER}:143 accepted the connection but sent no IMAP greeting.`,
      hint: HINT.greetingTimeoutPlain,
    },
  },
  {
    name: "imapflow's ETIMEOUT after the greeting",
    error: imapError('Socket timeout', 'ETIMEOUT'),
    context: at('mailbox', 993, true),
    expected: { code: 'CONNECTION_TIMEOUT', message: `${SERVER}:993 did not answer in time.`, hint: HINT.timeout },
  },
  {
    name: "Node's connect ETIMEDOUT",
    error: nodeError('connect ETIMEDOUT 10.0.0.5:993', 'ETIMEDOUT', -110, 'connect'),
    context: at('tcp', 993, true),
    expected: { code: 'CONNECTION_TIMEOUT', message: `${SERVER}:993 did not answer in time.`, hint: HINT.timeout },
  },
  {
    name: "imapflow's CONNECT_TIMEOUT",
    error: imapError('Failed to establish connection in required time', 'CONNECT_TIMEOUT', {
      details: { connectionTimeout: 15000 },
    }),
    context: at('tcp', 143, false),
    expected: { code: 'CONNECTION_TIMEOUT', message: `${SERVER}:143 did not answer in time.`, hint: HINT.timeout },
  },
  // Authentication
  {
    name: "imapflow's AuthenticationFailure for LOGINDISABLED",
    error: Object.assign(new Error('Login is disabled'), { authenticationFailed: true }),
    context: at('auth', 143, false),
    expected: {
      code: 'LOGIN_DISABLED',
      message: 'The server does not allow a login on an unencrypted connection (LOGINDISABLED); no password was sent.',
      hint: HINT.loginDisabled,
    },
  },
  {
    name: 'a LOGIN refused with NO [AUTHENTICATIONFAILED]',
    error: imapError('Command failed', undefined, {
      responseStatus: 'NO',
      responseText: 'Authentication failed.',
      serverResponseCode: 'AUTHENTICATIONFAILED',
      authenticationFailed: true,
    }),
    context: at('auth', 993, true),
    expected: { code: 'AUTH_FAILED', message: 'The server rejected the user name or password.', hint: HINT.authFailed },
  },
  {
    name: 'a refusal carrying only the AUTHENTICATIONFAILED response code',
    error: imapError('Command failed', undefined, {
      responseStatus: 'NO',
      responseText: 'Logon failure: unknown user name or bad password.',
      serverResponseCode: 'AUTHENTICATIONFAILED',
    }),
    context: at('auth', 993, true),
    expected: { code: 'AUTH_FAILED', message: 'The server rejected the user name or password.', hint: HINT.authFailed },
  },
  // STARTTLS and TLS
  {
    name: "imapflow's required STARTTLS that the server does not offer (never sent: no stage runs)",
    error: Object.assign(new Error('Server does not support STARTTLS'), { tlsFailed: true }),
    context: at(undefined, 143, false),
    expected: {
      code: 'STARTTLS_UNAVAILABLE',
      message: `${SERVER}:143 does not offer STARTTLS, so no password was sent.`,
      hint: HINT.starttlsMissing,
    },
  },
  {
    name: 'a STARTTLS the server offered, was sent and refused (the starttls stage runs)',
    error: Object.assign(new Error('Server does not support STARTTLS'), { tlsFailed: true }),
    context: at('starttls', 143, false),
    expected: {
      code: 'STARTTLS_UNAVAILABLE',
      message: `${SERVER}:143 offers STARTTLS but refused to start it, so no password was sent.`,
      hint: HINT.starttlsRefused,
    },
  },
  {
    name: 'a failed STARTTLS upgrade (tlsFailed, but a handshake error) is a handshake failure',
    error: Object.assign(
      nodeError(
        'C0D7B1F7:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure',
        'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE',
        0,
        'read',
      ),
      { tlsFailed: true },
    ),
    context: at('starttls', 143, false),
    expected: {
      code: 'TLS_HANDSHAKE_FAILED',
      message: `The TLS handshake with ${SERVER}:143 failed (ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE).`,
      hint: HINT.tlsHandshake,
    },
  },
  {
    name: 'a STARTTLS text without tlsFailed and without a code is a handshake failure with no details',
    error: new Error('STARTTLS negotiation was interrupted'),
    context: at('starttls', 143, false),
    expected: {
      code: 'TLS_HANDSHAKE_FAILED',
      message: `The TLS handshake with ${SERVER}:143 failed (no details).`,
      hint: HINT.tlsHandshake,
    },
  },
  {
    name: 'SSL against a plain port: "wrong version number"',
    error: nodeError(
      'C0D7B1F7:error:0A00010B:SSL routines:ssl3_get_record:wrong version number',
      'ERR_SSL_WRONG_VERSION_NUMBER',
      0,
      'read',
    ),
    context: at('tls', 143, true),
    expected: {
      code: 'TLS_HANDSHAKE_FAILED',
      message: `The TLS handshake with ${SERVER}:143 failed: the port does not speak TLS from the first byte.`,
      hint: HINT.tlsWrongPort,
    },
  },
  {
    name: 'SSL on 143 whose socket is reset during the handshake is still the option/port mismatch',
    error: handshakeReset(),
    context: at('tls', 143, true),
    expected: {
      code: 'TLS_HANDSHAKE_FAILED',
      message: `The TLS handshake with ${SERVER}:143 failed: the port does not speak TLS from the first byte.`,
      hint: HINT.tlsWrongPort,
    },
  },
  {
    name: 'the same reset during a TLS handshake on 993 is a plain handshake failure',
    error: handshakeReset(),
    context: at('tls', 993, true),
    expected: {
      code: 'TLS_HANDSHAKE_FAILED',
      message: `The TLS handshake with ${SERVER}:993 failed (ECONNRESET).`,
      hint: HINT.tlsHandshake,
    },
  },
  {
    name: 'a reset during STARTTLS on 143 is a handshake failure, not the SSL-on-143 mismatch',
    error: handshakeReset(),
    context: at('starttls', 143, false),
    expected: {
      code: 'TLS_HANDSHAKE_FAILED',
      message: `The TLS handshake with ${SERVER}:143 failed (ECONNRESET).`,
      hint: HINT.tlsHandshake,
    },
  },
  {
    name: 'an ERR_SSL_ code after the handshake is still a TLS failure',
    error: nodeError(
      'C0D7B1F7:error:0A000119:SSL routines:ssl3_get_record:decryption failed or bad record mac',
      'ERR_SSL_DECRYPTION_FAILED_OR_BAD_RECORD_MAC',
      0,
      'read',
    ),
    context: at('auth', 993, true),
    expected: {
      code: 'TLS_HANDSHAKE_FAILED',
      message: `The TLS handshake with ${SERVER}:993 failed (ERR_SSL_DECRYPTION_FAILED_OR_BAD_RECORD_MAC).`,
      hint: HINT.tlsHandshake,
    },
  },
  {
    name: 'EPROTO after the handshake is a TLS failure',
    error: nodeError(
      'write EPROTO C0D7B1F7:error:0A000410:SSL routines:ssl3_read_bytes:sslv3 alert handshake failure',
      'EPROTO',
      -71,
      'write',
    ),
    context: at('greeting', 993, true),
    expected: {
      code: 'TLS_HANDSHAKE_FAILED',
      message: `The TLS handshake with ${SERVER}:993 failed (EPROTO).`,
      hint: HINT.tlsHandshake,
    },
  },
  // Closed connections
  {
    name: 'ECONNRESET after login',
    error: nodeError('read ECONNRESET', 'ECONNRESET', -104, 'read'),
    context: at('auth', 993, true),
    expected: {
      code: 'CONNECTION_CLOSED',
      message: `${SERVER}:993 closed the connection during sign-in.`,
      hint: HINT.closed,
    },
  },
  {
    name: 'EPIPE while writing',
    error: nodeError('write EPIPE', 'EPIPE', -32, 'write'),
    context: at('mailbox', 993, true),
    expected: {
      code: 'CONNECTION_CLOSED',
      message: `${SERVER}:993 closed the connection during reading the mailbox.`,
      hint: HINT.closed,
    },
  },
  {
    name: "imapflow's NoConnection",
    error: imapError('Connection not available', 'NoConnection'),
    context: at('logout', 993, true),
    expected: {
      code: 'CONNECTION_CLOSED',
      message: `${SERVER}:993 closed the connection during sign-out.`,
      hint: HINT.closed,
    },
  },
  {
    name: "imapflow's EConnectionClosed",
    error: imapError('Connection closed', 'EConnectionClosed', { rejectedFrom: 'execNoSocket' }),
    context: at('mailbox', 143, false),
    expected: {
      code: 'CONNECTION_CLOSED',
      message: `${SERVER}:143 closed the connection during reading the mailbox.`,
      hint: HINT.closed,
    },
  },
  {
    name: "imapflow's ClosedAfterConnectText ('Unexpected close') on a plain port",
    error: imapError('Unexpected close', 'ClosedAfterConnectText'),
    context: at('greeting', 143, false),
    expected: {
      code: 'CONNECTION_CLOSED',
      message: `${SERVER}:143 closed the connection during the server greeting.`,
      hint: HINT.closed,
    },
  },
  {
    name: "imapflow's ClosedAfterConnectTLS after the handshake",
    error: imapError('Unexpected close', 'ClosedAfterConnectTLS'),
    context: at('greeting', 993, true),
    expected: {
      code: 'CONNECTION_CLOSED',
      message: `${SERVER}:993 closed the connection during the server greeting.`,
      hint: HINT.closed,
    },
  },
  {
    name: 'a message saying "closed" without a code, and no stage, says "the test"',
    error: new Error('Connection closed unexpectedly'),
    context: at(undefined, 993, true),
    expected: {
      code: 'CONNECTION_CLOSED',
      message: `${SERVER}:993 closed the connection during the test.`,
      hint: HINT.closed,
    },
  },
  {
    name: 'None on 993: closed before the greeting means the port wants TLS',
    error: imapError('Unexpected close', 'ClosedAfterConnectText'),
    context: at('greeting', 993, false),
    expected: {
      code: 'CONNECTION_CLOSED',
      message: `${SERVER}:993 closed the connection before greeting.`,
      hint: HINT.closedBeforeGreeting,
    },
  },
  {
    name: 'None on 993 closed after the greeting is an ordinary close',
    error: nodeError('read ECONNRESET', 'ECONNRESET', -104, 'read'),
    context: at('auth', 993, false),
    expected: {
      code: 'CONNECTION_CLOSED',
      message: `${SERVER}:993 closed the connection during sign-in.`,
      hint: HINT.closed,
    },
  },
  {
    name: 'None on 143 closed before the greeting is an ordinary close',
    error: nodeError('read ECONNRESET', 'ECONNRESET', -104, 'read'),
    context: at('greeting', 143, false),
    expected: {
      code: 'CONNECTION_CLOSED',
      message: `${SERVER}:143 closed the connection during the server greeting.`,
      hint: HINT.closed,
    },
  },
  // Everything else
  {
    name: 'a mailbox error quotes at most 200 characters of the reason',
    error: imapError(LONG_REASON, undefined, { responseStatus: 'NO' }),
    context: at('mailbox', 993, true),
    expected: {
      code: 'MAILBOX_UNAVAILABLE',
      message: `Signed in, but the mailbox could not be read: ${LONG_REASON.slice(0, 200)}`,
      hint: HINT.mailbox,
    },
  },
  {
    name: 'an unknown error quotes at most 200 characters of the reason',
    error: new Error(LONG_REASON),
    context: at('auth', 993, true),
    expected: {
      code: 'UNKNOWN',
      message: `The test failed during sign-in: ${LONG_REASON.slice(0, 200)}`,
      hint: HINT.unknown,
    },
  },
  {
    name: 'a thrown non-object before any stage is an unknown failure during setup',
    error: 42,
    context: at(undefined, 993, true),
    expected: { code: 'UNKNOWN', message: 'The test failed during setup: 42', hint: HINT.unknown },
  },
];

describe('classifying errors, branch by branch', () => {
  it.each(ROWS)('$name', ({ error, context, expected }) => {
    expect(failureText(classifyError(error, context))).toEqual(expected);
  });

  it('passes a failure our own checks already classified through unchanged', () => {
    const own: TestFailure = { code: 'NOT_IMAP', message: literal('own message'), hint: literal('own hint') };
    expect(classifyError(new ConnectionTestFailure(own), at('greeting', 993, true))).toBe(own);
  });
});

describe('the overall deadline', () => {
  it('names the endpoint, the whole seconds and the stage it stopped in', () => {
    expect(failureText(connectionTimeout(at('greeting', 993, true), 15_400))).toEqual({
      code: 'CONNECTION_TIMEOUT',
      message: `No answer from ${SERVER}:993 within 15 s (during the server greeting).`,
      hint: HINT.deadline,
    });
  });

  it('says "connect" when no stage has started yet', () => {
    expect(failureText(connectionTimeout(at(undefined, 143, false), 30_000))).toEqual({
      code: 'CONNECTION_TIMEOUT',
      message: `No answer from ${SERVER}:143 within 30 s (during connect).`,
      hint: HINT.deadline,
    });
  });
});
